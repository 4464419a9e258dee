"""Every model field has a filter (NetBox's guard): a new field without one fails here."""

from __future__ import annotations

import pytest

from apps.api import filters

# Fields deliberately without a filter of their own, and why.
EXEMPT = {
    "span_start": "an offset into the source text, meaningless without it",
    "span_end": "an offset into the source text, meaningless without it",
    "substitutions": "JSON; filtered by `substitution` (the published form)",
}

FILTERSETS = [
    filters.ReportFilterSet,
    filters.SectionFilterSet,
    filters.MetricFilterSet,
    filters.SelfCriticismItemFilterSet,
    filters.PlanItemFilterSet,
]


@pytest.mark.parametrize("filterset", FILTERSETS, ids=lambda f: f.__name__)
def test_every_model_field_has_a_filter(filterset):
    model = filterset._meta.model
    filtered = {f.field_name.split("__")[0] for f in filterset.base_filters.values() if f.field_name}
    fields = {f.name for f in model._meta.concrete_fields}
    missing = sorted(fields - filtered - set(EXEMPT))
    assert not missing, f"{filterset.__name__} has no filter for {missing}"


@pytest.mark.parametrize("filterset", FILTERSETS[1:], ids=lambda f: f.__name__)
def test_children_filter_on_the_report_dimensions(filterset):
    names = set(filterset.base_filters)
    for dimension in ("year", "period", "report_type", "org_level", "speaker"):
        assert f"report__{dimension}" in names


@pytest.mark.parametrize("filterset", FILTERSETS, ids=lambda f: f.__name__)
def test_enum_fields_offer_in_and_negation(filterset):
    model = filterset._meta.model
    for field in model._meta.concrete_fields:
        if field.choices and field.name in filterset.base_filters:
            assert {f"{field.name}__in", f"{field.name}__n"} <= set(filterset.base_filters), field.name
