"""Facet counts (`?facets=unit,kind` on a list, and `/stats/`): how the filtered rows spread over a field.

Each facet is one GROUP BY over the same filtered queryset the list pages through, so it honours
every filter. Facets are optional extras: together they get API_FACET_BUDGET_MS, and a facet that
does not finish in time comes back `timed_out` instead of stalling the request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from apps.reports.choices import Theme

from .fieldsets import comma_list
from .timeouts import within_budget

FACETS_PARAM = "facets"
FACET_VALUES_LIMIT = 100  # values per facet, the most frequent first
FACET_SCHEMA = {
    "type": "object",
    "properties": {
        "values": {
            "type": "array",
            "description": f"The most frequent values first (at most {FACET_VALUES_LIMIT}).",
            "items": {
                "type": "object",
                "properties": {
                    "value": {"description": "As the filter of the same name takes it; null: unknown."},
                    "count": {"type": "integer"},
                },
            },
        },
        "truncated": {"type": "boolean", "description": "More values exist than listed."},
        "timed_out": {"type": "boolean", "description": "Not counted within the request's facet time budget."},
    },
}


@dataclass(frozen=True)
class FacetSpec:
    """What a facet counts: rows per value of `field`, or for an array column, rows holding each of `choices`."""

    field: str
    choices: tuple[str, ...] = ()

    def values(self, queryset: QuerySet) -> list[dict[str, Any]]:
        if self.choices:
            return self._array_values(queryset)
        grouped = queryset.order_by().values(self.field).annotate(count=Count("pk")).order_by("-count", self.field)
        return [{"value": row[self.field], "count": row["count"]} for row in grouped[: FACET_VALUES_LIMIT + 1]]

    def _array_values(self, queryset: QuerySet) -> list[dict[str, Any]]:
        counts = queryset.order_by().aggregate(
            **{choice: Count("pk", filter=Q(**{f"{self.field}__contains": [choice]})) for choice in self.choices}
        )
        ranked = sorted(((count, value) for value, count in counts.items() if count), key=lambda c: (-c[0], c[1]))
        return [{"value": value, "count": count} for count, value in ranked]


REPORT_DIMENSIONS = ("year", "period", "report_type", "org_level", "speaker")
# On a report's parts, the report dimensions the part has no field of its own for go by their short name too.
SHORT_NAMES = ("year", "report_type", "org_level", "speaker")


def facet_specs(fields: Iterable[str], **special: FacetSpec) -> dict[str, FacetSpec]:
    """Facets named after the filter parameters they correspond to, so a value can be fed back as a filter."""
    return {**{field: FacetSpec(field) for field in fields}, **special}


def part_facet_specs(fields: Iterable[str], **special: FacetSpec) -> dict[str, FacetSpec]:
    """Facets of a report's part (section, metric, item): its own fields plus its report's dimensions."""
    dimensions = {f"report__{name}": FacetSpec(f"report__{name}") for name in REPORT_DIMENSIONS}
    short = {name: FacetSpec(f"report__{name}") for name in SHORT_NAMES}
    return {**facet_specs(fields, **special), **dimensions, **short}


def requested_facets(request: Request, available: dict[str, FacetSpec]) -> tuple[str, ...]:
    names = comma_list(request, FACETS_PARAM) or []
    unknown = sorted(set(names) - set(available))
    if unknown:
        message = f"Unknown facet(s): {', '.join(unknown)}. Available: {', '.join(available)}."
        raise ValidationError({FACETS_PARAM: [message]})
    return tuple(dict.fromkeys(names))


def facet_counts(facets: dict[str, tuple[QuerySet, FacetSpec]]) -> dict[str, dict[str, Any]]:
    """{name: {"values": [{"value", "count"}], "truncated", "timed_out"}} for each (rows, spec), within the
    request's facet time budget."""
    tasks: dict[str, Callable[[], list]] = {name: _bound(spec, rows) for name, (rows, spec) in facets.items()}
    results = within_budget(tasks, settings.API_FACET_BUDGET_MS)
    return {name: facet_body(values) for name, values in results.items()}


def facet_body(values: list[dict[str, Any]] | None) -> dict[str, Any]:
    if values is None:
        return {"values": [], "truncated": False, "timed_out": True}
    truncated = len(values) > FACET_VALUES_LIMIT
    return {"values": values[:FACET_VALUES_LIMIT], "truncated": truncated, "timed_out": False}


def _bound(spec: FacetSpec, queryset: QuerySet) -> Callable[[], list]:
    return lambda: spec.values(queryset)


REPORT_FACETS = facet_specs(REPORT_DIMENSIONS)
SECTION_FACETS = part_facet_specs(("kind", "level"), themes=FacetSpec("themes", choices=tuple(Theme.values)))
METRIC_FACETS = part_facet_specs(
    ("unit", "base_unit", "kind", "masked", "period", "bound", "rank_scope", "year_on_year", "section__kind")
)
ITEM_FACETS = part_facet_specs(("category",))
