"""Filter building blocks shared by every FilterSet: lookup lists, strict value fields, `q=`, ordering.

Lookups follow Django's names (`exact`, `in`, `gte`, `lte`, `gt`, `lt`, `contains`, `isnull`) plus
NetBox's `n` (not in) on enum fields. Every value is validated: a bad one is a 400 naming the
parameter, never a silently ignored filter (django-filter's stock boolean filter drops
`masked=maybe`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import django_filters
from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, models
from django.db.models import Exists, F, OrderBy, OuterRef, Q, QuerySet
from django_filters import rest_framework as filters
from django_filters.filterset import FILTER_FOR_DBFIELD_DEFAULTS

ID_LOOKUPS = ["exact", "in"]
INTEGER_LOOKUPS = ["exact", "in", "gte", "lte", "gt", "lt"]
DECIMAL_LOOKUPS = ["exact", "gte", "lte", "gt", "lt", "isnull"]
ENUM_LOOKUPS = ["exact", "in", "n"]
TEXT_LOOKUPS = ["exact", "in", "contains"]
LONG_TEXT_LOOKUPS = ["contains"]
BOOLEAN_LOOKUPS = ["exact"]
DATETIME_LOOKUPS = ["gte", "lte"]
NULLABLE = ["isnull"]

# Filters on the report's dimensions, offered by every child resource.
REPORT_DIMENSION_FIELDS = {
    "report__year": INTEGER_LOOKUPS + NULLABLE,
    "report__period": ENUM_LOOKUPS,
    "report__report_type": ENUM_LOOKUPS,
    "report__org_level": ENUM_LOOKUPS,
    "report__speaker": ENUM_LOOKUPS,
}

LOOKUP_PHRASES = {
    "exact": "equals the value",
    "in": "is one of the comma-separated values",
    "n": "is none of the comma-separated values",
    "gte": "≥ the value",
    "lte": "≤ the value",
    "gt": "> the value",
    "lt": "< the value",
    "contains": "contains the text (case-insensitive)",
    "startswith": "starts with the text",
    "isnull": "is null (true) or not (false)",
}

DECIMAL_LIMIT = Decimal("1e30")  # far beyond any stored value; keeps numeric literals sane
SEARCH_MAX_LENGTH = 200


class StrictBooleanField(forms.Field):
    """`true`/`false` (or `1`/`0`); anything else is an error rather than "no filter"."""

    VALUES = {"true": True, "1": True, "false": False, "0": False}

    def to_python(self, value: Any) -> bool | None:
        if value in self.empty_values:
            return None
        try:
            return self.VALUES[str(value).strip().lower()]
        except KeyError:
            raise forms.ValidationError("Must be true or false.", code="invalid") from None


class StrictBooleanFilter(django_filters.BooleanFilter):
    """Plain text input: the REST flavour's widget turns unknown words into None before validation."""

    field_class = StrictBooleanField


class BoundedNumberFilter(filters.NumberFilter):
    """A number filter bounded by its field's own `min_value`/`max_value`; django-filter's extra 1e50 cap
    would only repeat the bound in a second, different message."""

    def get_max_validator(self) -> None:
        return None


class IntegerFilter(BoundedNumberFilter):
    field_class = forms.IntegerField


class ChoiceInFilter(filters.BaseInFilter, filters.ChoiceFilter):
    """A comma list of enum values, each checked against the choices (`in`, and `n` with exclude)."""


class ArrayContainsChoiceFilter(filters.ChoiceFilter):
    """Rows whose array column holds the given value (e.g. a section tagged with one theme)."""

    def filter(self, qs: QuerySet, value: str) -> QuerySet:
        if value in ("", None):
            return qs
        return qs.filter(**{f"{self.field_name}__contains": [value]})


class StableOrderingFilter(filters.OrderingFilter):
    """`ordering=year,-id`: a comma list of fields (`-` descends), always ending in a unique key (`id`, or
    `tie_breaker` for grouped rows) for a total order. Nulls (masked values, unknown years) come last either
    way: PostgreSQL puts them first when descending, so `ordering=-value` would open with every masked one."""

    def __init__(self, *args: Any, tie_breaker: str = "id", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tie_breaker = tie_breaker

    def filter(self, qs: QuerySet, value: list[str] | None) -> QuerySet:
        if not value:
            return qs
        ordering = [self.get_ordering_value(param) for param in value if param]
        if not any(term.lstrip("-") == self.tie_breaker for term in ordering):
            ordering.append(self.tie_breaker)
        return qs.order_by(*(_nulls_last(qs.model, term) for term in ordering))


def _nulls_last(model: type[models.Model], term: str) -> str | OrderBy:
    """`-value` → `value DESC NULLS LAST`; a column that holds no null keeps its plain (index-friendly) term."""
    name = term.removeprefix("-")
    if not _nullable(model, name):
        return term
    return F(name).desc(nulls_last=True) if term.startswith("-") else F(name).asc(nulls_last=True)


def _nullable(model: type[models.Model], path: str) -> bool:
    """Whether the column at `path` (`report__year`) may be null; an annotation is taken to be."""
    *relations, name = path.split("__")
    try:
        for relation in relations:
            model = model._meta.get_field(relation).related_model
        return model._meta.get_field(name).null
    except (FieldDoesNotExist, AttributeError):
        return True


class TextSearchFilter(filters.CharFilter):
    """`q=`: each whitespace-separated term must occur in one of `fields` or in a related row's `related` fields.

    Case-insensitive substring match (`ILIKE`) on the restored text, so `q=党建` finds text published as
    `D建`. The trigram GIN indexes serve terms of 3+ characters; shorter terms scan (still correct).
    """

    def __init__(self, *, fields: tuple[str, ...], related: dict[str, tuple[str, ...]] | None = None, **kwargs: Any):
        kwargs.setdefault("max_length", SEARCH_MAX_LENGTH)
        super().__init__(**kwargs)
        self.search_fields = fields
        self.related = related or {}

    def filter(self, qs: QuerySet, value: str) -> QuerySet:
        for term in (value or "").split():
            qs = qs.filter(self.term_condition(qs.model, term))
        return qs

    def term_condition(self, model: type[models.Model], term: str) -> Q:
        condition = _any_contains(self.search_fields, term)
        for relation, fields in self.related.items():
            rel = model._meta.get_field(relation)
            rows = rel.related_model._default_manager.filter(**{rel.field.name: OuterRef("pk")})
            condition |= Q(Exists(rows.filter(_any_contains(fields, term))))
        return condition


def _any_contains(fields: tuple[str, ...], term: str) -> Q:
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": term})
    return condition


def _integer_bounds(field: models.Field) -> dict[str, int]:
    low, high = connection.ops.integer_field_range(field.get_internal_type())
    return {"min_value": low, "max_value": high}


_INTEGER_FIELDS = (
    models.AutoField,
    models.BigAutoField,
    models.SmallIntegerField,
    models.IntegerField,
    models.BigIntegerField,
    models.PositiveSmallIntegerField,
    models.PositiveIntegerField,
    models.PositiveBigIntegerField,
)
API_FILTER_DEFAULTS = {
    **FILTER_FOR_DBFIELD_DEFAULTS,
    **{cls: {"filter_class": IntegerFilter, "extra": _integer_bounds} for cls in _INTEGER_FIELDS},
    models.ForeignKey: {"filter_class": IntegerFilter, "extra": lambda f: _integer_bounds(f.target_field)},
    models.DecimalField: {
        "filter_class": BoundedNumberFilter,
        "extra": lambda f: {"min_value": -DECIMAL_LIMIT, "max_value": DECIMAL_LIMIT},
    },
    models.BooleanField: {"filter_class": StrictBooleanFilter},
    models.DateTimeField: {"filter_class": filters.IsoDateTimeFilter},
}


class ApiFilterSet(filters.FilterSet):
    """Generates filters from `Meta.fields = {field: LOOKUPS}`: ids filter by integer (no existence
    query), enums validate every value, `contains` is case-insensitive, `n` excludes enum values."""

    FILTER_DEFAULTS = API_FILTER_DEFAULTS

    @classmethod
    def filter_for_field(cls, field: models.Field, field_name: str, lookup_expr: str | None = None) -> Any:
        if lookup_expr == "n":
            generated = ChoiceInFilter(field_name=field_name, lookup_expr="in", exclude=True, choices=field.choices)
        else:
            generated = super().filter_for_field(field, field_name, lookup_expr)
        if generated is not None:
            phrase = LOOKUP_PHRASES[lookup_expr or "exact"]
            generated.extra.setdefault("help_text", f"`{field_name.replace('__', '.')}` {phrase}.")
        return generated

    @classmethod
    def filter_for_lookup(cls, field: models.Field, lookup_type: str) -> tuple[type, dict]:
        if lookup_type == "in" and getattr(field, "choices", None):
            return ChoiceInFilter, {"choices": field.choices}
        if lookup_type == "isnull":
            return StrictBooleanFilter, {}
        if lookup_type == "contains":
            return filters.CharFilter, {"lookup_expr": "icontains"}
        return super().filter_for_lookup(field, lookup_type)
