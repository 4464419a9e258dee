"""GET /api/v1/metrics/series/ and /metrics/frames/: one metric over reports and years, and across one year."""

from __future__ import annotations

from collections import Counter

import pytest

from apps.extraction.vocabulary import OrgLevel, SectionKind
from tests.api.factories import document, metric, report, section, store
from tests.api.responses import error_of, get_all

SERIES = "/api/v1/metrics/series/"
FRAMES = "/api/v1/metrics/frames/"


def test_series_of_a_name_in_several_seed_reports_lists_exactly_those_reports(api, seeded):
    occurrences = Counter()
    reports_of: dict[str, set] = {}
    for doc in seeded:
        for parsed in doc.reports:
            for m in parsed.metrics:
                occurrences[m.name] += 1
                reports_of.setdefault(m.name, set()).add(parsed.display_title)
    name = max(reports_of, key=lambda n: (len(reports_of[n]), occurrences[n]))
    assert len(reports_of[name]) >= 3
    rows = get_all(api, SERIES, {"name": name})
    assert {row["display_title"] for row in rows} == reports_of[name]
    assert len(rows) == occurrences[name] and all(row["name"] == name for row in rows)
    expected = [
        (parsed.display_title, m.raw_value, m.unit, m.masked, m.section_path, m.sentence)
        for doc in seeded
        for parsed in doc.reports
        for m in parsed.metrics
        if m.name == name
    ]
    keys = ("display_title", "raw_value", "unit", "masked", "section_path", "sentence")
    found = [tuple(row[key] for key in keys) for row in rows]
    assert sorted(found) == sorted(expected)
    years = [row["year"] for row in rows]
    assert years == sorted(years, key=lambda y: (y is None, y))  # by year, unknown last
    for row in rows:
        assert (row["value"] is None) == row["masked"]  # masked is null and flagged, never 0


def test_series_rows_carry_report_dimensions_and_provenance(api, corpus):
    rows = get_all(api, SERIES, {"name": "生产总值"})
    assert [(r["unit"], r["raw_value"], r["value"], r["masked"]) for r in rows] == [
        ("亿元", "XX", None, True),
        ("%", "8.5", 8.5, False),
    ]
    first = rows[0]
    assert first["year"] == 2018 and first["report_period"] == "annual" and first["period"] == "前三季度"
    assert first["org_level"] == "district" and first["report_type"] == "work_summary"
    assert first["section_path"] == "2" and first["section_kind"] == "achievement"
    assert first["sentence"] == "完成生产总值XX亿元。"
    assert first["report_url"].endswith(f"/api/v1/reports/{first['report']}/")
    assert [r["unit"] for r in get_all(api, SERIES, {"name": "生产总值", "unit": "%"})] == ["%"]
    assert get_all(api, SERIES, {"name": "生产总值", "report__year": "2023"}) == []
    masked_2023 = get_all(api, SERIES, {"name": "规模以上工业产值", "report__org_level": "town"})
    assert len(masked_2023) == 2 and all(r["value"] is None and r["masked"] for r in masked_2023)


@pytest.mark.parametrize(
    ("url", "params", "field"),
    [
        (SERIES, {}, "name"),
        (SERIES, {"name": ""}, "name"),
        (SERIES, {"name": "生产总值", "kind": "weight"}, "kind"),
        (SERIES, {"name": "生产总值", "ordering": "sentence"}, "ordering"),
        (FRAMES, {"name": "生产总值"}, "year"),
        (FRAMES, {"year": "2018"}, "name"),
        (FRAMES, {"name": "生产总值", "year": "1800"}, "year"),
        (FRAMES, {"name": "生产总值", "year": "2018", "report__year": "2018"}, "report__year"),
    ],
)
def test_required_and_bad_parameters_are_400_naming_them(api, corpus, url, params, field):
    assert field in error_of(api.get(url, params), 400)["fields"]


@pytest.fixture
def frame_corpus(db):
    """Three 2022 reports mentioning 生产总值 in different ways, and one of 2021."""
    achieved = section("1", "坚持发展", kind=SectionKind.ACHIEVEMENT)
    planned = section("2", "下一步打算", kind=SectionKind.PLAN)
    district = report(
        "2022年区工作总结",
        year=2022,
        sections=(achieved, planned),
        metrics=(
            metric("生产总值", "100", "亿元", "2"),  # a target
            metric("生产总值", "50", "亿元", "1", period="前三季度"),
            metric("生产总值", "XX", "亿元", "1", period="全年"),  # the reported whole-year figure, masked
        ),
    )
    county = report(
        "2022年县工作总结",
        year=2022,
        org_level=OrgLevel.COUNTY,
        sections=(achieved,),
        metrics=(metric("生产总值", "XX", "亿元", "1"), metric("生产总值", "12", "亿元", "1")),
    )
    town_target = metric("生产总值", "3", "亿元", "2")
    town = report("2022年镇工作总结", year=2022, org_level=OrgLevel.TOWN, sections=(planned,), metrics=(town_target,))
    earlier = metric("生产总值", "40", "亿元", "1")
    earlier = report("2021年区工作总结", year=2021, sections=(achieved,), metrics=(earlier,))
    for n, parsed in enumerate((district, county, town, earlier)):
        store(document(f"frame-{n}.txt", parsed))


def test_frame_keeps_the_most_specific_figure_of_each_report(api, frame_corpus):
    rows = get_all(api, FRAMES, {"name": "生产总值", "year": "2022"})
    found = [(r["display_title"], r["raw_value"], r["period"], r["section_kind"], r["value"]) for r in rows]
    assert found == [
        ("2022年区工作总结", "XX", "全年", "achievement", None),  # reported fact, whole year: masked, and says so
        ("2022年县工作总结", "12", "", "achievement", 12),  # same fit: the known value before the masked one
        ("2022年镇工作总结", "3", "", "plan", 3),  # only a target: still the report's figure
    ]
    assert all(r["year"] == 2022 for r in rows)


def test_frame_filters_on_report_dimensions_and_orders(api, frame_corpus):
    county = get_all(api, FRAMES, {"name": "生产总值", "year": "2022", "report__org_level": "county"})
    assert [r["display_title"] for r in county] == ["2022年县工作总结"]
    by_value = get_all(api, FRAMES, {"name": "生产总值", "year": "2022", "ordering": "-value"})
    assert [r["value"] for r in by_value] == [12, 3, None]  # a masked value last, though PostgreSQL puts nulls first
    assert get_all(api, FRAMES, {"name": "生产总值", "year": "2021"})[0]["value"] == 40
    assert get_all(api, FRAMES, {"name": "生产总值", "year": "2022", "unit": "%"}) == []
    facets = api.get(FRAMES, {"name": "生产总值", "year": "2022", "facets": "org_level,masked"}).json()["facets"]
    assert facets["masked"]["values"] == [{"value": False, "count": 2}, {"value": True, "count": 1}]
