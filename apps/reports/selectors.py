"""Reads: every queryset the API serves, with its joins, prefetches and a fixed, total ordering.

Each list orders by a stable key ending in `id`, so equal sort values never shuffle between pages.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count, IntegerField, OuterRef, Prefetch, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from .models import Metric, PlanItem, Report, Section, SelfCriticismItem

REPORT_CHILDREN = ("sections", "metrics", "self_criticisms", "plans")


def _child_count(model: type[Metric | Section | SelfCriticismItem | PlanItem]) -> Coalesce:
    per_report = model.objects.filter(report=OuterRef("pk")).order_by().values("report").annotate(n=Count("*"))
    return Coalesce(Subquery(per_report.values("n"), output_field=IntegerField()), Value(0))


SOURCE_TEXTS = ("source__raw_text", "source__cleaned_text")


def report_list() -> QuerySet[Report]:
    """Reports with their source (its name and hash; its texts, hundreds of KB shared by every report of a
    compilation, stay in the database) and the size of each part, in id order."""
    return (
        Report.objects.select_related("source")
        .defer(*SOURCE_TEXTS)
        .annotate(
            section_count=_child_count(Section),
            metric_count=_child_count(Metric),
            self_criticism_count=_child_count(SelfCriticismItem),
            plan_count=_child_count(PlanItem),
        )
        .order_by("id")
    )


def section_list() -> QuerySet[Section]:
    """Sections in document order within each report."""
    return Section.objects.select_related("report").order_by("report_id", "span_start", "level", "id")


def metric_list() -> QuerySet[Metric]:
    return Metric.objects.select_related("report", "section").order_by("report_id", "ordinal", "id")


def self_criticism_list() -> QuerySet[SelfCriticismItem]:
    return SelfCriticismItem.objects.select_related("report", "section").order_by("report_id", "ordinal", "id")


def plan_list() -> QuerySet[PlanItem]:
    return PlanItem.objects.select_related("report", "section").order_by("report_id", "ordinal", "id")


def _children_of_report() -> dict[str, QuerySet]:
    return {
        "sections": Section.objects.order_by("span_start", "level", "id"),
        "metrics": Metric.objects.select_related("section").order_by("ordinal", "id"),
        "self_criticisms": SelfCriticismItem.objects.select_related("section").order_by("ordinal", "id"),
        "plans": PlanItem.objects.select_related("section").order_by("ordinal", "id"),
    }


def report_with_children(children: Iterable[str]) -> QuerySet[Report]:
    """Reports with the named children (see REPORT_CHILDREN) prefetched: one extra query per child table."""
    querysets = _children_of_report()
    return report_list().prefetch_related(*(Prefetch(name, queryset=querysets[name]) for name in children))


def report_outline(report: Report) -> list[Section]:
    """The report's section tree (roots in document order), one query per table.

    Each section carries `outline_children`, `outline_metrics`, `outline_self_criticisms` and
    `outline_plans`, lists in document order.
    """
    sections = list(
        _children_of_report()["sections"]
        .filter(report=report)
        .prefetch_related(
            *(
                Prefetch(name, queryset=queryset, to_attr=f"outline_{name}")
                for name, queryset in _children_of_report().items()
                if name != "sections"
            )
        )
    )
    by_id = {section.id: section for section in sections}
    roots: list[Section] = []
    for section in sections:
        section.outline_children = []
    for section in sections:
        siblings = roots if section.parent_id is None else by_id[section.parent_id].outline_children
        siblings.append(section)
    return roots
