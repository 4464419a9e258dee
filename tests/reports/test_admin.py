"""The curation admin: every model listed with its filters, report pages with their parts inline."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from .builders import criticism_row, metric_row, section_row

MODEL_NAMES = ("sourcedocument", "report", "section", "metric", "selfcriticismitem", "planitem")


@pytest.fixture
def curator(db, client):
    user = get_user_model().objects.create_superuser("curator", "", "pw")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", MODEL_NAMES)
def test_every_model_has_a_changelist(curator, tree, model: str) -> None:
    response = curator.get(reverse(f"admin:reports_{model}_changelist"))
    assert response.status_code == 200
    assert response.context["cl"].result_count == response.context["cl"].model.objects.count() > 0


@pytest.mark.parametrize(
    ("model", "query", "expected"),
    [
        ("report", {"year": 2018, "report_type__exact": "work_summary", "org_level__exact": "district"}, 1),
        ("report", {"year": 2019}, 0),
        ("metric", {"unit": "亿元", "masked__exact": 0, "kind__exact": "amount"}, 1),
        ("metric", {"masked__exact": 1}, 0),
        ("section", {"q": "理论学习"}, 2),
        ("section", {"level__exact": 2}, 1),
        ("selfcriticismitem", {"category__exact": "study"}, 1),
        ("planitem", {"q": "理论武装"}, 1),
    ],
)
def test_filters_and_search_narrow_the_list(curator, tree, model: str, query: dict, expected: int) -> None:
    response = curator.get(reverse(f"admin:reports_{model}_changelist"), query)
    assert response.status_code == 200
    assert response.context["cl"].result_count == expected


def test_report_page_shows_its_parts_inline(curator, tree) -> None:
    response = curator.get(reverse("admin:reports_report_change", args=[tree.report.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    for prefix, count in (("sections", 2), ("metrics", 1), ("self_criticisms", 1), ("plans", 1)):
        assert f'name="{prefix}-TOTAL_FORMS" value="{count}"' in page
    assert tree.section.heading in page


def test_source_texts_are_read_only(curator, tree) -> None:
    response = curator.get(reverse("admin:reports_sourcedocument_change", args=[tree.source.pk]))
    page = response.content.decode()
    assert tree.source.raw_text in page
    assert 'name="raw_text"' not in page
    assert 'name="cleaned_text"' not in page


@pytest.mark.parametrize("model", ["sourcedocument", "report"])
def test_sources_and_reports_come_only_from_text(curator, tree, model: str) -> None:
    assert curator.get(reverse(f"admin:reports_{model}_add")).status_code == 403


def test_a_curator_can_correct_a_metric(curator, tree) -> None:
    url = reverse("admin:reports_metric_change", args=[tree.metric.pk])
    form = curator.get(url).context["adminform"].form
    data = {name: form[name].value() for name in form.fields}
    data = {k: ("" if v is None else v) for k, v in {**data, "name": "地区生产总值"}.items()}
    response = curator.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    tree.metric.refresh_from_db()
    assert tree.metric.name == "地区生产总值"


def test_report_page_queries_do_not_grow_with_its_parts(curator, tree) -> None:
    url = reverse("admin:reports_report_change", args=[tree.report.pk])
    curator.get(url)  # warms per-process caches (content types), which would count once
    with CaptureQueriesContext(connection) as few:
        assert curator.get(url).status_code == 200
    for n in range(2, 30):
        metric_row(tree.child, ordinal=n)
        criticism_row(tree.section, ordinal=n)
        section_row(tree.report, parent=tree.section, path=f"1.{n}", level=2, ordinal=n)
    with CaptureQueriesContext(connection) as many:
        assert curator.get(url).status_code == 200
    assert len(many) == len(few)


def test_report_list_leaves_the_source_texts_in_the_database(curator, tree) -> None:
    with CaptureQueriesContext(connection) as queries:
        response = curator.get(reverse("admin:reports_report_changelist"))
    assert response.status_code == 200 and tree.source.file_name in response.content.decode()
    assert not [q["sql"] for q in queries if "raw_text" in q["sql"] or "cleaned_text" in q["sql"]]
