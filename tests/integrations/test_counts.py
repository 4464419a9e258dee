"""Count modes of page-number lists: exact, estimated (planner, no COUNT), none, and the capped default."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.reports.models import Metric
from tests.api.responses import error_of, get_ok

from .bulk import load_metrics


def _request(api, url: str, params: dict) -> tuple[dict, list[str]]:
    with CaptureQueriesContext(connection) as captured:
        body = get_ok(api, url, params)
    return body, [query["sql"] for query in captured.captured_queries]


def _counts(queries: list[str]) -> list[str]:
    return [sql for sql in queries if "COUNT(" in sql.upper()]


def test_exact_counts_every_row(api, corpus):
    body, queries = _request(api, "/api/v1/metrics/", {"count": "exact", "page_size": 2})
    assert body["count"] == Metric.objects.count() and body["count_mode"] == "exact"
    assert len(_counts(queries)) == 1 and "LIMIT" not in _counts(queries)[0]


def test_none_counts_nothing_and_still_links_pages(api, corpus):
    body, queries = _request(api, "/api/v1/metrics/", {"count": "none", "page_size": 2})
    assert body["count"] is None and body["count_mode"] == "none"
    assert _counts(queries) == []
    assert body["next"] and "page=2" in body["next"] and body["previous"] is None
    total = Metric.objects.count()
    last_page = (total + 1) // 2
    last = get_ok(api, "/api/v1/metrics/", {"count": "none", "page_size": 2, "page": last_page})
    assert last["next"] is None and len(last["results"]) == total - 2 * (last_page - 1)
    past = error_of(api.get("/api/v1/metrics/", {"count": "none", "page_size": 2, "page": last_page + 1}), 404)
    assert "page" in past["fields"] and f"Page {last_page + 1}" in past["message"]


def test_estimated_asks_the_planner_and_runs_no_count(api, db):
    load_metrics(5000, reports=10)
    connection.cursor().execute("ANALYZE reports_metric")
    body, queries = _request(api, "/api/v1/metrics/", {"count": "estimated", "unit": "亿元", "page_size": 10})
    assert _counts(queries) == []
    assert any(sql.startswith("EXPLAIN (FORMAT JSON)") for sql in queries)
    exact = Metric.objects.filter(unit="亿元").count()
    assert body["count_mode"] == "estimated" and 0.5 * exact <= body["count"] <= 2 * exact
    assert len(body["results"]) == 10 and body["next"]


def test_default_is_exact_for_small_results_and_estimated_past_the_limit(api, corpus, settings):
    small, queries = _request(api, "/api/v1/metrics/", {"page_size": 2})
    assert small["count_mode"] == "exact" and small["count"] == Metric.objects.count()
    assert len(_counts(queries)) == 1  # one capped count, no estimate needed
    settings.API_EXACT_COUNT_LIMIT = 3
    large, queries = _request(api, "/api/v1/metrics/", {"page_size": 2})
    assert large["count_mode"] == "estimated" and large["count"] >= 4
    (capped,) = _counts(queries)
    assert "LIMIT 4" in capped  # never more than limit + 1 rows counted
    last = get_ok(api, "/api/v1/metrics/", {"page_size": 1000})
    assert last["count_mode"] == "exact" and last["count"] == Metric.objects.count()  # the last page knows


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"count": "approximately"}, "count"),
        ({"count": "exact", "cursor": ""}, "count"),
        ({"count": ""}, "count"),
    ],
)
def test_bad_count_parameters_are_named(api, corpus, params, field):
    assert field in error_of(api.get("/api/v1/metrics/", params), 400)["fields"]


def test_every_page_number_list_takes_count(api, corpus):
    for url in ("/api/v1/reports/", "/api/v1/plans/", "/api/v1/metric-names/"):
        assert get_ok(api, url, {"count": "none"})["count"] is None
    series = get_ok(api, "/api/v1/metrics/series/", {"name": "生产总值", "count": "estimated"})
    assert series["count_mode"] == "exact" and series["count"] == 2  # a single page: the total is known
