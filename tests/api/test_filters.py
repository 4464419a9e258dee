"""Every filter of every list endpoint against the hand-built corpus; expectations computed from the records."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from apps.reports import services

from .corpus import DOCUMENTS, REPORTS
from .responses import get_all

COMPILATION_SHA256 = services.text_sha256(DOCUMENTS[2].raw_text)


def expected_reports(predicate: Callable) -> set[str]:
    return {r.display_title for r in REPORTS if predicate(r)}


def expected_sections(predicate: Callable) -> set[tuple[str, str]]:
    return {(r.display_title, s.path) for r in REPORTS for s in r.all_sections() if predicate(r, s)}


def expected_metrics(predicate: Callable) -> set[tuple[str, int]]:
    return {(r.display_title, n) for r in REPORTS for n, m in enumerate(r.metrics, 1) if predicate(r, m)}


def expected_items(kind: str, predicate: Callable) -> set[tuple[str, int]]:
    return {(r.display_title, i.ordinal) for r in REPORTS for i in getattr(r, kind) if predicate(r, i)}


REPORT_CASES = [
    ({"year": "2023"}, lambda r: r.year == 2023),
    ({"year__gte": "2019"}, lambda r: r.year is not None and r.year >= 2019),
    ({"year__lte": "2018"}, lambda r: r.year is not None and r.year <= 2018),
    ({"year__gt": "2018"}, lambda r: r.year is not None and r.year > 2018),
    ({"year__lt": "2023"}, lambda r: r.year is not None and r.year < 2023),
    ({"year__in": "2018,2023"}, lambda r: r.year in (2018, 2023)),
    ({"year__isnull": "true"}, lambda r: r.year is None),
    ({"period": "half_year"}, lambda r: r.period == "half_year"),
    ({"period__in": "annual,multi_year"}, lambda r: r.period in ("annual", "multi_year")),
    ({"period__n": "annual"}, lambda r: r.period != "annual"),
    ({"report_type": "duty_integrity_report"}, lambda r: r.report_type == "duty_integrity_report"),
    ({"report_type__in": "duty_report,work_summary"}, lambda r: r.report_type in ("duty_report", "work_summary")),
    ({"report_type__n": "work_summary"}, lambda r: r.report_type != "work_summary"),
    ({"org_level": "town"}, lambda r: r.org_level == "town"),
    ({"org_level__in": "province,department"}, lambda r: r.org_level in ("province", "department")),
    ({"org_level__n": "district,town"}, lambda r: r.org_level not in ("district", "town")),
    ({"speaker": "individual"}, lambda r: r.speaker == "individual"),
    ({"speaker__in": "collective"}, lambda r: r.speaker == "collective"),
    ({"speaker__n": "individual"}, lambda r: r.speaker != "individual"),
    ({"has_metrics": "true"}, lambda r: bool(r.metrics)),
    ({"has_metrics": "false"}, lambda r: not r.metrics),
    ({"has_self_criticisms": "false"}, lambda r: not r.self_criticisms),
    ({"has_plans": "1"}, lambda r: bool(r.plans)),
    ({"title__isnull": "true"}, lambda r: r.title is None),
    ({"title__contains": "述职"}, lambda r: r.title is not None and "述职" in r.title),
    ({"title": "2018年度领导班子工作总结"}, lambda r: r.title == "2018年度领导班子工作总结"),
    ({"title__in": "2018年度领导班子工作总结,县政府办公室领导班子述职报告"}, lambda r: r.index == 1 or r.year == 2018),
    ({"display_title": "2023年上半年领导班子工作总结"}, lambda r: r.year == 2023 and r.period == "half_year"),
    ({"display_title__contains": "领导班子"}, lambda r: "领导班子" in r.display_title),
    ({"display_title__in": "2023年上半年领导班子工作总结"}, lambda r: r.period == "half_year"),
    ({"org_name": "省公路局"}, lambda r: r.org_name == "省公路局"),
    ({"org_name__contains": "镇"}, lambda r: r.org_name is not None and "镇" in r.org_name),
    ({"org_name__in": "省公路局,XX镇"}, lambda r: r.org_name in ("省公路局", "XX镇")),
    ({"org_name__isnull": "true"}, lambda r: r.org_name is None),
    ({"index": "1"}, lambda r: r.index == 1),
    ({"index__in": "0"}, lambda r: r.index == 0),
    ({"index__gte": "1"}, lambda r: r.index >= 1),
    ({"index__gt": "0"}, lambda r: r.index > 0),
    ({"index__lte": "0"}, lambda r: r.index <= 0),
    ({"index__lt": "1"}, lambda r: r.index < 1),
    ({"preamble__contains": "市委"}, lambda r: "市委" in r.preamble),
    ({"closing__contains": "行则将至"}, lambda r: "行则将至" in r.closing),
    ({"source__sha256": COMPILATION_SHA256}, lambda r: r.source == "004_compilation.txt"),
    ({"substitution": "D"}, lambda r: any(s.original == "D" for s in r.substitutions)),
    ({"substitution": "G"}, lambda r: False),
    ({"created_at__gte": "2000-01-01T00:00:00Z"}, lambda r: True),
    ({"created_at__lte": "2000-01-01T00:00:00Z"}, lambda r: False),
    ({"updated_at__gte": "2000-01-01T00:00:00Z"}, lambda r: True),
    ({"updated_at__lte": "2000-01-01T00:00:00Z"}, lambda r: False),
    # q: restored text of titles, preamble, closing, section headings/bodies, items and metric sentences
    ({"q": "党建"}, lambda r: r.org_level == "province"),
    ({"q": "理论学习"}, lambda r: r.year == 2018),
    ({"q": "生产总值 前三季度"}, lambda r: r.year == 2018),
    ({"q": "生产总值 配套资金"}, lambda r: False),
    ({"q": "整改完成率"}, lambda r: r.period == "half_year"),
    ({"q": "配套资金"}, lambda r: r.org_level == "province"),
    ({"q": "环境治理"}, lambda r: r.period == "half_year"),
    ({"q": "行则将至"}, lambda r: r.period == "half_year"),
    ({"q": "述职"}, lambda r: "述职" in r.display_title),
    ({"q": "大局"}, lambda r: r.org_level == "department"),
]


@pytest.mark.parametrize(("params", "predicate"), REPORT_CASES, ids=[str(c[0]) for c in REPORT_CASES])
def test_report_filters(api, corpus, params, predicate):
    found = {row["display_title"] for row in get_all(api, "/api/v1/reports/", params)}
    assert found == expected_reports(predicate)


SECTION_CASES = [
    ({"report__year": "2023"}, lambda r, s: r.year == 2023),
    ({"report__year__isnull": "true"}, lambda r, s: r.year is None),
    ({"report__year__in": "2018"}, lambda r, s: r.year == 2018),
    ({"report__year__gte": "2020"}, lambda r, s: (r.year or 0) >= 2020),
    ({"report__org_level": "province"}, lambda r, s: r.org_level == "province"),
    ({"report__report_type__n": "work_summary"}, lambda r, s: r.report_type != "work_summary"),
    ({"report__speaker": "individual"}, lambda r, s: r.speaker == "individual"),
    ({"report__period": "half_year"}, lambda r, s: r.period == "half_year"),
    ({"level": "2"}, lambda r, s: s.level == 2),
    ({"level__gte": "2"}, lambda r, s: s.level >= 2),
    ({"level__in": "1"}, lambda r, s: s.level == 1),
    ({"ordinal": "2"}, lambda r, s: s.ordinal == 2),
    ({"ordinal__lt": "2"}, lambda r, s: s.ordinal < 2),
    ({"kind": "self_criticism"}, lambda r, s: s.kind == "self_criticism"),
    ({"kind__in": "plan,self_criticism"}, lambda r, s: s.kind in ("plan", "self_criticism")),
    ({"kind__n": "achievement"}, lambda r, s: s.kind != "achievement"),
    ({"themes": "economy"}, lambda r, s: "economy" in s.themes),
    (
        {"themes__in": "ecology,livelihood,party_building"},
        lambda r, s: {"livelihood", "party_building"} & set(s.themes),
    ),
    ({"themes__n": "theory_study,economy"}, lambda r, s: not {"theory_study", "economy"} & set(s.themes)),
    ({"parent__isnull": "false"}, lambda r, s: "." in s.path),
    ({"path": "1.1"}, lambda r, s: s.path == "1.1"),
    ({"path__in": "3,4"}, lambda r, s: s.path in ("3", "4")),
    ({"path__startswith": "1."}, lambda r, s: s.path.startswith("1.")),
    ({"path__contains": "2"}, lambda r, s: "2" in s.path),
    ({"label": "一是"}, lambda r, s: s.label == "一是"),
    ({"label__in": "一是,二是"}, lambda r, s: s.label in ("一是", "二是")),
    ({"label__contains": "是"}, lambda r, s: "是" in s.label),
    ({"heading__contains": "理论"}, lambda r, s: "理论" in s.heading),
    ({"body__contains": "党建"}, lambda r, s: "党建" in s.body),
    ({"q": "常务会议"}, lambda r, s: "常务会议" in s.heading + s.body),
    ({"q": "存在 问题"}, lambda r, s: "存在" in s.heading and "问题" in s.heading),
]


@pytest.mark.parametrize(("params", "predicate"), SECTION_CASES, ids=[str(c[0]) for c in SECTION_CASES])
def test_section_filters(api, corpus, params, predicate):
    found = {(row["report"]["display_title"], row["path"]) for row in get_all(api, "/api/v1/sections/", params)}
    assert found == expected_sections(predicate)


METRIC_CASES = [
    ({"unit": "亿元", "masked": "false"}, lambda r, m: m.unit == "亿元" and not m.masked),
    ({"unit__in": "%,％"}, lambda r, m: m.unit in ("%", "％")),
    ({"unit__contains": "元"}, lambda r, m: "元" in m.unit),
    ({"masked": "true"}, lambda r, m: m.masked),
    ({"kind": "growth"}, lambda r, m: m.kind == "growth"),
    ({"kind__in": "share,rank"}, lambda r, m: m.kind in ("share", "rank")),
    ({"kind__n": "amount"}, lambda r, m: m.kind != "amount"),
    ({"value": "12.5"}, lambda r, m: m.value == 12.5),
    ({"value__gte": "60"}, lambda r, m: m.value is not None and m.value >= 60),
    ({"value__gt": "60"}, lambda r, m: m.value is not None and m.value > 60),
    ({"value__lte": "12.5"}, lambda r, m: m.value is not None and m.value <= 12.5),
    ({"value__lt": "10"}, lambda r, m: m.value is not None and m.value < 10),
    ({"value__gte": "5", "value__lte": "70"}, lambda r, m: m.value is not None and 5 <= m.value <= 70),
    ({"value__isnull": "true"}, lambda r, m: m.value is None),
    ({"normalized_value__isnull": "false"}, lambda r, m: m.normalized_value is not None),
    ({"normalized_value__gte": "1000"}, lambda r, m: (m.normalized_value or 0) >= 1000),
    ({"normalized_value": "120000"}, lambda r, m: m.normalized_value == 120000),
    ({"normalized_value__gt": "0", "normalized_value__lt": "1"}, lambda r, m: False),
    ({"normalized_value__lte": "120000"}, lambda r, m: m.normalized_value is not None),
    ({"base_unit": "m"}, lambda r, m: m.base_unit == "m"),
    ({"base_unit__in": "m,元"}, lambda r, m: m.base_unit in ("m", "元")),
    ({"base_unit__contains": "m"}, lambda r, m: "m" in m.base_unit),
    ({"bound": "以上"}, lambda r, m: m.bound == "以上"),
    ({"bound__in": "以上,达到"}, lambda r, m: m.bound in ("以上", "达到")),
    ({"bound__contains": "达"}, lambda r, m: "达" in m.bound),
    ({"period": "前三季度"}, lambda r, m: m.period == "前三季度"),
    ({"period__in": "前三季度,1－5月份"}, lambda r, m: m.period in ("前三季度", "1－5月份")),
    ({"period__contains": "月份"}, lambda r, m: "月份" in m.period),
    ({"rank_scope": "全省"}, lambda r, m: m.rank_scope == "全省"),
    ({"rank_scope__in": "全省,全市"}, lambda r, m: m.rank_scope in ("全省", "全市")),
    ({"rank_scope__contains": "省"}, lambda r, m: "省" in m.rank_scope),
    ({"year_on_year": "true"}, lambda r, m: m.year_on_year),
    ({"name": "生产总值"}, lambda r, m: m.name == "生产总值"),
    ({"name__in": "生产总值,普通国道"}, lambda r, m: m.name in ("生产总值", "普通国道")),
    ({"name__contains": "产值"}, lambda r, m: "产值" in m.name),
    ({"raw_value": "XX"}, lambda r, m: m.raw_value == "XX"),
    ({"raw_value__in": "*,XX"}, lambda r, m: m.raw_value in ("*", "XX")),
    ({"raw_value__contains": "x"}, lambda r, m: "x" in m.raw_value.lower()),
    ({"ordinal": "1"}, lambda r, m: r.metrics.index(m) == 0),
    ({"ordinal__in": "2,3"}, lambda r, m: r.metrics.index(m) in (1, 2)),
    ({"ordinal__gte": "5"}, lambda r, m: r.metrics.index(m) >= 4),
    ({"ordinal__gt": "5"}, lambda r, m: r.metrics.index(m) > 4),
    ({"ordinal__lte": "1"}, lambda r, m: r.metrics.index(m) == 0),
    ({"ordinal__lt": "2"}, lambda r, m: r.metrics.index(m) == 0),
    ({"sentence__contains": "财政"}, lambda r, m: "财政" in m.sentence),
    ({"section__kind": "achievement"}, lambda r, m: True),
    ({"section__kind__in": "plan"}, lambda r, m: False),
    ({"section__kind__n": "achievement"}, lambda r, m: False),
    ({"report__year": "2018"}, lambda r, m: r.year == 2018),
    ({"report__year__lte": "2018"}, lambda r, m: r.year == 2018),
    ({"report__year__lt": "2023", "report__year__gt": "2000"}, lambda r, m: r.year == 2018),
    ({"report__org_level__in": "town,province"}, lambda r, m: r.org_level in ("town", "province")),
    ({"report__org_level__n": "town"}, lambda r, m: r.org_level != "town"),
    ({"report__report_type": "half_year_summary"}, lambda r, m: r.report_type == "half_year_summary"),
    ({"report__report_type__in": "work_summary"}, lambda r, m: r.report_type == "work_summary"),
    ({"report__speaker__in": "collective"}, lambda r, m: r.speaker == "collective"),
    ({"report__speaker__n": "collective"}, lambda r, m: r.speaker != "collective"),
    ({"report__period__in": "half_year"}, lambda r, m: r.period == "half_year"),
    ({"report__period__n": "half_year"}, lambda r, m: r.period != "half_year"),
    ({"q": "工业产值"}, lambda r, m: "工业产值" in m.name + m.sentence),
]


@pytest.mark.parametrize(("params", "predicate"), METRIC_CASES, ids=[str(c[0]) for c in METRIC_CASES])
def test_metric_filters(api, corpus, params, predicate):
    rows = get_all(api, "/api/v1/metrics/", params)
    assert {(row["report"]["display_title"], row["ordinal"]) for row in rows} == expected_metrics(predicate)


ITEM_CASES = [
    ("self_criticisms", {"report__year": "2023"}, lambda r, i: r.year == 2023),
    ("self_criticisms", {"category": "economy"}, lambda r, i: i.category == "economy"),
    ("self_criticisms", {"category__in": "funding,discipline"}, lambda r, i: i.category in ("funding", "discipline")),
    ("self_criticisms", {"category__n": "economy"}, lambda r, i: i.category != "economy"),
    ("self_criticisms", {"text__contains": "资金"}, lambda r, i: "资金" in i.text),
    ("self_criticisms", {"ordinal": "2"}, lambda r, i: i.ordinal == 2),
    ("self_criticisms", {"ordinal__in": "1"}, lambda r, i: i.ordinal == 1),
    ("self_criticisms", {"ordinal__gt": "1", "ordinal__lte": "2"}, lambda r, i: i.ordinal == 2),
    ("self_criticisms", {"ordinal__gte": "2", "ordinal__lt": "3"}, lambda r, i: i.ordinal == 2),
    ("self_criticisms", {"q": "民生"}, lambda r, i: "民生" in i.text),
    ("self_criticisms", {"report__org_level": "province"}, lambda r, i: r.org_level == "province"),
    ("self_criticisms", {"report__report_type__n": "work_summary"}, lambda r, i: r.report_type != "work_summary"),
    ("plans", {"category": "ecology"}, lambda r, i: i.category == "ecology"),
    ("plans", {"category__n": "ecology"}, lambda r, i: i.category != "ecology"),
    ("plans", {"report__period": "half_year"}, lambda r, i: r.period == "half_year"),
    ("plans", {"report__year__in": "2018"}, lambda r, i: r.year == 2018),
    ("plans", {"report__speaker": "collective"}, lambda r, i: r.speaker == "collective"),
    ("plans", {"q": "二十大"}, lambda r, i: "二十大" in i.text),
]


@pytest.mark.parametrize(("kind", "params", "predicate"), ITEM_CASES, ids=[f"{c[0]}-{c[1]}" for c in ITEM_CASES])
def test_item_filters(api, corpus, kind, params, predicate):
    url = "/api/v1/self-criticisms/" if kind == "self_criticisms" else "/api/v1/plans/"
    found = {(row["report"]["display_title"], row["ordinal"]) for row in get_all(api, url, params)}
    assert found == expected_items(kind, predicate)


@pytest.mark.parametrize("url", ["/api/v1/sections/", "/api/v1/metrics/", "/api/v1/self-criticisms/", "/api/v1/plans/"])
def test_id_report_and_section_filters(api, corpus, url):
    rows = get_all(api, url)
    first, last = rows[0], rows[-1]
    assert [r["id"] for r in get_all(api, url, {"id": first["id"]})] == [first["id"]]
    assert {r["id"] for r in get_all(api, url, {"id__in": f"{first['id']},{last['id']}"})} == {first["id"], last["id"]}
    report_id = last["report"]["id"]
    by_report = get_all(api, url, {"report": report_id})
    assert by_report and all(r["report"]["id"] == report_id for r in by_report)
    assert {r["id"] for r in get_all(api, url, {"report__in": report_id})} == {r["id"] for r in by_report}
    if "section" in first:
        by_section = get_all(api, url, {"section": first["section"]})
        assert by_section and all(r["section"] == first["section"] for r in by_section)
        assert get_all(api, url, {"section__in": first["section"]}) == by_section


def test_parent_and_source_filters(api, corpus):
    sections = get_all(api, "/api/v1/sections/")
    parent = next(s for s in sections if s["path"] == "1" and s["report"]["year"] == 2018)
    children = get_all(api, "/api/v1/sections/", {"parent": parent["id"]})
    assert [c["path"] for c in children] == ["1.1", "1.2"]
    assert get_all(api, "/api/v1/sections/", {"parent__in": parent["id"]}) == children
    reports = get_all(api, "/api/v1/reports/")
    compilation = [r for r in reports if r["source_name"] == "004_compilation.txt"]
    assert get_all(api, "/api/v1/reports/", {"source": compilation[0]["source"]}) == compilation
    assert get_all(api, "/api/v1/reports/", {"source__in": compilation[0]["source"]}) == compilation
    assert get_all(api, "/api/v1/reports/", {"id": compilation[1]["id"]}) == [compilation[1]]
    assert get_all(api, "/api/v1/reports/", {"id__in": f"{reports[0]['id']},{compilation[1]['id']}"}) == [
        reports[0],
        compilation[1],
    ]
