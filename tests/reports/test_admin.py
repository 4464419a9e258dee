"""The curation admin: every model listed with its filters, report pages with their parts inline."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from .builders import criticism_row, metric_row, plan_row, report_row, section_row, source_row

MODEL_NAMES = ("sourcedocument", "report", "section", "metric", "selfcriticismitem", "planitem")


@pytest.fixture
def curator(db, client):
    user = get_user_model().objects.create_superuser("curator", "", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def stored(db) -> SimpleNamespace:
    source = source_row(raw_text="本文系邮箱投稿 D委原文", cleaned_text="党委原文")
    report = report_row(source, span_end=4)
    section = section_row(report, heading="加强理论学习，提高政治素质")
    metric = metric_row(section)
    return SimpleNamespace(
        source=source,
        report=report,
        section=section,
        metric=metric,
        criticism=criticism_row(section),
        plan=plan_row(section),
    )


@pytest.mark.parametrize("model", MODEL_NAMES)
def test_every_model_has_a_changelist(curator, stored, model: str) -> None:
    response = curator.get(reverse(f"admin:reports_{model}_changelist"))
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1


@pytest.mark.parametrize(
    ("model", "query", "expected"),
    [
        ("report", {"year": 2018, "report_type__exact": "work_summary", "org_level__exact": "district"}, 1),
        ("report", {"year": 2019}, 0),
        ("metric", {"unit": "亿元", "masked__exact": 0, "kind__exact": "amount"}, 1),
        ("metric", {"masked__exact": 1}, 0),
        ("section", {"q": "理论学习"}, 1),
        ("selfcriticismitem", {"category__exact": "study"}, 1),
        ("planitem", {"q": "理论武装"}, 1),
    ],
)
def test_filters_and_search_narrow_the_list(curator, stored, model: str, query: dict, expected: int) -> None:
    response = curator.get(reverse(f"admin:reports_{model}_changelist"), query)
    assert response.status_code == 200
    assert response.context["cl"].result_count == expected


def test_report_page_shows_its_parts_inline(curator, stored) -> None:
    response = curator.get(reverse("admin:reports_report_change", args=[stored.report.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    for prefix in ("sections", "metrics", "self_criticisms", "plans"):
        assert f'name="{prefix}-TOTAL_FORMS" value="1"' in page
    assert "加强理论学习，提高政治素质" in page


def test_source_texts_are_read_only(curator, stored) -> None:
    response = curator.get(reverse("admin:reports_sourcedocument_change", args=[stored.source.pk]))
    page = response.content.decode()
    assert "D委原文" in page
    assert 'name="raw_text"' not in page
    assert 'name="cleaned_text"' not in page


@pytest.mark.parametrize("model", ["sourcedocument", "report"])
def test_sources_and_reports_come_only_from_text(curator, stored, model: str) -> None:
    assert curator.get(reverse(f"admin:reports_{model}_add")).status_code == 403


def test_a_curator_can_correct_a_metric(curator, stored) -> None:
    url = reverse("admin:reports_metric_change", args=[stored.metric.pk])
    form = curator.get(url).context["adminform"].form
    data = {name: form[name].value() for name in form.fields}
    data = {k: ("" if v is None else v) for k, v in {**data, "name": "地区生产总值"}.items()}
    response = curator.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    stored.metric.refresh_from_db()
    assert stored.metric.name == "地区生产总值"
