"""GET /api/v1/metric-names/: per name count, reports, masked share, units, kinds, years; counts equal the table's."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count

from apps.reports.models import Metric
from tests.api.corpus import REPORTS
from tests.api.responses import error_of, get_all, get_ok

URL = "/api/v1/metric-names/"


def expected_catalogue(predicate=lambda report, metric: True) -> dict[str, dict]:
    """The catalogue computed from the corpus records in Python."""
    names: dict[str, dict] = defaultdict(lambda: {"count": 0, "reports": set(), "masked": 0, "units": set()})
    for report in REPORTS:
        for metric in report.metrics:
            if predicate(report, metric):
                entry = names[metric.name]
                entry["count"] += 1
                entry["reports"].add(report.display_title)
                entry["masked"] += metric.masked
                entry["units"].add(metric.unit)
                entry.setdefault("kinds", set()).add(metric.kind)
                entry.setdefault("years", set()).update({report.year} - {None})
    return names


def test_catalogue_rows_equal_the_records(api, corpus):
    rows = get_all(api, URL)
    expected = expected_catalogue()
    assert {row["name"] for row in rows} == set(expected)
    for row in rows:
        entry = expected[row["name"]]
        assert row["count"] == entry["count"] and row["report_count"] == len(entry["reports"])
        assert row["masked_count"] == entry["masked"]
        assert row["masked_share"] == round(entry["masked"] / entry["count"], 4)
        assert row["units"] == sorted(entry["units"]) and row["kinds"] == sorted(entry["kinds"])
        assert row["years"] == sorted(entry["years"])
    assert rows == sorted(rows, key=lambda r: (-r["count"], r["name"]))  # most frequent first


def test_catalogue_counts_equal_the_metric_table_on_the_seeds(api, seeded):
    rows = get_all(api, URL)
    table = dict(Metric.objects.values_list("name").annotate(n=Count("pk")).values_list("name", "n"))
    assert {row["name"]: row["count"] for row in rows} == table
    assert sum(row["count"] for row in rows) == Metric.objects.count()
    several = [row for row in rows if row["report_count"] > 1]
    assert several, "the seeds share some metric names across reports"
    series = get_ok(api, several[0]["series_url"].removeprefix("http://testserver"))
    assert series["count"] == several[0]["count"]


def test_filters_select_the_metric_rows_counted(api, corpus):
    yi_yuan = {row["name"]: row for row in get_all(api, URL, {"unit": "亿元"})}
    expected = expected_catalogue(lambda r, m: m.unit == "亿元")
    assert {name: row["count"] for name, row in yi_yuan.items()} == {n: e["count"] for n, e in expected.items()}
    assert all(row["units"] == ["亿元"] for row in yi_yuan.values())
    in_2023 = get_all(api, URL, {"report__year": "2023", "kind": "growth"})
    assert [row["name"] for row in in_2023] == ["规模以上工业产值"]
    assert [row["name"] for row in get_all(api, URL, {"q": "产值"})] == ["规模以上工业产值"]
    frequent = get_all(api, URL, {"count__gte": "2"})
    assert {row["name"] for row in frequent} == {n for n, e in expected_catalogue().items() if e["count"] >= 2}
    assert get_all(api, URL, {"report__org_level": "province", "masked": "false"})[0]["name"] == "普通国道"


def test_ordering_and_fields(api, corpus):
    by_name = get_all(api, URL, {"ordering": "name", "fields": "name,count"})
    assert [row["name"] for row in by_name] == sorted(row["name"] for row in by_name)
    assert all(set(row) == {"name", "count"} for row in by_name)
    by_share = get_all(api, URL, {"ordering": "-masked_share"})
    assert by_share[0]["masked_share"] == 1.0


def test_bad_catalogue_parameters_are_named(api, corpus):
    assert "kind" in error_of(api.get(URL, {"kind": "weight"}), 400)["fields"]
    assert "count__gte" in error_of(api.get(URL, {"count__gte": "many"}), 400)["fields"]
    assert "ordering" in error_of(api.get(URL, {"ordering": "id"}), 400)["fields"]
    assert "facets" in error_of(api.get(URL, {"facets": "unit"}), 400)["fields"]
