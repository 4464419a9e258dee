"""Metric observations as flat rows: one name over reports and years (series), one name across the reports of
one year (frames, as XBRL's, but filterable by the report dimensions), and the full dump for nightly pulls.

Masked figures stay in: `value` null with `masked: true`, never 0.
"""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers

from apps.reports.choices import OrgLevel, Period, ReportType, SectionKind, Speaker
from apps.reports.models import Metric

from . import selectors
from .facets import METRIC_FACETS
from .filters import MetricFilterSet, MetricFrameFilterSet, MetricSeriesFilterSet
from .links import LinkField, RelatedLinkField
from .renderers import CSVRenderer
from .serializers import SPAN_FIELDS, ApiModelSerializer
from .viewsets import ApiListViewSet


class MetricObservationSerializer(ApiModelSerializer):
    """A metric with its report's dimensions and its provenance (section, sentence, offsets), flat."""

    url = LinkField(view_name="api:v1:metric-detail")
    year = serializers.IntegerField(source="report.year", allow_null=True)
    report_period = serializers.ChoiceField(source="report.period", choices=Period.choices)
    report_url = RelatedLinkField(source="report", view_name="api:v1:report-detail", read_only=True)
    display_title = serializers.CharField(source="report.display_title")
    report_type = serializers.ChoiceField(source="report.report_type", choices=ReportType.choices)
    org_level = serializers.ChoiceField(source="report.org_level", choices=OrgLevel.choices)
    org_name = serializers.CharField(source="report.org_name", allow_null=True)
    speaker = serializers.ChoiceField(source="report.speaker", choices=Speaker.choices)
    section_path = serializers.CharField(source="section.path")
    section_kind = serializers.ChoiceField(source="section.kind", choices=SectionKind.choices)

    class Meta:
        model = Metric
        fields = (
            "id",
            "url",
            "name",
            "year",
            "report_period",
            "period",
            "value",
            "raw_value",
            "unit",
            "masked",
            "normalized_value",
            "base_unit",
            "kind",
            "bound",
            "rank_scope",
            "year_on_year",
            "report",
            "report_url",
            "display_title",
            "report_type",
            "org_level",
            "org_name",
            "speaker",
            "section",
            "section_path",
            "section_kind",
            "sentence",
            *SPAN_FIELDS,
        )


class ObservationViewSet(ApiListViewSet):
    queryset = selectors.metric_observations()
    serializer_class = MetricObservationSerializer
    facets = METRIC_FACETS


@extend_schema_view(list=extend_schema(summary="One metric over reports and years"))
class MetricSeriesViewSet(ObservationViewSet):
    """Every occurrence of one metric name (`name=`, exact), by year, report and position in the text.

    Narrow with `unit=` (a name often carries a level in 亿元 and a growth in %), `kind=` and the report
    dimensions (`report__org_level=`, `report__report_type=`, …).
    """

    filterset_class = MetricSeriesFilterSet
    export_name = "metric-series"


@extend_schema_view(list=extend_schema(summary="One metric across the reports of one year"))
class MetricFrameViewSet(ObservationViewSet):
    """One row per report of year `year=` for metric `name=`: the report's most specific figure for it.

    Most specific: a reported fact (achievement section, preamble) before a target (plan section),
    then the period closest to the whole year (全年, empty, 2023年 before 截至目前 before 前三季度/1-5月份),
    then a known value before a masked one, then the first mention. Give `unit=` for like-for-like rows.
    """

    filterset_class = MetricFrameFilterSet
    export_name = "metric-frames"

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        matching = super().filter_queryset(queryset)
        return selectors.best_per_report(matching).order_by(*matching.query.order_by)


@extend_schema_view(list=extend_schema(summary="All metrics as one streamed CSV (nightly dump)"))
class MetricDumpViewSet(ObservationViewSet):
    """Every metric with its report's dimensions and provenance, streamed as CSV in id order; the metric
    filters and `fields=`/`omit=` apply, `bom=1` adds a byte-order mark."""

    queryset = selectors.metric_observations().order_by("id")
    filterset_class = MetricFilterSet
    renderer_classes = [CSVRenderer]
    exportable = False
    pagination_class = None
    facets = {}
    export_name = "metrics"
