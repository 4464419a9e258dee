"""Sparse fieldsets: `fields=` keeps only the named top-level fields, `omit=` drops some."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

FIELDSET_PARAMS = ("fields", "omit")


@dataclass(frozen=True)
class Fieldset:
    keep: frozenset[str] | None = None  # None: every field
    omit: frozenset[str] = frozenset()

    def includes(self, name: str) -> bool:
        return (self.keep is None or name in self.keep) and name not in self.omit


def comma_list(request: Request, name: str) -> list[str] | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    return [item.strip() for item in raw.split(",") if item.strip()]


def requested_fieldset(request: Request, available: Collection[str]) -> Fieldset:
    """Read `fields`/`omit` from the query, refusing names the resource does not have."""
    errors: dict[str, list[str]] = {}
    values: dict[str, frozenset[str] | None] = {}
    for param in FIELDSET_PARAMS:
        names = comma_list(request, param)
        unknown = sorted(set(names or ()) - set(available))
        if unknown:
            errors[param] = [f"Unknown field(s): {', '.join(unknown)}. Available: {', '.join(available)}."]
        values[param] = frozenset(names) if names else None  # `fields=` alone means no selection
    if errors:
        raise ValidationError(errors)
    return Fieldset(keep=values["fields"], omit=values["omit"] or frozenset())


class SparseFieldsetMixin:
    """Serializer mixin: `Serializer(..., fieldset=Fieldset(...))` renders only the chosen fields."""

    def __init__(self, *args: Any, fieldset: Fieldset | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if fieldset is not None:
            for name in [name for name in self.fields if not fieldset.includes(name)]:
                self.fields.pop(name)
