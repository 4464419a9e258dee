"""Facet counts on list endpoints (`facets=`) and GET /api/v1/stats/, each honouring the current filters."""

from __future__ import annotations

from collections import Counter

import pytest

from apps.reports.models import Metric, PlanItem, Report, Section, SelfCriticismItem
from tests.api.corpus import REPORTS
from tests.api.responses import error_of, get_ok


def _values(facet: dict) -> dict:
    assert facet["timed_out"] is False and facet["truncated"] is False
    counts = [entry["count"] for entry in facet["values"]]
    assert counts == sorted(counts, reverse=True)  # most frequent first
    return {entry["value"]: entry["count"] for entry in facet["values"]}


def test_metric_facets_count_the_filtered_rows(api, corpus):
    body = get_ok(api, "/api/v1/metrics/", {"facets": "unit,kind,masked,year", "report__year__gte": "2018"})
    metrics = [(r, m) for r in REPORTS for m in r.metrics if r.year is not None and r.year >= 2018]
    facets = body["facets"]
    assert _values(facets["unit"]) == Counter(m.unit for _, m in metrics)
    assert _values(facets["kind"]) == Counter(str(m.kind) for _, m in metrics)
    assert _values(facets["masked"]) == Counter(m.masked for _, m in metrics)
    assert _values(facets["year"]) == Counter(r.year for r, _ in metrics)
    assert sum(_values(facets["unit"]).values()) == body["count"]


def test_facet_values_feed_back_as_filters(api, corpus):
    facet = get_ok(api, "/api/v1/metrics/", {"facets": "report__org_level"})["facets"]["report__org_level"]
    assert len(facet["values"]) > 1  # the loop below must compare something
    for entry in facet["values"]:
        filtered = get_ok(api, "/api/v1/metrics/", {"report__org_level": entry["value"]})
        assert filtered["count"] == entry["count"]


def test_section_theme_and_item_category_facets(api, corpus):
    themes = _values(get_ok(api, "/api/v1/sections/", {"facets": "themes"})["facets"]["themes"])
    expected = Counter(t for r in REPORTS for s in r.all_sections() for t in s.themes)
    assert themes == expected
    by_category = get_ok(api, "/api/v1/self-criticisms/", {"facets": "category", "report__year": "2023"})
    assert _values(by_category["facets"]["category"]) == Counter(
        str(c.category) for r in REPORTS if r.year == 2023 for c in r.self_criticisms
    )
    years = _values(get_ok(api, "/api/v1/reports/", {"facets": "year,org_level"})["facets"]["year"])
    assert years == Counter(r.year for r in REPORTS)  # an unknown year is counted under null


def test_stats_totals_equal_the_tables(api, corpus):
    body = get_ok(api, "/api/v1/stats/")
    assert body["totals"] == {
        "reports": Report.objects.count(),
        "sections": Section.objects.count(),
        "metrics": Metric.objects.count(),
        "self_criticisms": SelfCriticismItem.objects.count(),
        "plans": PlanItem.objects.count(),
    }
    expected = {
        "year",
        "period",
        "report_type",
        "org_level",
        "speaker",
        "section_theme",
        "section_kind",
        "self_criticism_category",
        "plan_category",
        "metric_unit",
        "metric_kind",
        "metric_masked",
    }
    assert set(body["facets"]) == expected
    assert _values(body["facets"]["metric_unit"]) == Counter(m.unit for r in REPORTS for m in r.metrics)


def test_stats_honour_the_report_filters_and_facet_selection(api, corpus):
    body = get_ok(api, "/api/v1/stats/", {"year": "2023", "facets": "org_level,self_criticism_category"})
    in_2023 = [r for r in REPORTS if r.year == 2023]
    assert body["totals"]["reports"] == len(in_2023)
    assert body["totals"]["metrics"] == sum(len(r.metrics) for r in in_2023)
    assert set(body["facets"]) == {"org_level", "self_criticism_category"}
    assert _values(body["facets"]["self_criticism_category"]) == Counter(
        str(c.category) for r in in_2023 for c in r.self_criticisms
    )
    themes = get_ok(api, "/api/v1/stats/", {"q": "党建", "facets": "section_theme"})["facets"]["section_theme"]
    assert themes["timed_out"] is False


@pytest.mark.parametrize(
    ("url", "params", "field"),
    [
        ("/api/v1/metrics/", {"facets": "unit,colour"}, "facets"),
        ("/api/v1/reports/", {"facets": "themes"}, "facets"),
        ("/api/v1/stats/", {"facets": "metric_colour"}, "facets"),
        ("/api/v1/stats/", {"page": "2"}, "page"),
        ("/api/v1/stats/", {"ordering": "-year"}, "ordering"),
        ("/api/v1/stats/", {"format": "csv"}, "format"),
        ("/api/v1/stats/", {"year": "recent"}, "year"),
    ],
)
def test_bad_facet_requests_are_named(api, corpus, url, params, field):
    assert field in error_of(api.get(url, params), 400)["fields"]
