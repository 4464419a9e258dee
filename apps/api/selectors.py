"""Reads of the integration endpoints (catalogue, series, frames, stats), on top of `apps.reports.selectors`.

Like those, each queryset has a fixed, total ordering, so pages and exports are stable.
"""

from __future__ import annotations

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import Case, Count, F, FloatField, IntegerField, Q, QuerySet, Sum, Value, When
from django.db.models.functions import Cast, Coalesce, Round

from apps.reports.choices import SectionKind
from apps.reports.models import Metric, Report

# How well a metric's period fits a report's year, best first (frames keep the best fit per report).
WHOLE_YEAR_PERIOD = r"^(|全年|全年度|今年|本年|年内|[0-9０-９xX×*]{4}年度?)$"
YEAR_TO_DATE_PERIOD = r"(截至|截止|以来|目前|至今)"
PART_YEAR_PERIOD = r"(季度|月|半年)"


def metric_name_catalogue() -> QuerySet:
    """One row per metric name: how often it occurs, in which units, kinds and years, how often masked.

    Filters given to it afterwards select metric rows (they go into WHERE), so each figure counts the
    matching metrics only; filters on the aggregates (`count__gte`) go into HAVING.
    """
    return (
        Metric.objects.values("name")
        .annotate(
            count=Count("pk"),
            report_count=Count("report", distinct=True),
            masked_count=Count("pk", filter=Q(masked=True)),
            masked_share=Round(Cast(Count("pk", filter=Q(masked=True)), FloatField()) / Count("pk"), 4),
            units=ArrayAgg("unit", distinct=True, order_by="unit"),
            kinds=ArrayAgg("kind", distinct=True, order_by="kind"),
            years=ArrayAgg(
                "report__year", distinct=True, order_by="report__year", filter=Q(report__year__isnull=False)
            ),
        )
        .order_by("-count", "name")
    )


def metric_observations() -> QuerySet[Metric]:
    """Metrics with their report's dimensions, by year (unknown last), report and position in the text."""
    return Metric.objects.select_related("report", "section").order_by(
        F("report__year").asc(nulls_last=True), "report_id", "ordinal", "id"
    )


def _period_fit() -> Case:
    return Case(
        When(period__regex=WHOLE_YEAR_PERIOD, then=Value(0)),
        When(period__regex=YEAR_TO_DATE_PERIOD, then=Value(1)),
        When(period__regex=PART_YEAR_PERIOD, then=Value(2)),
        default=Value(3),
        output_field=IntegerField(),
    )


def _reported_fact() -> Case:
    """Figures in achievement sections (and the preamble) are what happened; plan sections hold targets."""
    achieved = (SectionKind.ACHIEVEMENT, SectionKind.PREAMBLE)
    return Case(When(section__kind__in=achieved, then=Value(0)), default=Value(1), output_field=IntegerField())


def best_per_report(metrics: QuerySet[Metric]) -> QuerySet[Metric]:
    """The most specific of the given metrics in each report: a reported fact before a target, then the
    period that best fits the whole year, then a known value before a masked one, then the first mention."""
    best = (
        metrics.order_by("report_id", _reported_fact(), _period_fit(), "masked", "ordinal")
        .distinct("report_id")
        .values("pk")
    )
    return metric_observations().filter(pk__in=best)


def report_totals(reports: QuerySet[Report]) -> dict[str, int]:
    """How many reports, and how many of each part they hold, in one query over the (filtered) report list."""
    parts = ("section_count", "metric_count", "self_criticism_count", "plan_count")
    names = ("sections", "metrics", "self_criticisms", "plans")
    sums = {name: Coalesce(Sum(part), 0) for name, part in zip(names, parts, strict=True)}
    return reports.order_by().aggregate(reports=Count("pk"), **sums)
