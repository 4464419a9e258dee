"""GET /api/v1/stats/: totals and facet counts across every table, for the reports the filters select."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_serializer
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from apps.reports import selectors as report_selectors
from apps.reports.choices import Theme
from apps.reports.models import Metric, PlanItem, Report, Section, SelfCriticismItem

from . import selectors
from .facets import REPORT_DIMENSIONS, FacetSpec, facet_counts
from .filters import ReportStatsFilterSet
from .renderers import ORJSONRenderer
from .serializers import ApiSerializer
from .viewsets import ApiListViewSet


def _parts(model: type) -> Callable[[QuerySet[Report]], QuerySet]:
    return lambda reports: model.objects.filter(report__in=reports.order_by().values("pk"))


def _reports(reports: QuerySet[Report]) -> QuerySet[Report]:
    return reports


# name → (rows it counts, given the filtered reports; what it counts)
STATS_FACETS: dict[str, tuple[Callable[[QuerySet[Report]], QuerySet], FacetSpec]] = {
    **{name: (_reports, FacetSpec(name)) for name in REPORT_DIMENSIONS},
    "section_theme": (_parts(Section), FacetSpec("themes", choices=tuple(Theme.values))),
    "section_kind": (_parts(Section), FacetSpec("kind")),
    "self_criticism_category": (_parts(SelfCriticismItem), FacetSpec("category")),
    "plan_category": (_parts(PlanItem), FacetSpec("category")),
    "metric_unit": (_parts(Metric), FacetSpec("unit")),
    "metric_kind": (_parts(Metric), FacetSpec("kind")),
    "metric_masked": (_parts(Metric), FacetSpec("masked")),
}


class FacetValueSerializer(serializers.Serializer):
    value = serializers.JSONField(help_text="A value of the field (null for unknown), as its filter takes it.")
    count = serializers.IntegerField()


class FacetSerializer(serializers.Serializer):
    values = FacetValueSerializer(many=True, help_text="The most frequent values first (at most 100).")
    truncated = serializers.BooleanField(help_text="More values exist than listed.")
    timed_out = serializers.BooleanField(help_text="Not counted within the request's facet time budget.")


class TotalsSerializer(serializers.Serializer):
    reports = serializers.IntegerField()
    sections = serializers.IntegerField()
    metrics = serializers.IntegerField()
    self_criticisms = serializers.IntegerField()
    plans = serializers.IntegerField()


@extend_schema_serializer(many=False)
class StatsSerializer(ApiSerializer):
    totals = TotalsSerializer(help_text="The selected reports and how many parts they hold.")
    facets = serializers.DictField(child=FacetSerializer(), help_text="Facet name → counts.")


class StatsViewSet(ApiListViewSet):
    """Totals and facets (year, period, report type, org level, speaker, section theme and kind,
    self-criticism and plan category, metric unit, kind and masked) over the reports the report filters
    select; `facets=` picks some (default: all)."""

    queryset = report_selectors.report_list()
    serializer_class = StatsSerializer
    filterset_class = ReportStatsFilterSet
    renderer_classes = [ORJSONRenderer]
    exportable = False
    pagination_class = None
    facets = {name: spec for name, (_, spec) in STATS_FACETS.items()}

    @extend_schema(summary="Totals and facet counts over the selected reports")
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        reports = self.filter_queryset(self.get_queryset())
        names = self.facet_names or tuple(STATS_FACETS)
        facets = facet_counts({name: (STATS_FACETS[name][0](reports), STATS_FACETS[name][1]) for name in names})
        body = {"totals": selectors.report_totals(reports), "facets": facets}
        return Response(self.get_serializer(body).data)
