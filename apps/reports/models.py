"""The stored shape of a work report: a source text, its reports, their section tree, metrics and items.

Rows are written only by `apps.reports.services` from the extraction's dataclasses. Every span is a
pair of character offsets into the source document's cleaned text.
"""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import F, Q

from .choices import (
    CriticismCategory,
    MetricKind,
    OrgLevel,
    Period,
    ReportType,
    SectionKind,
    Speaker,
    Theme,
)


def trigram_index(model: str, field: str) -> GinIndex:
    """A GIN trigram index, so `q=` substring searches on Chinese text can use an index."""
    return GinIndex(fields=[field], name=f"{model}_{field}_trgm", opclasses=["gin_trgm_ops"])


class SpanMixin(models.Model):
    span_start = models.PositiveIntegerField(help_text="Offset of the first character in the cleaned text.")
    span_end = models.PositiveIntegerField(help_text="Offset after the last character in the cleaned text.")

    class Meta:
        abstract = True

    @classmethod
    def span_constraint(cls, name: str) -> models.CheckConstraint:
        return models.CheckConstraint(condition=Q(span_start__lte=F("span_end")), name=name)


class SourceDocument(models.Model):
    """One input text as received; a compilation is one source holding several reports."""

    file_name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the raw UTF-8 text.")
    raw_text = models.TextField()
    cleaned_text = models.TextField(help_text="Noise removed, substitutions restored; spans point here.")
    substitutions = models.JSONField(default=list, help_text="[{original, restored, count}] applied.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=Q(sha256__regex=r"^[0-9a-f]{64}$"), name="source_sha256_hex"),
        ]

    def __str__(self) -> str:
        return self.file_name


class Report(SpanMixin):
    """One report: a work summary, a duty report or a duty-and-integrity report."""

    source = models.ForeignKey(SourceDocument, on_delete=models.CASCADE, related_name="reports")
    index = models.PositiveSmallIntegerField(help_text="0-based position within the source document.")
    title = models.CharField(max_length=300, null=True, blank=True, help_text="As written; null if none.")
    display_title = models.CharField(max_length=300)
    year = models.PositiveSmallIntegerField(null=True, blank=True, db_index=True)
    period = models.CharField(max_length=16, choices=Period.choices, db_index=True)
    report_type = models.CharField(max_length=32, choices=ReportType.choices, db_index=True)
    org_level = models.CharField(max_length=16, choices=OrgLevel.choices, db_index=True)
    org_name = models.CharField(max_length=200, null=True, blank=True)
    speaker = models.CharField(max_length=16, choices=Speaker.choices, db_index=True)
    preamble = models.TextField(blank=True)
    closing = models.TextField(blank=True)
    substitutions = models.JSONField(default=list, help_text="Substitutions restored within this report.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "index"], name="report_unique_source_index"),
            SpanMixin.span_constraint("report_span_ordered"),
            models.CheckConstraint(condition=Q(year__gte=1949) & Q(year__lte=2100), name="report_year_range"),
        ]
        indexes = [
            models.Index(fields=["org_name"], name="report_org_name_idx"),
            trigram_index("report", "display_title"),
            trigram_index("report", "preamble"),
        ]

    def __str__(self) -> str:
        return self.display_title


class Section(SpanMixin):
    """A node of a report's outline: level 1 `一、`, level 2 `（一）`, level 3 `一是`."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="sections")
    parent = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True, related_name="children")
    path = models.CharField(max_length=32, help_text='Ordinals down the tree, e.g. "2.1.3"; preamble "0".')
    level = models.PositiveSmallIntegerField()
    ordinal = models.PositiveSmallIntegerField(help_text="Position among its siblings.")
    label = models.CharField(max_length=16, blank=True, help_text='Numbering as written: "一", "（一）", "一是".')
    heading = models.TextField(blank=True)
    body = models.TextField(blank=True)
    kind = models.CharField(max_length=16, choices=SectionKind.choices, db_index=True)
    themes = ArrayField(models.CharField(max_length=32, choices=Theme.choices), default=list, blank=True)

    class Meta:
        ordering = ["report_id", "span_start", "level"]
        constraints = [
            models.UniqueConstraint(fields=["report", "path"], name="section_unique_path"),
            models.UniqueConstraint(
                fields=["report", "parent", "ordinal"], name="section_unique_ordinal", nulls_distinct=False
            ),
            models.CheckConstraint(condition=Q(level__gte=1) & Q(level__lte=3), name="section_level_1_to_3"),
            SpanMixin.span_constraint("section_span_ordered"),
        ]
        indexes = [
            models.Index(fields=["level"], name="section_level_idx"),
            GinIndex(fields=["themes"], name="section_themes_gin"),
            trigram_index("section", "heading"),
            trigram_index("section", "body"),
        ]

    def __str__(self) -> str:
        return f"{self.path} {self.heading}"


class Metric(SpanMixin):
    """A quantity bound to a named indicator in one sentence of a report."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="metrics")
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="metrics")
    ordinal = models.PositiveIntegerField(help_text="Position within the report, in text order.")
    name = models.CharField(max_length=200)
    raw_value = models.CharField(max_length=64, blank=True, help_text='As written: "XX", "12.5", "" if deleted.')
    value = models.DecimalField(max_digits=28, decimal_places=6, null=True, blank=True)
    masked = models.BooleanField(help_text="The number is hidden (XX, *, …) or deleted.")
    unit = models.CharField(max_length=16, help_text="As written, e.g. 亿元, %, 万㎡.")
    normalized_value = models.DecimalField(max_digits=36, decimal_places=6, null=True, blank=True)
    base_unit = models.CharField(
        max_length=16,
        blank=True,
        help_text="Unit of normalized_value, set whenever the value is known: 元 or m² for scaled units, "
        "the unit itself for units without a scale (个, %); empty when the value is masked.",
    )
    kind = models.CharField(max_length=16, choices=MetricKind.choices)
    bound = models.CharField(
        max_length=8,
        blank=True,
        help_text="The bound as written, empty when exact: before the number 超过, 超, 逾, 突破, 达到, 近, 约, 不到, "
        "不足, 不超过, 不低于, 不少于; inside it 余, 多; after it 以上, 以下, 以内, 左右.",
    )
    period = models.CharField(max_length=32, blank=True, help_text="前三季度, 1-X月份, 上半年, … or empty.")
    rank_scope = models.CharField(max_length=16, blank=True, help_text="全省, 全市, … for ranks.")
    year_on_year = models.BooleanField(default=False)
    sentence = models.TextField()

    class Meta:
        ordering = ["report_id", "ordinal"]
        constraints = [
            models.UniqueConstraint(fields=["report", "ordinal"], name="metric_unique_ordinal"),
            models.CheckConstraint(condition=Q(masked=False) | Q(value__isnull=True), name="metric_masked_no_value"),
            models.CheckConstraint(
                condition=Q(value__isnull=False) | Q(normalized_value__isnull=True),
                name="metric_normalized_needs_value",
            ),
            SpanMixin.span_constraint("metric_span_ordered"),
        ]
        indexes = [
            models.Index(fields=["name"], name="metric_name_idx"),
            models.Index(fields=["unit"], name="metric_unit_idx"),
            models.Index(fields=["kind"], name="metric_kind_idx"),
            models.Index(fields=["masked"], name="metric_masked_idx"),
            models.Index(fields=["value"], name="metric_value_idx"),
            models.Index(fields=["period"], name="metric_period_idx"),
            models.Index(fields=["bound"], name="metric_bound_idx"),
            models.Index(fields=["normalized_value"], name="metric_normalized_value_idx"),
            models.Index(fields=["base_unit"], name="metric_base_unit_idx"),
            models.Index(fields=["rank_scope"], name="metric_rank_scope_idx"),
            models.Index(fields=["year_on_year"], name="metric_year_on_year_idx"),
            trigram_index("metric", "name"),
            trigram_index("metric", "sentence"),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.raw_value}{self.unit}"


class ReportItem(SpanMixin):
    """An enumerated item of a report passage: one shortcoming, or one plan."""

    ordinal = models.PositiveSmallIntegerField(help_text="Position within the report, from 1.")
    text = models.TextField()

    class Meta:
        abstract = True
        ordering = ["report_id", "ordinal"]

    def __str__(self) -> str:
        return self.text[:40]


class SelfCriticismItem(ReportItem):
    """One shortcoming the report admits to."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="self_criticisms")
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="self_criticisms")
    category = models.CharField(max_length=32, choices=CriticismCategory.choices, db_index=True)

    class Meta(ReportItem.Meta):
        constraints = [
            models.UniqueConstraint(fields=["report", "ordinal"], name="selfcriticism_unique_ordinal"),
            SpanMixin.span_constraint("selfcriticism_span_ordered"),
        ]
        indexes = [trigram_index("selfcriticism", "text")]


class PlanItem(ReportItem):
    """One thing the report pledges to do next."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="plans")
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="plans")
    category = models.CharField(max_length=32, choices=Theme.choices, db_index=True)

    class Meta(ReportItem.Meta):
        constraints = [
            models.UniqueConstraint(fields=["report", "ordinal"], name="planitem_unique_ordinal"),
            SpanMixin.span_constraint("planitem_span_ordered"),
        ]
        indexes = [trigram_index("planitem", "text")]
