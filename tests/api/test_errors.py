"""Bad input gets the documented status and the one error shape, naming the parameter; data is unchanged."""

from __future__ import annotations

import orjson
import pytest
from rest_framework.settings import api_settings

from apps.api.exceptions import handler404, handler500
from apps.api.views import PlanItemViewSet
from apps.reports.models import Report

from .responses import error_of

BAD_PARAMS = [
    ("/api/v1/reports/", {"yeer": "2023"}, "yeer", "unknown_parameter"),
    ("/api/v1/reports/", {"year": "二〇二三"}, "year", None),
    ("/api/v1/reports/", {"year": "99999"}, "year", None),
    ("/api/v1/reports/", {"year__isnull": "maybe"}, "year__isnull", None),
    ("/api/v1/reports/", {"period": "quarterly"}, "period", None),
    ("/api/v1/reports/", {"org_level__in": "city,galaxy"}, "org_level__in", None),
    ("/api/v1/reports/", {"speaker__n": "nobody"}, "speaker__n", None),
    ("/api/v1/reports/", {"has_metrics": "yes please"}, "has_metrics", None),
    ("/api/v1/reports/", {"created_at__gte": "yesterday"}, "created_at__gte", None),
    ("/api/v1/reports/", {"ordering": "salary"}, "ordering", None),
    ("/api/v1/reports/", {"q": "x" * 201}, "q", None),
    ("/api/v1/reports/", {"q": "党\x00建"}, "q", None),
    ("/api/v1/reports/", {"fields": "id,salary"}, "fields", None),
    ("/api/v1/reports/", {"omit": "nope"}, "omit", None),
    ("/api/v1/reports/", {"page_size": "1001"}, "page_size", None),
    ("/api/v1/reports/", {"page_size": "0"}, "page_size", None),
    ("/api/v1/reports/", {"page_size": "ten"}, "page_size", None),
    ("/api/v1/reports/", {"page": "-1"}, "page", None),
    ("/api/v1/reports/", {"page": "last"}, "page", None),
    ("/api/v1/reports/", {"format": "xml"}, "format", None),
    ("/api/v1/reports/", {"cursor": ""}, "cursor", "unknown_parameter"),  # reports page by number only
    ("/api/v1/reports/", {"expand": "sections"}, "expand", "unknown_parameter"),  # expand is for detail
    ("/api/v1/metrics/", {"masked": "perhaps"}, "masked", None),
    ("/api/v1/metrics/", {"value__gte": "lots"}, "value__gte", None),
    ("/api/v1/metrics/", {"value__lte": "NaN"}, "value__lte", None),
    ("/api/v1/metrics/", {"value__gte": "1e400"}, "value__gte", None),
    ("/api/v1/metrics/", {"id": "1.5"}, "id", None),
    ("/api/v1/metrics/", {"report__in": "1,x"}, "report__in", None),
    ("/api/v1/metrics/", {"kind": "weight"}, "kind", None),
    ("/api/v1/metrics/", {"cursor": "not-a-cursor"}, "cursor", None),
    ("/api/v1/metrics/", {"cursor": "cD1hYmM="}, "cursor", None),  # p=abc: position must be an id
    ("/api/v1/metrics/", {"cursor": "", "page": "2"}, "page", None),
    ("/api/v1/metrics/", {"cursor": "", "ordering": "name"}, "ordering", None),
    ("/api/v1/sections/", {"themes": "astrology"}, "themes", None),
    ("/api/v1/sections/", {"level__gte": "x"}, "level__gte", None),
    ("/api/v1/sections/", {"parent__isnull": "2"}, "parent__isnull", None),
    ("/api/v1/self-criticisms/", {"category": "laziness"}, "category", None),
    ("/api/v1/self-criticisms/", {"cursor": ""}, "cursor", "unknown_parameter"),
    ("/api/v1/plans/", {"report__year": "next"}, "report__year", None),
    ("/api/v1/reports/1/", {"year": "2023"}, "year", "unknown_parameter"),  # filters are for lists
    ("/api/v1/reports/1/", {"expand": "sections,children"}, "expand", None),
]


@pytest.mark.parametrize(("url", "params", "name", "code"), BAD_PARAMS, ids=[f"{u}{p}" for u, p, _, _ in BAD_PARAMS])
def test_bad_query_parameters_are_400_naming_the_parameter(api, corpus, url, params, name, code):
    error = error_of(api.get(url, params), 400)
    assert name in error["fields"] and all(isinstance(m, str) for m in error["fields"][name])
    assert name in error["message"]
    if code:
        assert error["code"] == code


@pytest.mark.parametrize(
    ("url", "name", "value"),
    [
        ("/api/v1/metrics/", "value__gte", "1e400"),
        ("/api/v1/reports/", "year", "9" * 60),
        ("/api/v1/metrics/", "report", "9" * 60),
    ],
)
def test_an_out_of_range_number_gets_one_message_with_its_bound(api, corpus, url, name, value):
    messages = error_of(api.get(url, {name: value}), 400)["fields"][name]
    assert len(messages) == 1 and "than or equal to" in messages[0]


def test_repeated_parameter_is_refused(api, corpus):
    error = error_of(api.get("/api/v1/metrics/?unit=亿元&unit=%25"), 400)
    assert error["code"] == "repeated" and "__in" in error["fields"]["unit"][0]


def test_unknown_parameter_message_lists_allowed_ones(api, corpus):
    error = error_of(api.get("/api/v1/plans/", {"categroy": "economy"}), 400)
    assert "categroy" in error["message"] and "category" in error["message"]


@pytest.mark.parametrize(
    "url",
    ["/api/v1/reports/999999/", "/api/v1/reports/999999/outline/", "/api/v1/metrics/999999/", "/api/v1/nothing/"],
)
def test_not_found_in_error_shape(api, corpus, url):
    assert error_of(api.get(url), 404)["code"] == "not_found"


def test_missing_trailing_slash_hints_the_right_path(api, db):
    error = error_of(api.get("/api/v1/metrics"), 404)
    assert "/api/v1/metrics/" in error["message"]


def test_non_numeric_id_is_404(api, db):
    error_of(api.get("/api/v1/reports/abc/"), 404)


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_on_read_only_resources_are_refused_unchanged(api, corpus, token, method):
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    before = Report.objects.count()
    response = getattr(api, method)("/api/v1/reports/", {"year": 2000}, format="json")
    assert error_of(response, 405)["code"] == "method_not_allowed"
    assert Report.objects.count() == before


ANONYMOUS_WRITES = [
    ("put", "/api/v1/reports/"),
    ("delete", "/api/v1/reports/1/"),
    ("patch", "/api/v1/metrics/1/"),
    ("post", "/api/v1/sections/"),
    ("put", "/api/v1/stats/"),
    ("get", "/api/v1/reports/ingest/"),
    ("put", "/api/v1/"),
]


@pytest.mark.parametrize(("method", "url"), ANONYMOUS_WRITES, ids=[f"{m} {u}" for m, u in ANONYMOUS_WRITES])
def test_methods_a_resource_lacks_are_405_even_without_a_token(api, corpus, method, url):
    before = Report.objects.count()
    response = getattr(api, method)(url, {"year": 2000}, format="json") if method != "get" else api.get(url)
    assert error_of(response, 405)["code"] == "method_not_allowed"
    assert method.upper() not in response["Allow"]
    assert Report.objects.count() == before


def test_anonymous_ingest_is_still_401(api, db):
    response = api.post("/api/v1/reports/ingest/", "一年来，全区上下……", content_type="text/plain")
    assert error_of(response, 401)["code"] == "not_authenticated"


def test_unacceptable_accept_header_is_406(api, db):
    assert error_of(api.get("/api/v1/reports/", HTTP_ACCEPT="application/xml"), 406)["code"] == "not_acceptable"


def test_wrong_token_on_a_read_is_401(api, db):
    api.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    error = error_of(api.get("/api/v1/reports/"), 401)
    assert error["code"] == "authentication_failed"


def test_throttling_is_429_with_retry_after(api, db, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "2/min", "user": None}}
    assert api_settings.DEFAULT_THROTTLE_RATES["anon"] == "2/min"
    for _ in range(2):
        assert api.get("/api/v1/plans/").status_code == 200
    response = api.get("/api/v1/plans/")
    assert error_of(response, 429)["code"] == "throttled"
    assert int(response["Retry-After"]) > 0


def test_unhandled_error_is_500_in_error_shape(api, db, monkeypatch):
    def broken(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(PlanItemViewSet, "get_queryset", broken)
    response = api.get("/api/v1/plans/")
    assert error_of(response, 500)["code"] == "server_error"
    assert "boom" not in response.content.decode()


def test_django_level_handlers_answer_json_under_api_only(rf):
    server_error = handler500(rf.get("/api/v1/x/"))
    assert server_error.status_code == 500 and server_error["Content-Type"] == "application/json"
    assert orjson.loads(server_error.content)["error"]["code"] == "server_error"
    assert orjson.loads(handler404(rf.get("/api/v1/x/"), Exception()).content)["error"]["status"] == 404
    assert handler404(rf.get("/admin/x/"), Exception())["Content-Type"].startswith("text/html")


def test_cors_allows_configured_origin_only(api, db, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://frontend.example"]
    allowed = api.get("/api/v1/reports/", HTTP_ORIGIN="https://frontend.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://frontend.example"
    other = api.get("/api/v1/reports/", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other
