"""GET /api/v1/metric-names/: the catalogue of metric names, as XBRL's concept list, with filters."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers
from rest_framework.reverse import reverse
from rest_framework.utils.urls import replace_query_param

from apps.reports.choices import MetricKind

from . import selectors
from .filters import MetricNameFilterSet
from .serializers import ApiSerializer
from .viewsets import ApiListViewSet


class MetricNameSerializer(ApiSerializer):
    name = serializers.CharField()
    count = serializers.IntegerField(help_text="Metrics of this name (among those the filters select).")
    report_count = serializers.IntegerField(help_text="Reports holding at least one.")
    masked_count = serializers.IntegerField(help_text="Of which masked or deleted (value null).")
    masked_share = serializers.FloatField(help_text="masked_count / count, 0 to 1, four decimals.")
    units = serializers.ListField(child=serializers.CharField(), help_text="Units seen, sorted.")
    kinds = serializers.ListField(child=serializers.ChoiceField(choices=MetricKind.choices), help_text="Kinds seen.")
    years = serializers.ListField(child=serializers.IntegerField(), help_text="Report years seen (known ones).")
    series_url = serializers.SerializerMethodField(help_text="This name's series.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_series_url(self, row: dict) -> str:
        base = reverse("api:v1:metric-series-list", request=self.context.get("request"))
        return replace_query_param(base, "name", row["name"])


@extend_schema_view(list=extend_schema(summary="Catalogue of metric names"))
class MetricNameViewSet(ApiListViewSet):
    """Every metric name with how often it occurs, its units, kinds and years and how often it is masked.

    Filters select the metric rows counted (`unit=亿元` counts only figures in 亿元); `count__gte` keeps
    names counted at least that often. Ordered by count (most frequent first), then name.
    """

    queryset = selectors.metric_name_catalogue()
    serializer_class = MetricNameSerializer
    filterset_class = MetricNameFilterSet
    export_name = "metric-names"
