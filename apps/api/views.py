"""The read-only resources: reports (with expand and outline), sections, metrics and items."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import routers
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse

from apps.reports import selectors
from apps.reports.selectors import REPORT_CHILDREN

from . import filters, serializers
from .facets import ITEM_FACETS, METRIC_FACETS, REPORT_FACETS, SECTION_FACETS
from .fieldsets import comma_list
from .ingest import ReportIngestMixin
from .viewsets import ApiReadOnlyViewSet, MethodCheckedFirst

EXPAND_PARAMETER = OpenApiParameter(
    "expand",
    OpenApiTypes.STR,
    many=True,
    explode=False,
    enum=REPORT_CHILDREN,
    description="Children to embed, comma-separated: " + ", ".join(REPORT_CHILDREN) + ".",
)


class ApiRootView(MethodCheckedFirst, routers.APIRootView):
    """/api/v1/: every resource, and the metric dump, the schema and the docs, so all can be found from here."""

    LINKS = {"export/metrics.csv": "api:v1:export-metrics", "schema": "api:v1:schema", "docs": "api:docs"}

    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        response = super().get(request, *args, **kwargs)
        for name, view_name in self.LINKS.items():
            response.data[name] = reverse(view_name, request=request)
        return response


@extend_schema_view(
    list=extend_schema(summary="List reports"),
    retrieve=extend_schema(summary="One report", parameters=[EXPAND_PARAMETER]),
)
class ReportViewSet(ReportIngestMixin, ApiReadOnlyViewSet):
    """Work reports: one row per report, a compilation source giving several."""

    serializer_class = serializers.ReportSerializer
    filterset_class = filters.ReportFilterSet
    facets = REPORT_FACETS
    export_name = "reports"
    extra_query_params = {"retrieve": frozenset({"expand"}), **ReportIngestMixin.extra_query_params}
    expand: frozenset[str] = frozenset()

    def get_queryset(self) -> QuerySet:
        if self.action == "retrieve":
            return selectors.report_with_children(self.expand)
        return selectors.report_list()

    def get_serializer_class(self) -> type:
        if self.action == "retrieve":
            return serializers.ReportDetailSerializer
        if self.action == "outline":
            return serializers.ReportOutlineSerializer
        return super().get_serializer_class()

    def serializer_field_names(self) -> list[str]:
        names = super().serializer_field_names()
        # `fields=sections` is valid on detail even when sections are not expanded (it then selects nothing).
        return [*names, *(c for c in REPORT_CHILDREN if c not in names)] if self.action == "retrieve" else names

    def read_options(self, request: Request) -> None:
        self.expand = requested_expand(request) if self.action == "retrieve" else frozenset()

    def serializer_options(self) -> dict[str, Any]:
        if self.action != "retrieve":
            return {}
        # The schema documents every expandable field; a request gets the ones it named.
        return {"expand": frozenset(REPORT_CHILDREN) if getattr(self, "swagger_fake_view", False) else self.expand}

    @extend_schema(summary="A report's section tree, each section with its metrics and items")
    @action(detail=True, methods=["get"], filterset_class=None)
    def outline(self, request: Request, pk: str | None = None) -> Response:
        report = self.get_object()
        report.outline_sections = selectors.report_outline(report)
        return Response(self.get_serializer(report).data)


def requested_expand(request: Request) -> frozenset[str]:
    names = comma_list(request, "expand") or []
    unknown = sorted(set(names) - set(REPORT_CHILDREN))
    if unknown:
        raise ValidationError({"expand": [f"Unknown: {', '.join(unknown)}. Available: {', '.join(REPORT_CHILDREN)}."]})
    return frozenset(names)


class SectionViewSet(ApiReadOnlyViewSet):
    """Outline nodes: level 1 `一、`, level 2 `（一）`, level 3 `一是`."""

    queryset = selectors.section_list()
    serializer_class = serializers.SectionSerializer
    filterset_class = filters.SectionFilterSet
    cursor_pagination = True
    facets = SECTION_FACETS
    export_name = "sections"


class MetricViewSet(ApiReadOnlyViewSet):
    """Quantities bound to a named indicator; masked values (XX, *) are null, never 0."""

    queryset = selectors.metric_list()
    serializer_class = serializers.MetricSerializer
    filterset_class = filters.MetricFilterSet
    cursor_pagination = True
    facets = METRIC_FACETS
    export_name = "metrics"


class SelfCriticismItemViewSet(ApiReadOnlyViewSet):
    """Shortcomings the reports admit to, one per item, with a category."""

    queryset = selectors.self_criticism_list()
    serializer_class = serializers.SelfCriticismItemSerializer
    filterset_class = filters.SelfCriticismItemFilterSet
    facets = ITEM_FACETS
    export_name = "self-criticisms"


class PlanItemViewSet(ApiReadOnlyViewSet):
    """What the reports pledge to do next, one per item, with a theme."""

    queryset = selectors.plan_list()
    serializer_class = serializers.PlanItemSerializer
    filterset_class = filters.PlanItemFilterSet
    facets = ITEM_FACETS
    export_name = "plans"
