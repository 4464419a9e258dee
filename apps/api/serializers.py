"""Read-only representations. Nesting is opt-in: `?expand=` on report detail, and the outline."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from apps.reports.models import Metric, PlanItem, Report, Section, SelfCriticismItem

from .fieldsets import SparseFieldsetMixin
from .links import LinkField

SPAN_FIELDS = ("span_start", "span_end")


class SubstitutionSerializer(serializers.Serializer):
    original = serializers.CharField(help_text="As published, e.g. D.")
    restored = serializers.CharField(help_text="Restored form, e.g. 党.")
    count = serializers.IntegerField()


class ReportBriefSerializer(serializers.ModelSerializer):
    """The report's dimensions, embedded in every child row so a pull needs no second request."""

    url = LinkField(view_name="api:v1:report-detail")

    class Meta:
        model = Report
        fields = ("id", "url", "display_title", "year", "period", "report_type", "org_level", "org_name", "speaker")


class ReadOnlyFieldsMixin:
    """Read-only, and (with `fields`/`omit`) any field may be absent, so none is marked required."""

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        for field in fields.values():
            field.read_only, field.required = True, False
        return fields


class ApiModelSerializer(ReadOnlyFieldsMixin, SparseFieldsetMixin, serializers.ModelSerializer):
    pass


class ApiSerializer(ReadOnlyFieldsMixin, SparseFieldsetMixin, serializers.Serializer):
    """A read-only representation of computed rows (aggregates), with sparse fieldsets."""


class SectionSerializer(ApiModelSerializer):
    url = LinkField(view_name="api:v1:section-detail")
    report = ReportBriefSerializer(read_only=True)

    class Meta:
        model = Section
        fields = (
            "id",
            "url",
            "report",
            "parent",
            "path",
            "level",
            "ordinal",
            "label",
            "heading",
            "body",
            "kind",
            "themes",
            *SPAN_FIELDS,
        )


class ReportChildSerializer(ApiModelSerializer):
    """A row inside a report's section: carries the report's dimensions and the section's path."""

    report = ReportBriefSerializer(read_only=True)
    section_path = serializers.CharField(source="section.path", read_only=True)


class MetricSerializer(ReportChildSerializer):
    url = LinkField(view_name="api:v1:metric-detail")

    class Meta:
        model = Metric
        fields = (
            "id",
            "url",
            "report",
            "section",
            "section_path",
            "ordinal",
            "name",
            "raw_value",
            "value",
            "masked",
            "unit",
            "normalized_value",
            "base_unit",
            "kind",
            "bound",
            "period",
            "rank_scope",
            "year_on_year",
            "sentence",
            *SPAN_FIELDS,
        )


ITEM_FIELDS = ("id", "url", "report", "section", "section_path", "ordinal", "text", "category", *SPAN_FIELDS)


class SelfCriticismItemSerializer(ReportChildSerializer):
    url = LinkField(view_name="api:v1:selfcriticismitem-detail")

    class Meta:
        model = SelfCriticismItem
        fields = ITEM_FIELDS


class PlanItemSerializer(ReportChildSerializer):
    url = LinkField(view_name="api:v1:planitem-detail")

    class Meta:
        model = PlanItem
        fields = ITEM_FIELDS


def _embedded(serializer: type[ApiModelSerializer], drop: tuple[str, ...]) -> type[ApiModelSerializer]:
    """The same representation without the fields the enclosing report already gives."""
    meta = type("Meta", (serializer.Meta,), {"fields": tuple(f for f in serializer.Meta.fields if f not in drop)})
    name = f"Embedded{serializer.__name__}"
    return type(name, (serializer,), {"Meta": meta, "__doc__": f"{serializer.Meta.model.__name__} inside a report."})


# Inside a report, the report is known and the section is the enclosing node or given by id.
EmbeddedSectionSerializer = _embedded(SectionSerializer, ("report",))
EmbeddedMetricSerializer = _embedded(MetricSerializer, ("report",))
EmbeddedSelfCriticismItemSerializer = _embedded(SelfCriticismItemSerializer, ("report",))
EmbeddedPlanItemSerializer = _embedded(PlanItemSerializer, ("report",))


class ReportSerializer(ApiModelSerializer):
    url = LinkField(view_name="api:v1:report-detail")
    outline_url = LinkField(view_name="api:v1:report-outline")
    source_name = serializers.CharField(source="source.file_name", read_only=True)
    source_sha256 = serializers.CharField(source="source.sha256", read_only=True)
    substitutions = SubstitutionSerializer(many=True, read_only=True)
    section_count = serializers.IntegerField(read_only=True)
    metric_count = serializers.IntegerField(read_only=True)
    self_criticism_count = serializers.IntegerField(read_only=True)
    plan_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Report
        fields = (
            "id",
            "url",
            "outline_url",
            "source",
            "source_name",
            "source_sha256",
            "index",
            "title",
            "display_title",
            "year",
            "period",
            "report_type",
            "org_level",
            "org_name",
            "speaker",
            "preamble",
            "closing",
            "substitutions",
            "section_count",
            "metric_count",
            "self_criticism_count",
            "plan_count",
            *SPAN_FIELDS,
            "created_at",
            "updated_at",
        )


class ReportDetailSerializer(ReportSerializer):
    """A report with the children named in `?expand=` embedded (each absent unless expanded)."""

    sections = EmbeddedSectionSerializer(many=True, read_only=True)
    metrics = EmbeddedMetricSerializer(many=True, read_only=True)
    self_criticisms = EmbeddedSelfCriticismItemSerializer(many=True, read_only=True)
    plans = EmbeddedPlanItemSerializer(many=True, read_only=True)

    class Meta(ReportSerializer.Meta):
        fields = (*ReportSerializer.Meta.fields, "sections", "metrics", "self_criticisms", "plans")

    def __init__(self, *args: Any, expand: frozenset[str] = frozenset(), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("sections", "metrics", "self_criticisms", "plans"):
            if name not in expand:
                self.fields.pop(name, None)


class OutlineSectionSerializer(EmbeddedSectionSerializer):
    """A section node with its own metrics and items, and its child nodes."""

    metrics = EmbeddedMetricSerializer(source="outline_metrics", many=True, read_only=True)
    self_criticisms = EmbeddedSelfCriticismItemSerializer(source="outline_self_criticisms", many=True, read_only=True)
    plans = EmbeddedPlanItemSerializer(source="outline_plans", many=True, read_only=True)

    class Meta(EmbeddedSectionSerializer.Meta):
        fields = (*EmbeddedSectionSerializer.Meta.fields, "metrics", "self_criticisms", "plans")  # + children

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        fields["children"] = OutlineSectionSerializer(source="outline_children", many=True, read_only=True)
        return fields


class ReportOutlineSerializer(ReportSerializer):
    """The report with its whole section tree; each node carries its metrics and items."""

    sections = OutlineSectionSerializer(source="outline_sections", many=True, read_only=True)

    class Meta(ReportSerializer.Meta):
        fields = (*ReportSerializer.Meta.fields, "sections")


class StrictCharField(serializers.CharField):
    """A JSON string only: DRF's CharField would turn 42 or true into text."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class IngestRequestSerializer(serializers.Serializer):
    text = StrictCharField(trim_whitespace=False, help_text="The raw report text, UTF-8.")
    source_name = StrictCharField(
        max_length=255, required=False, help_text="A name for the source (e.g. its file name)."
    )


class SourceDocumentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    file_name = serializers.CharField()
    sha256 = serializers.CharField()
    created_at = serializers.DateTimeField()


class IngestResultSerializer(serializers.Serializer):
    created = serializers.BooleanField(help_text="False when the same text (by SHA-256) was already stored.")
    source = SourceDocumentSerializer()
    reports = ReportSerializer(many=True)
