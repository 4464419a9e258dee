"""What the database holds, as comparable values: every field but ids and clock times, links by natural key."""

from __future__ import annotations

from apps.reports.models import Metric, PlanItem, Report, Section, SelfCriticismItem, SourceDocument

MODELS = (SourceDocument, Report, Section, Metric, SelfCriticismItem, PlanItem)
CLOCK_FIELDS = {"created_at", "updated_at"}
# A foreign key compared by what identifies its target, since ids differ between two loads.
NATURAL_KEYS = {
    "source": ["source__sha256"],
    "report": ["report__source__sha256", "report__index"],
    "section": ["section__path"],
    "parent": ["parent__path"],
}


def stored_rows() -> dict[str, list[tuple]]:
    """Every stored row of the report tables, sorted, keyed by model name."""
    return {model.__name__: sorted(model.objects.values_list(*_columns(model)), key=repr) for model in MODELS}


def row_counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def _columns(model) -> list[str]:
    columns: list[str] = []
    for field in model._meta.concrete_fields:
        if not field.primary_key and field.name not in CLOCK_FIELDS:
            columns.extend(NATURAL_KEYS.get(field.name, [field.name]))
    return columns
