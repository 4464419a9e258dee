"""No N+1: every list and detail endpoint runs the same number of queries whatever the page size or expansion."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .corpus import DOCUMENTS
from .factories import document, store
from .responses import get_ok


@pytest.fixture
def big_corpus(corpus):
    """The corpus three more times over, so pages of 50 hold many rows with distinct reports."""
    for copy in range(3):
        for doc in DOCUMENTS:
            store(document(f"copy{copy}-{doc.source}", *doc.reports, raw_text=f"{copy}{doc.raw_text}"))


def _queries(api, url: str, params: dict) -> int:
    """Data queries of one request (each API request first sets its statement timeout and reads the data version)."""
    with CaptureQueriesContext(connection) as captured:
        get_ok(api, url, params)
    request_start, *data = captured.captured_queries
    assert "statement_timeout" in request_start["sql"]
    return len(data)


LISTS = {
    "/api/v1/reports/": 2,  # count + page (children counted by subqueries)
    "/api/v1/sections/": 2,
    "/api/v1/metrics/": 2,
    "/api/v1/self-criticisms/": 2,
    "/api/v1/plans/": 2,
}


@pytest.mark.parametrize(("url", "expected"), LISTS.items())
def test_list_query_count_is_fixed_across_page_sizes(api, big_corpus, url, expected):
    assert _queries(api, url, {"page_size": 1}) == expected
    assert _queries(api, url, {"page_size": 50}) == expected
    assert _queries(api, url, {"page_size": 50, "ordering": "-id"}) == expected


@pytest.mark.parametrize("url", ["/api/v1/sections/", "/api/v1/metrics/"])
def test_cursor_pages_need_one_query(api, big_corpus, url):
    assert _queries(api, url, {"cursor": "", "page_size": 1}) == 1
    assert _queries(api, url, {"cursor": "", "page_size": 50}) == 1


def test_report_detail_expand_costs_one_query_per_child_table(api, big_corpus):
    report_id = get_ok(api, "/api/v1/reports/", {"page_size": 1})["results"][0]["id"]
    url = f"/api/v1/reports/{report_id}/"
    assert _queries(api, url, {}) == 1
    assert _queries(api, url, {"expand": "metrics"}) == 2
    assert _queries(api, url, {"expand": "sections,metrics,self_criticisms,plans"}) == 5


def test_outline_is_one_query_per_table(api, big_corpus):
    report_ids = [r["id"] for r in get_ok(api, "/api/v1/reports/", {"page_size": 8})["results"]]
    counts = {_queries(api, f"/api/v1/reports/{rid}/outline/", {}) for rid in report_ids}
    assert counts == {5}


def test_report_reads_leave_the_source_texts_in_the_database(api, big_corpus):
    """A report shows its source's name and hash; the source's texts are as large as the whole compilation."""
    report_id = get_ok(api, "/api/v1/reports/", {"page_size": 1})["results"][0]["id"]
    with CaptureQueriesContext(connection) as captured:
        assert all(row["source_name"] for row in get_ok(api, "/api/v1/reports/", {"page_size": 50})["results"])
        assert get_ok(api, f"/api/v1/reports/{report_id}/", {"expand": "sections"})["source_name"]
        assert get_ok(api, f"/api/v1/reports/{report_id}/outline/")["source_name"]
    assert not [q["sql"] for q in captured.captured_queries if "raw_text" in q["sql"] or "cleaned_text" in q["sql"]]


@pytest.mark.parametrize("url", ["/api/v1/sections/", "/api/v1/metrics/", "/api/v1/self-criticisms/", "/api/v1/plans/"])
def test_child_detail_is_one_query(api, big_corpus, url):
    row_id = get_ok(api, url, {"page_size": 1})["results"][0]["id"]
    assert _queries(api, f"{url}{row_id}/", {}) == 1


def test_token_authentication_adds_one_query(api, big_corpus, token):
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert _queries(api, "/api/v1/metrics/", {"page_size": 50}) == 3
