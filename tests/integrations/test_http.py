"""HTTP behaviour of the API: ETag and 304, Cache-Control, X-Request-ID, Server-Timing, statement timeouts."""

from __future__ import annotations

import re
import time

from django.db import connection
from django.db.models import QuerySet

from apps.api.views import MetricViewSet
from apps.reports.models import Metric, Report
from tests.api.corpus import DISTRICT_2018
from tests.api.factories import document, store
from tests.api.responses import error_of

from .streams import body_of

URL = "/api/v1/metrics/"


def test_repeated_request_with_the_etag_is_304(api, corpus):
    first = api.get(URL, {"unit": "亿元"})
    etag = first["ETag"]
    assert re.fullmatch(r'W/"[0-9a-f]{32}"', etag)
    again = api.get(URL, {"unit": "亿元"}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag and again["Cache-Control"] == first["Cache-Control"]
    assert api.get(URL, {"unit": "亿元"}, HTTP_IF_NONE_MATCH=f'"other", {etag.removeprefix("W/")}').status_code == 304
    assert api.get(URL, {"unit": "亿元"}, HTTP_IF_NONE_MATCH="*").status_code == 304
    assert api.head(URL, {"unit": "亿元"}, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_if_none_match_star_keeps_errors_and_streams_answer_304(api, corpus):
    """`*` matches a current representation: a missing row or a bad parameter has none."""
    assert error_of(api.get("/api/v1/reports/999999/", HTTP_IF_NONE_MATCH="*"), 404)["code"] == "not_found"
    assert "year" in error_of(api.get("/api/v1/reports/", {"year": "x"}, HTTP_IF_NONE_MATCH="*"), 400)["fields"]
    assert error_of(api.get("/api/v1/nothing/", HTTP_IF_NONE_MATCH="*"), 404)["code"] == "not_found"
    depth = len(connection.atomic_blocks)
    export = api.get(URL, {"format": "csv"}, HTTP_IF_NONE_MATCH="*")
    assert export.status_code == 304 and export.content == b"" and export["ETag"]
    assert len(connection.atomic_blocks) == depth  # the unsent stream's cursor transaction was closed


def test_etag_depends_on_the_url_and_the_accepted_format(api, corpus):
    ndjson = api.get(URL, HTTP_ACCEPT="application/x-ndjson")
    body_of(ndjson)  # a stream holds its cursor's transaction until it is read or closed
    tags = {
        api.get(URL)["ETag"],
        api.get(URL, {"unit": "亿元"})["ETag"],
        ndjson["ETag"],
        api.get("/api/v1/reports/")["ETag"],
    }
    assert len(tags) == 4


def test_a_changed_database_gives_a_new_etag(api, corpus):
    etag = api.get(URL)["ETag"]
    store(document("another.txt", DISTRICT_2018, raw_text="another source"))  # through the writer
    ingested = api.get(URL, HTTP_IF_NONE_MATCH=etag)
    assert ingested.status_code == 200 and ingested["ETag"] != etag
    etag = ingested["ETag"]
    Metric.objects.filter(pk=Metric.objects.values("pk")[:1]).update(unit="万元")  # a curator's edit
    edited = api.get(URL, HTTP_IF_NONE_MATCH=etag)
    assert edited.status_code == 200 and edited["ETag"] != etag
    etag = edited["ETag"]
    Report.objects.filter(display_title=DISTRICT_2018.display_title).delete()
    assert api.get(URL, HTTP_IF_NONE_MATCH=etag)["ETag"] != etag


def test_exports_and_the_schema_are_tagged_too(api, corpus):
    export = api.get(URL, {"format": "csv"})
    body_of(export)
    assert api.get(URL, {"format": "csv"}, HTTP_IF_NONE_MATCH=export["ETag"]).status_code == 304
    schema = api.get("/api/v1/schema/")
    assert api.get("/api/v1/schema/", HTTP_IF_NONE_MATCH=schema["ETag"]).status_code == 304


def test_cache_control_public_for_anonymous_private_with_a_token(api, corpus, token, settings):
    settings.API_CACHE_MAX_AGE = 30
    anonymous = api.get(URL)
    assert anonymous["Cache-Control"] == "public, max-age=30" and "Accept" in anonymous["Vary"]
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api.get(URL)["Cache-Control"] == "private, no-cache"


def test_a_matching_tag_does_not_hide_a_wrong_token(api, corpus, token):
    etag = api.get(URL)["ETag"]
    api.credentials(HTTP_AUTHORIZATION="Token wrong")
    assert error_of(api.get(URL, HTTP_IF_NONE_MATCH=etag), 401)["code"] == "authentication_failed"
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api.get(URL, HTTP_IF_NONE_MATCH=etag).status_code == 304  # the same representation, a valid token


def test_errors_and_writes_are_not_cached_nor_tagged(api, corpus, token):
    error = api.get(URL, {"unit__nope": "x"})
    assert error.status_code == 400 and error["Cache-Control"] == "no-store" and "ETag" not in error
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    posted = api.post("/api/v1/reports/ingest/", {"text": "不是报告"}, format="json")
    assert posted.status_code == 400 and posted["Cache-Control"] == "no-store" and "ETag" not in posted


def test_request_id_is_echoed_or_generated(api, corpus):
    assert api.get(URL, HTTP_X_REQUEST_ID="pull-2026-11-22.7")["X-Request-ID"] == "pull-2026-11-22.7"
    generated = api.get(URL)["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", generated) and generated != api.get(URL)["X-Request-ID"]
    unsafe = api.get(URL, HTTP_X_REQUEST_ID="<script>alert(1)</script>")["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", unsafe)
    assert error_of(api.get("/api/v1/nothing/", HTTP_X_REQUEST_ID="abc"), 404) and api.get("/healthz")["X-Request-ID"]


def test_server_timing_reports_database_and_total_time(api, corpus):
    timing = api.get(URL)["Server-Timing"]
    match = re.fullmatch(r'db;dur=(\d+\.\d);desc="(\d+) queries", total;dur=(\d+\.\d)', timing)
    assert match, timing
    db_ms, queries, total_ms = float(match[1]), int(match[2]), float(match[3])
    assert queries == 3 and 0 < db_ms <= total_ms  # request start, count, page


def _slow(seconds: float):
    """A metric list whose every query sleeps first (an uncorrelated subquery runs once per statement)."""

    def get_queryset(self) -> QuerySet:
        slow = f"(SELECT true FROM pg_sleep({seconds}))"
        return Metric.objects.select_related("report", "section").extra(where=[slow])

    return get_queryset


def test_a_runaway_query_is_cancelled_and_answered_503(api, corpus, settings, monkeypatch):
    settings.DB_STATEMENT_TIMEOUT_MS = 100
    monkeypatch.setattr(MetricViewSet, "get_queryset", _slow(5))
    started = time.monotonic()
    error = error_of(api.get(URL), 503)
    assert time.monotonic() - started < 3
    assert error["code"] == "query_timeout" and "100 ms" in error["message"]
    # The test's transaction is aborted now (in production each request runs in autocommit): no more queries.


def test_a_slow_facet_times_out_without_failing_the_request(api, corpus, settings, monkeypatch):
    settings.API_FACET_BUDGET_MS = 150
    monkeypatch.setattr(MetricViewSet, "get_queryset", _slow(0.1))
    started = time.monotonic()
    body = api.get(URL, {"facets": "unit,kind,year"}).json()
    elapsed = time.monotonic() - started
    assert len(body["results"]) == Metric.objects.count()
    facets = body["facets"]
    assert facets["unit"]["timed_out"] is False and facets["unit"]["values"]  # the first fits in the budget
    assert facets["year"] == {"values": [], "truncated": False, "timed_out": True}  # the budget was spent
    assert elapsed < 1.5


def _statement_timeout() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        return cursor.fetchone()[0]


def test_every_request_sets_the_statement_timeout_so_none_leaks_into_the_next(api, corpus, settings, admin_client):
    """Connections outlive requests: an admin page after an API request runs under the configured limit too."""
    settings.DB_STATEMENT_TIMEOUT_MS = 1234
    api.get(URL)
    assert _statement_timeout() == "1234ms"
    settings.DB_STATEMENT_TIMEOUT_MS = 0
    assert admin_client.get("/admin/reports/report/").status_code == 200
    assert _statement_timeout() == "0"
    settings.DB_STATEMENT_TIMEOUT_MS = 1234
    assert api.get("/healthz").json() == {"status": "ok", "database": "ok"}
    assert _statement_timeout() == "0"  # /healthz sets nothing: it must report a database that is down
