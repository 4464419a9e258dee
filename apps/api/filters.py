"""One FilterSet per exposed model, built from the shared lookup lists in `lookups.py`."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet
from django_filters import rest_framework as filters

from apps.reports.choices import Theme
from apps.reports.models import Metric, PlanItem, Report, Section, SelfCriticismItem

from .lookups import (
    BOOLEAN_LOOKUPS,
    DATETIME_LOOKUPS,
    DECIMAL_LOOKUPS,
    ENUM_LOOKUPS,
    ID_LOOKUPS,
    INTEGER_LOOKUPS,
    LONG_TEXT_LOOKUPS,
    NULLABLE,
    REPORT_DIMENSION_FIELDS,
    TEXT_LOOKUPS,
    ApiFilterSet,
    ArrayContainsChoiceFilter,
    ChoiceInFilter,
    IntegerFilter,
    StableOrderingFilter,
    StrictBooleanFilter,
    TextSearchFilter,
)

ITEM_SEARCH_HELP = "Words (space-separated, all must occur) searched in the item text."


class ReportFilterSet(ApiFilterSet):
    q = TextSearchFilter(
        fields=("title", "display_title", "preamble", "closing"),
        related={
            "sections": ("heading", "body"),
            "self_criticisms": ("text",),
            "plans": ("text",),
            "metrics": ("sentence",),
        },
        help_text="Words (space-separated, all must occur) searched in the title, preamble, closing, section "
        "headings and bodies, items and metric sentences, in the restored text (q=党建 finds D建).",
    )
    has_metrics = StrictBooleanFilter(method="filter_has_metrics", help_text="Reports with (or without) metrics.")
    has_self_criticisms = StrictBooleanFilter(
        method="filter_has_self_criticisms", help_text="Reports with (or without) self-criticism items."
    )
    has_plans = StrictBooleanFilter(method="filter_has_plans", help_text="Reports with (or without) plan items.")
    substitution = filters.CharFilter(
        method="filter_substitution",
        max_length=16,
        help_text="Reports in which this substitution was restored, by its published form (e.g. D for 党).",
    )
    ordering = StableOrderingFilter(
        fields=(
            "id",
            "year",
            "display_title",
            "period",
            "report_type",
            "org_level",
            "speaker",
            "created_at",
            "updated_at",
            "section_count",
            "metric_count",
            "self_criticism_count",
            "plan_count",
        ),
    )

    class Meta:
        model = Report
        fields = {
            "id": ID_LOOKUPS,
            "source": ID_LOOKUPS,
            "source__sha256": ["exact"],
            "index": INTEGER_LOOKUPS,
            "title": TEXT_LOOKUPS + NULLABLE,
            "display_title": TEXT_LOOKUPS,
            "year": INTEGER_LOOKUPS + NULLABLE,
            "period": ENUM_LOOKUPS,
            "report_type": ENUM_LOOKUPS,
            "org_level": ENUM_LOOKUPS,
            "org_name": TEXT_LOOKUPS + NULLABLE,
            "speaker": ENUM_LOOKUPS,
            "preamble": LONG_TEXT_LOOKUPS,
            "closing": LONG_TEXT_LOOKUPS,
            "created_at": DATETIME_LOOKUPS,
            "updated_at": DATETIME_LOOKUPS,
        }

    def filter_has_metrics(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return _filter_has(queryset, Metric, value)

    def filter_has_self_criticisms(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return _filter_has(queryset, SelfCriticismItem, value)

    def filter_has_plans(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return _filter_has(queryset, PlanItem, value)

    def filter_substitution(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(substitutions__contains=[{"original": value}])


class ReportStatsFilterSet(ReportFilterSet):
    """The report filters of /stats/: totals and facets have no row order, so `ordering` is no parameter."""

    ordering = None


def _filter_has(queryset: QuerySet, model: type, value: bool) -> QuerySet:
    exists = Exists(model.objects.filter(report=OuterRef("pk")))
    return queryset.filter(exists if value else ~exists)


class SectionFilterSet(ApiFilterSet):
    q = TextSearchFilter(
        fields=("heading", "body"),
        help_text="Words (space-separated, all must occur) searched in the heading and body, restored text.",
    )
    themes = ArrayContainsChoiceFilter(choices=Theme.choices, help_text="Sections tagged with this theme.")
    themes__in = ChoiceInFilter(
        field_name="themes", lookup_expr="overlap", choices=Theme.choices, help_text="Tagged with any of these."
    )
    themes__n = ChoiceInFilter(
        field_name="themes",
        lookup_expr="overlap",
        exclude=True,
        choices=Theme.choices,
        help_text="Tagged with none of these.",
    )
    ordering = StableOrderingFilter(fields=("id", "report", "level", "ordinal", "span_start", "kind"))

    class Meta:
        model = Section
        fields = {
            "id": ID_LOOKUPS,
            "report": ID_LOOKUPS,
            "parent": ID_LOOKUPS + NULLABLE,
            "path": [*TEXT_LOOKUPS, "startswith"],
            "level": INTEGER_LOOKUPS,
            "ordinal": INTEGER_LOOKUPS,
            "label": TEXT_LOOKUPS,
            "heading": LONG_TEXT_LOOKUPS,
            "body": LONG_TEXT_LOOKUPS,
            "kind": ENUM_LOOKUPS,
            **REPORT_DIMENSION_FIELDS,
        }


class MetricFilterSet(ApiFilterSet):
    q = TextSearchFilter(
        fields=("name", "sentence"),
        help_text="Words (space-separated, all must occur) searched in the metric name and its sentence.",
    )
    ordering = StableOrderingFilter(
        fields=("id", "report", "ordinal", "name", "value", "normalized_value", "unit", "kind", "span_start")
    )

    class Meta:
        model = Metric
        fields = {
            "id": ID_LOOKUPS,
            "report": ID_LOOKUPS,
            "section": ID_LOOKUPS,
            "section__kind": ENUM_LOOKUPS,
            "ordinal": INTEGER_LOOKUPS,
            "name": TEXT_LOOKUPS,
            "raw_value": TEXT_LOOKUPS,
            "value": DECIMAL_LOOKUPS,
            "masked": BOOLEAN_LOOKUPS,
            "unit": TEXT_LOOKUPS,
            "normalized_value": DECIMAL_LOOKUPS,
            "base_unit": TEXT_LOOKUPS,
            "kind": ENUM_LOOKUPS,
            "bound": TEXT_LOOKUPS,
            "period": TEXT_LOOKUPS,
            "rank_scope": TEXT_LOOKUPS,
            "year_on_year": BOOLEAN_LOOKUPS,
            "sentence": LONG_TEXT_LOOKUPS,
            **REPORT_DIMENSION_FIELDS,
        }


ITEM_FIELDS = {
    "id": ID_LOOKUPS,
    "report": ID_LOOKUPS,
    "section": ID_LOOKUPS,
    "ordinal": INTEGER_LOOKUPS,
    "text": LONG_TEXT_LOOKUPS,
    "category": ENUM_LOOKUPS,
    **REPORT_DIMENSION_FIELDS,
}
ITEM_ORDERING = ("id", "report", "ordinal", "category")


class SelfCriticismItemFilterSet(ApiFilterSet):
    q = TextSearchFilter(fields=("text",), help_text=ITEM_SEARCH_HELP)
    ordering = StableOrderingFilter(fields=ITEM_ORDERING)

    class Meta:
        model = SelfCriticismItem
        fields = ITEM_FIELDS


class PlanItemFilterSet(ApiFilterSet):
    q = TextSearchFilter(fields=("text",), help_text=ITEM_SEARCH_HELP)
    ordering = StableOrderingFilter(fields=ITEM_ORDERING)

    class Meta:
        model = PlanItem
        fields = ITEM_FIELDS


# --- Integration views over metrics: catalogue, series, frames (grouped or collapsed metric rows) ---------

METRIC_VALUE_FIELDS = {
    "unit": TEXT_LOOKUPS,
    "base_unit": TEXT_LOOKUPS,
    "kind": ENUM_LOOKUPS,
    "masked": BOOLEAN_LOOKUPS,
    "period": TEXT_LOOKUPS,
    "section__kind": ENUM_LOOKUPS,
    "report": ID_LOOKUPS,
    "report__org_name": TEXT_LOOKUPS + NULLABLE,
}
OBSERVATION_ORDERING = (
    ("report__year", "year"),
    ("report", "report"),
    ("report__org_name", "org_name"),
    ("value", "value"),
    ("normalized_value", "normalized_value"),
    ("id", "id"),
)


class MetricNameFilterSet(ApiFilterSet):
    """Selects the metric rows the catalogue aggregates; `count__gte` filters the aggregated names."""

    q = TextSearchFilter(fields=("name",), help_text="Words (space-separated, all must occur) in the metric name.")
    count__gte = IntegerFilter(
        field_name="count", lookup_expr="gte", min_value=0, max_value=2**31 - 1, help_text="Names counted ≥ this."
    )
    ordering = StableOrderingFilter(
        fields=("count", "report_count", "masked_count", "masked_share", "name"), tie_breaker="name"
    )

    class Meta:
        model = Metric
        fields = {"name": TEXT_LOOKUPS, **METRIC_VALUE_FIELDS, **REPORT_DIMENSION_FIELDS}


class MetricSeriesFilterSet(ApiFilterSet):
    name = filters.CharFilter(
        required=True, max_length=200, help_text="The metric name, exactly as in /metric-names/ (required)."
    )
    ordering = StableOrderingFilter(fields=OBSERVATION_ORDERING)

    class Meta:
        model = Metric
        fields = {**METRIC_VALUE_FIELDS, **REPORT_DIMENSION_FIELDS}


class MetricFrameFilterSet(MetricSeriesFilterSet):
    year = IntegerFilter(
        field_name="report__year", required=True, min_value=1949, max_value=2100, help_text="The reports' year."
    )

    class Meta:
        model = Metric
        fields = {
            **METRIC_VALUE_FIELDS,
            **{name: lookups for name, lookups in REPORT_DIMENSION_FIELDS.items() if name != "report__year"},
        }
