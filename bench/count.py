"""Count modes on a large metric table: latency of count=exact, estimated, none and the default, the
counts they give, the SQL they issue, and the plan behind count=estimated.

Usage: .venv/bin/python bench/count.py [--rows 1000000] [--repeat 7]
Loads synthetic metrics with COPY into a throw-away test database and ANALYZEs it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reportapi.settings")
os.environ.setdefault("TEST_DATABASE_NAME", "bench_count")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from throwaway_db import throwaway_database  # noqa: E402

from apps.api.filters import MetricFilterSet  # noqa: E402
from apps.reports.selectors import metric_list  # noqa: E402
from tests.integrations.bulk import load_metrics  # noqa: E402

FILTERS = [{}, {"unit": "亿元"}, {"unit": "亿元", "masked": "false", "report__org_level": "county"}]
MODES = ["exact", "estimated", "none", None]


def measure(client: APIClient, params: dict, repeat: int) -> tuple[float, dict, list[str]]:
    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get("/api/v1/metrics/", {**params, "page_size": 50})
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.content[:300]
    return statistics.median(timings), response.json(), [q["sql"] for q in captured.captured_queries]


def show_plan(params: dict) -> None:
    queryset = MetricFilterSet(params, queryset=metric_list()).qs.order_by()
    sql, sql_params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", sql_params)
        plan = cursor.fetchone()[0][0]["Plan"]
        cursor.execute(f"EXPLAIN {sql}", sql_params)
        text = "\n    ".join(row[0] for row in cursor.fetchall())
    print(f"  plan for {params or 'no filter'}: top node {plan['Node Type']}, Plan Rows {plan['Plan Rows']}")
    print(f"    {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with throwaway_database():
        start = time.perf_counter()
        load_metrics(args.rows, reports=args.rows // 1000)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        print(f"{args.rows} metrics loaded with COPY and analysed in {time.perf_counter() - start:.1f} s")
        print(f"{'median ms':>10} {'count':>9} {'mode':>10} {'queries':>8}  request (page_size=50)")
        client = APIClient()
        for filters in FILTERS:
            for mode in MODES:
                params = {**filters, **({"count": mode} if mode else {})}
                median, body, queries = measure(client, params, args.repeat)
                counts = sum("COUNT(" in q.upper() for q in queries)
                explains = sum(q.startswith("EXPLAIN") for q in queries)
                label = f"count={mode}" if mode else "default"
                counted = f"{body['count']!s:>9} {body['count_mode']:>10} {len(queries):8d}"
                print(f"{median:10.1f} {counted}  {label} {filters} [{counts} COUNT, {explains} EXPLAIN]")
        print("count=estimated runs no COUNT(*): it reads `Plan Rows` of EXPLAIN (FORMAT JSON):")
        for filters in FILTERS:
            show_plan(filters)
        print(f"default: exact up to API_EXACT_COUNT_LIMIT={settings.API_EXACT_COUNT_LIMIT} rows, estimated above")


if __name__ == "__main__":
    main()
