"""Base viewset of every list/detail resource: strict query parameters, sparse fieldsets, cursor switch.

Allowed parameters come from the pieces that read them (the FilterSet's filters, the paginator,
`fields`/`omit`, `format`) plus `extra_query_params`, which later features extend (e.g. `facets`,
`count`). Anything else, and any parameter given twice, is a 400 naming it.
"""

from __future__ import annotations

from typing import Any

from rest_framework import viewsets
from rest_framework.request import Request
from rest_framework.serializers import BaseSerializer

from .exceptions import QueryParameterError
from .fieldsets import FIELDSET_PARAMS, Fieldset, requested_fieldset

LIST_ACTIONS = frozenset({"list"})
COMMON_PARAMS = frozenset({"format"})
READ_METHODS = frozenset({"GET", "HEAD"})


class ApiReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    cursor_pagination = False  # True: `?cursor=` keyset pages ordered by id
    extra_query_params: dict[str, frozenset[str]] = {}  # action → additional parameter names

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        self.check_query_params(request)
        self.read_options(request)
        self.fieldset = requested_fieldset(request, self.serializer_field_names())

    def read_options(self, request: Request) -> None:
        """Read view-specific parameters (e.g. `expand`) before the fieldset is checked against the fields."""

    def allowed_query_params(self) -> set[str]:
        allowed = set(COMMON_PARAMS) | set(self.extra_query_params.get(self.action, ()))
        if self.request.method in READ_METHODS:
            allowed |= set(FIELDSET_PARAMS)
        if self.action in LIST_ACTIONS:
            allowed |= set(self.filterset_class.base_filters) if self.filterset_class else set()
            allowed |= self.paginator.query_params(self) if self.paginator else set()
        return allowed

    def check_query_params(self, request: Request) -> None:
        allowed = self.allowed_query_params()
        errors = {
            name: ["Unknown query parameter."] if name not in allowed else [_REPEATED]
            for name in request.query_params
            if name not in allowed or len(request.query_params.getlist(name)) > 1
        }
        unknown = sorted(set(errors) - allowed)
        if unknown:
            message = f"Unknown query parameter(s): {', '.join(unknown)}. Allowed here: {', '.join(sorted(allowed))}."
            raise QueryParameterError(errors, message, code="unknown_parameter")
        if errors:
            raise QueryParameterError(errors, f"Repeated query parameter(s): {', '.join(sorted(errors))}.", "repeated")

    def serializer_options(self) -> dict[str, Any]:
        """Extra serializer arguments decided by the request (e.g. what `expand` embeds)."""
        return {}

    def serializer_field_names(self) -> list[str]:
        serializer = self.get_serializer_class()(context=self.get_serializer_context(), **self.serializer_options())
        return list(serializer.fields)

    def get_serializer(self, *args: Any, **kwargs: Any) -> BaseSerializer:
        kwargs.setdefault("fieldset", getattr(self, "fieldset", Fieldset()))
        return super().get_serializer(*args, **self.serializer_options(), **kwargs)


_REPEATED = "Given more than once; pass several values as one comma-separated `__in` list."
