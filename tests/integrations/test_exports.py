"""CSV and NDJSON exports of every list: the same rows, filters and fields as the JSON list, streamed."""

from __future__ import annotations

import pytest

from apps.reports.models import Metric
from tests.api.corpus import REPORTS
from tests.api.responses import error_of, get_all

from .streams import body_of, csv_rows, ndjson_rows

LISTS = [
    ("/api/v1/reports/", {}),
    ("/api/v1/sections/", {}),
    ("/api/v1/metrics/", {}),
    ("/api/v1/self-criticisms/", {}),
    ("/api/v1/plans/", {}),
    ("/api/v1/metric-names/", {}),
    ("/api/v1/metrics/series/", {"name": "生产总值"}),
    ("/api/v1/metrics/frames/", {"name": "生产总值", "year": "2018"}),
]


@pytest.mark.parametrize(("url", "params"), LISTS)
def test_ndjson_holds_exactly_the_json_results(api, corpus, url, params):
    assert ndjson_rows(api.get(url, {**params, "format": "ndjson"})) == get_all(api, url, params)


@pytest.mark.parametrize(("url", "params"), LISTS)
def test_csv_holds_the_json_results_one_row_each(api, corpus, url, params):
    rows = csv_rows(api.get(url, {**params, "format": "csv"}))
    expected = get_all(api, url, params)
    assert len(rows) == len(expected) > 0
    assert [row.get("id", row.get("name")) for row in rows] == [str(r.get("id", r.get("name"))) for r in expected]


def test_csv_flattens_nested_fields_and_writes_masked_values_as_empty_cells(api, corpus):
    rows = csv_rows(api.get("/api/v1/metrics/", {"format": "csv", "report__year": "2018"}))
    by_name = {(r["name"], r["unit"]): r for r in rows}
    masked = by_name[("生产总值", "亿元")]
    assert masked["value"] == "" and masked["masked"] == "true" and masked["raw_value"] == "XX"
    known = by_name[("地方财政收入", "亿元")]
    assert known["value"] == "12.5" and known["masked"] == "false"
    assert known["report.display_title"] == "2018年度领导班子工作总结" and known["report.year"] == "2018"
    assert known["url"].endswith(f"/api/v1/metrics/{known['id']}/")  # a link to the row, not to its export


def test_csv_lists_are_joined_and_header_follows_fields(api, corpus):
    response = api.get("/api/v1/sections/", {"format": "csv", "fields": "id,themes,report", "omit": "report"})
    rows = csv_rows(response)
    assert list(rows[0]) == ["id", "themes"]
    expected = {(str(r["id"]), "|".join(r["themes"])) for r in get_all(api, "/api/v1/sections/")}
    assert {(r["id"], r["themes"]) for r in rows} == expected
    assert "economy|livelihood" in {r["themes"] for r in rows}


def test_accept_header_selects_csv_and_bom_is_optional(api, corpus):
    plain = api.get("/api/v1/plans/", HTTP_ACCEPT="text/csv")
    assert body_of(plain).startswith(b"id,url,report.id")
    with_bom = api.get("/api/v1/plans/", {"bom": "1"}, HTTP_ACCEPT="text/csv")
    assert body_of(with_bom).startswith(b"\xef\xbb\xbfid,url,report.id")
    assert with_bom["Content-Disposition"] == 'attachment; filename="plans.csv"'


def test_empty_export_still_has_its_header(api, corpus):
    response = api.get("/api/v1/metrics/", {"format": "csv", "unit": "光年"})
    assert body_of(response).decode().splitlines() == [next(iter(csv_header(api)))]
    assert body_of(api.get("/api/v1/metrics/", {"format": "ndjson", "unit": "光年"})) == b""


def csv_header(api) -> list[str]:
    return [body_of(api.get("/api/v1/metrics/", {"format": "csv"})).decode().splitlines()[0]]


def test_head_of_an_export_sends_headers_only(api, corpus):
    response = api.head("/api/v1/metrics/", {"format": "csv"})
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    assert body_of(response) == b""


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"format": "csv", "page": "2"}, "page"),
        ({"format": "csv", "page_size": "10"}, "page_size"),
        ({"format": "ndjson", "cursor": ""}, "cursor"),
        ({"format": "csv", "count": "exact"}, "count"),
        ({"format": "csv", "facets": "unit"}, "facets"),
        ({"format": "json", "bom": "1"}, "bom"),
        ({"format": "ndjson", "bom": "1"}, "bom"),
        ({"format": "csv", "bom": "maybe"}, "bom"),
        ({"format": "csv", "unit__in": ""}, None),
        ({"format": "csv", "masked": "perhaps"}, "masked"),
        ({"format": "xlsx"}, "format"),
    ],
)
def test_export_refusals_are_json_errors_naming_the_parameter(api, corpus, params, name):
    response = api.get("/api/v1/metrics/", params)
    if name is None:  # an empty list filter is no filter: still an export
        assert response.status_code == 200 and body_of(response)
        return
    error = error_of(response, 400)
    assert response["Content-Type"] == "application/json"
    assert name in error["fields"]


def test_detail_endpoints_do_not_export(api, corpus):
    metric_id = Metric.objects.values_list("pk", flat=True).first()
    assert "format" in error_of(api.get(f"/api/v1/metrics/{metric_id}/", {"format": "csv"}), 400)["fields"]
    error_of(api.get(f"/api/v1/metrics/{metric_id}/", HTTP_ACCEPT="text/csv"), 406)


def test_full_dump_is_every_metric_flat_in_id_order(api, corpus):
    response = api.get("/api/v1/export/metrics.csv")
    assert response["Content-Disposition"] == 'attachment; filename="metrics.csv"'
    rows = csv_rows(response)
    assert [int(r["id"]) for r in rows] == sorted(Metric.objects.values_list("pk", flat=True))
    assert len(rows) == sum(len(r.metrics) for r in REPORTS)
    first = rows[0]
    assert {"year", "org_level", "section_path", "sentence", "masked"} <= set(first)
    filtered = csv_rows(api.get("/api/v1/export/metrics.csv", {"unit": "亿元", "fields": "id,unit"}))
    assert filtered and all(list(r) == ["id", "unit"] and r["unit"] == "亿元" for r in filtered)
    assert "format" in error_of(api.get("/api/v1/export/metrics.csv", {"format": "json"}), 400)["fields"]
