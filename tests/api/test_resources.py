"""Report detail, expand, outline, ordering, sparse fieldsets, pagination and cursors on the corpus."""

from __future__ import annotations

from .corpus import DISTRICT_2018, REPORTS
from .responses import error_of, get_all, get_ok


def _report_id(api, display_title: str) -> int:
    return get_all(api, "/api/v1/reports/", {"display_title": display_title})[0]["id"]


def test_report_list_rows_carry_dimensions_and_counts(api, corpus):
    rows = get_all(api, "/api/v1/reports/")
    assert [r["display_title"] for r in rows] == [r.display_title for r in REPORTS]
    first = rows[0]
    assert first["year"] == 2018 and first["period"] == "annual" and first["org_level"] == "district"
    assert first["section_count"] == sum(1 for _ in DISTRICT_2018.all_sections())
    assert first["metric_count"] == len(DISTRICT_2018.metrics)
    assert first["self_criticism_count"] == 2 and first["plan_count"] == 1
    assert first["source_name"] == "000_district.txt"
    assert first["url"].endswith(f"/api/v1/reports/{first['id']}/")
    assert first["outline_url"].endswith(f"/api/v1/reports/{first['id']}/outline/")
    province = rows[2]
    assert province["substitutions"] == [{"original": "D", "restored": "党", "count": 3}]


def test_report_detail_without_and_with_expand(api, corpus):
    report_id = _report_id(api, DISTRICT_2018.display_title)
    plain = get_ok(api, f"/api/v1/reports/{report_id}/")
    assert plain["display_title"] == DISTRICT_2018.display_title
    assert not {"sections", "metrics", "self_criticisms", "plans"} & set(plain)
    body = get_ok(api, f"/api/v1/reports/{report_id}/", {"expand": "sections,metrics,self_criticisms,plans"})
    assert [s["path"] for s in body["sections"]] == [s.path for s in DISTRICT_2018.all_sections()]
    assert [(m["name"], m["raw_value"], m["unit"]) for m in body["metrics"]] == [
        (m.name, m.raw_value, m.unit) for m in DISTRICT_2018.metrics
    ]
    assert [i["text"] for i in body["self_criticisms"]] == [c.text for c in DISTRICT_2018.self_criticisms]
    assert [i["category"] for i in body["plans"]] == ["economy"]
    assert "report" not in body["metrics"][0]  # the enclosing report is not repeated
    only_plans = get_ok(api, f"/api/v1/reports/{report_id}/", {"expand": "plans"})
    assert "plans" in only_plans and "sections" not in only_plans


def test_metric_values_are_exact_json_numbers_and_masked_is_null(api, corpus):
    rows = {r["name"] + r["unit"]: r for r in get_all(api, "/api/v1/metrics/", {"report__year": "2018"})}
    assert rows["地方财政收入亿元"]["value"] == 12.5 and rows["地方财政收入亿元"]["masked"] is False
    assert rows["生产总值亿元"]["value"] is None and rows["生产总值亿元"]["masked"] is True
    response = get_ok(api, "/api/v1/metrics/", {"name": "普通国道"})["results"][0]
    assert response["normalized_value"] == 120000 and response["base_unit"] == "m"


def test_outline_nests_sections_with_their_metrics_and_items(api, corpus):
    report_id = _report_id(api, DISTRICT_2018.display_title)
    outline = get_ok(api, f"/api/v1/reports/{report_id}/outline/")
    assert outline["display_title"] == DISTRICT_2018.display_title
    roots = outline["sections"]
    assert [s["path"] for s in roots] == ["1", "2", "3", "4"]
    assert [c["path"] for c in roots[0]["children"]] == ["1.1", "1.2"]
    assert [m["name"] for m in roots[0]["children"][1]["metrics"]] == ["区政府常务会议"]
    assert [m["name"] for m in roots[1]["metrics"]] == [m.name for m in DISTRICT_2018.metrics if m.section_path == "2"]
    assert len(roots[2]["self_criticisms"]) == 2 and roots[2]["plans"] == []
    assert [p["text"] for p in roots[3]["plans"]] == [DISTRICT_2018.plans[0].text]
    assert roots[1]["children"] == []


def test_child_rows_embed_report_dimensions(api, corpus):
    row = get_all(api, "/api/v1/self-criticisms/", {"report__org_level": "province"})[0]
    assert row["report"]["year"] == 2023 and row["report"]["report_type"] == "duty_integrity_report"
    assert row["section_path"] == "2"
    detail = get_ok(api, f"/api/v1/self-criticisms/{row['id']}/")
    assert detail == row
    for url in ("/api/v1/sections/", "/api/v1/metrics/", "/api/v1/plans/"):
        first = get_all(api, url)[0]
        assert get_ok(api, f"{url}{first['id']}/") == first


def test_ordering_with_stable_tie_breaker(api, corpus):
    rows = get_all(api, "/api/v1/reports/", {"ordering": "year"})
    assert [r["year"] for r in rows] == [2018, 2023, 2023, None]
    tied = [r["id"] for r in rows if r["year"] == 2023]
    assert tied == sorted(tied)
    descending = get_all(api, "/api/v1/reports/", {"ordering": "-metric_count,display_title"})
    assert [r["metric_count"] for r in descending] == [6, 3, 2, 0]
    values = [m["value"] for m in get_all(api, "/api/v1/metrics/", {"ordering": "-value", "value__isnull": "false"})]
    assert values == sorted(values, reverse=True)
    # Nulls (masked values, unknown years) come last in either direction, not first when descending.
    assert [r["year"] for r in get_all(api, "/api/v1/reports/", {"ordering": "-year"})] == [2023, 2023, 2018, None]
    for ordering in ("value", "-value"):
        values = [m["value"] for m in get_all(api, "/api/v1/metrics/", {"ordering": ordering})]
        known = [v for v in values if v is not None]
        assert None in values and values == known + [None] * (len(values) - len(known))
        assert known == sorted(known, reverse=ordering.startswith("-"))
    ids = [m["id"] for m in get_all(api, "/api/v1/metrics/", {"ordering": "-id"})]
    assert ids == sorted(ids, reverse=True)


def test_sparse_fieldsets_on_list_detail_and_outline(api, corpus):
    rows = get_all(api, "/api/v1/metrics/", {"fields": "id,name,value"})
    assert rows and all(set(r) == {"id", "name", "value"} for r in rows)
    rows = get_all(api, "/api/v1/reports/", {"omit": "preamble,closing,substitutions"})
    assert rows and all(not {"preamble", "closing", "substitutions"} & set(r) and "year" in r for r in rows)
    report_id = rows[0]["id"]
    detail = get_ok(api, f"/api/v1/reports/{report_id}/", {"expand": "metrics", "fields": "id,metrics"})
    assert set(detail) == {"id", "metrics"}
    outline = get_ok(api, f"/api/v1/reports/{report_id}/outline/", {"fields": "sections"})
    assert set(outline) == {"sections"}


def test_page_number_pagination(api, corpus):
    first = get_ok(api, "/api/v1/metrics/", {"page_size": 4})
    total = sum(len(r.metrics) for r in REPORTS)
    assert first["count"] == total and len(first["results"]) == 4 and first["previous"] is None
    second = api.get(first["next"]).json()
    assert second["count"] == total and second["previous"] is not None
    seen = [m["id"] for m in first["results"] + second["results"]]
    while second["next"]:
        second = api.get(second["next"]).json()
        seen += [m["id"] for m in second["results"]]
    assert len(seen) == len(set(seen)) == total
    past = error_of(api.get("/api/v1/metrics/", {"page": 99, "page_size": 4}), 404)
    last = -(-total // 4)
    assert past["message"] == f"Page 99 is past the last page ({last})." and past["fields"] == {
        "page": [past["message"]]
    }


def test_cursor_pagination_walks_every_row_once(api, corpus):
    page = get_ok(api, "/api/v1/sections/", {"cursor": "", "page_size": 3})
    assert "count" not in page and page["previous"] is None
    seen = [s["id"] for s in page["results"]]
    while page["next"]:
        page = api.get(page["next"]).json()
        seen += [s["id"] for s in page["results"]]
    assert seen == sorted(seen) and len(seen) == sum(1 for r in REPORTS for _ in r.all_sections())
    filtered = get_ok(api, "/api/v1/metrics/", {"cursor": "", "masked": "true", "page_size": 1000})
    assert len(filtered["results"]) == sum(m.masked for r in REPORTS for m in r.metrics)


def test_read_endpoints_are_anonymous_and_json(api, corpus):
    response = api.get("/api/v1/reports/")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert "党" in response.content.decode("utf-8") or "领导班子" in response.content.decode("utf-8")


def test_the_api_root_links_every_resource_the_dump_the_schema_and_the_docs(api, db):
    links = get_ok(api, "/api/v1/")
    for path in ("reports/", "metrics/", "metrics/series/", "stats/", "export/metrics.csv", "schema/"):
        assert f"http://testserver/api/v1/{path}" in links.values()
    assert links["docs"] == "http://testserver/api/docs/"
    assert all(api.get(links[name]).status_code == 200 for name in ("reports", "stats", "schema", "docs"))
