"""API latency and query counts over the seeds copied N times, in a throw-away test database.

Usage: .venv/bin/python bench/api.py [--copies 20] [--repeat 15]
Prints, per request: median and p90 wall time (ms), SQL queries, response size.
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
os.environ.setdefault("TEST_DATABASE_NAME", "bench_api")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from throwaway_db import throwaway_database  # noqa: E402

from apps.reports import services  # noqa: E402


def load(copies: int) -> None:
    for path in sorted((ROOT / "fixtures" / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for copy in range(copies):  # a trailing newline count makes each copy a distinct source (sha256)
            services.source_ingest(text=text + "\n" * copy, source_name=f"{copy:03d}-{path.name}")


def measure(client: APIClient, url: str, repeat: int) -> tuple[float, float, int, int]:
    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code, response.content[:300])
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.9) - 1], len(queries), len(response.content)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with throwaway_database():
        load(args.copies)
        client = APIClient()
        report_id = client.get("/api/v1/reports/?page_size=1").json()["results"][0]["id"]
        urls = [
            "/api/v1/reports/?page_size=50",
            "/api/v1/reports/?page_size=1000",
            "/api/v1/reports/?q=党建&page_size=50",
            "/api/v1/sections/?page_size=1000",
            "/api/v1/sections/?q=常务会议&page_size=50",
            "/api/v1/metrics/?page_size=1000",
            "/api/v1/metrics/?unit=亿元&masked=false&page_size=1000",
            "/api/v1/metrics/?cursor=&page_size=1000",
            "/api/v1/self-criticisms/?report__year=2023&page_size=1000",
            "/api/v1/plans/?page_size=1000",
            f"/api/v1/reports/{report_id}/",
            f"/api/v1/reports/{report_id}/?expand=sections,metrics,self_criticisms,plans",
            f"/api/v1/reports/{report_id}/outline/",
        ]
        print(f"{args.copies} copies of the seeds; {args.repeat} requests each")
        print(f"{'median ms':>10} {'p90 ms':>8} {'queries':>8} {'bytes':>9}  request")
        for url in urls:
            median, p90, queries, size = measure(client, url, args.repeat)
            print(f"{median:10.1f} {p90:8.1f} {queries:8d} {size:9d}  {url}")


if __name__ == "__main__":
    main()
