"""Base viewsets of every list/detail resource: strict query parameters, sparse fieldsets, exports, facets.

Allowed parameters come from the pieces that read them (the FilterSet's filters, the paginator,
`fields`/`omit`, `format`, and on lists `facets` and `bom`) plus `extra_query_params`. Anything else,
and any parameter given twice, is a 400 naming it. Lists also answer in CSV and NDJSON
(`?format=csv`, `Accept: text/csv`), streamed row by row instead of paged.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpResponseBase
from rest_framework import mixins, viewsets
from rest_framework.exceptions import MethodNotAllowed
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer

from .exceptions import QueryParameterError
from .exports import BOM_PARAM, EXPORT_RENDERERS, export_response, read_export_options
from .facets import FACETS_PARAM, FacetSpec, facet_counts, requested_facets
from .fieldsets import FIELDSET_PARAMS, Fieldset, requested_fieldset
from .renderers import CSVRenderer, ORJSONRenderer, StreamRenderer

LIST_ACTIONS = frozenset({"list"})
COMMON_PARAMS = frozenset({"format"})
READ_METHODS = frozenset({"GET", "HEAD"})


class MethodCheckedFirst:
    """A method the resource lacks is a 405 for everyone, before authentication: an anonymous PUT answered
    with 401 would suggest that a token makes the resource writable."""

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        method = request.method.lower()
        if method not in self.http_method_names or not hasattr(self, method):
            raise MethodNotAllowed(request.method)
        super().initial(request, *args, **kwargs)


class ApiGenericViewSet(MethodCheckedFirst, viewsets.GenericViewSet):
    cursor_pagination = False  # True: `?cursor=` keyset pages ordered by id
    extra_query_params: dict[str, frozenset[str]] = {}  # action → additional parameter names
    facets: dict[str, FacetSpec] = {}  # `?facets=` names offered on the list, with what each counts
    exportable = True  # the list also streams CSV and NDJSON (beside its own `renderer_classes`)
    export_name = ""  # file name of CSV/NDJSON exports (without extension); default: the route's basename
    exporting = False
    bom = False
    facet_names: tuple[str, ...] = ()

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        self.check_query_params(request)
        self.read_options(request)
        self.fieldset = requested_fieldset(request, self.serializer_field_names())
        if self.action in LIST_ACTIONS:
            self.read_list_options(request)

    def read_options(self, request: Request) -> None:
        """Read view-specific parameters (e.g. `expand`) before the fieldset is checked against the fields."""

    def read_list_options(self, request: Request) -> None:
        self.exporting = isinstance(request.accepted_renderer, StreamRenderer)
        self.bom = read_export_options(request, self.exporting)
        self.facet_names = requested_facets(request, self.facets)

    def get_renderers(self) -> list[BaseRenderer]:
        renderers = super().get_renderers()
        if (
            self.action in LIST_ACTIONS
            and self.exportable
            and not any(isinstance(r, StreamRenderer) for r in renderers)
        ):
            renderers += [renderer() for renderer in EXPORT_RENDERERS]
        return renderers

    def allowed_query_params(self) -> set[str]:
        allowed = set(COMMON_PARAMS) | set(self.extra_query_params.get(self.action, ()))
        if self.request.method in READ_METHODS:
            allowed |= set(FIELDSET_PARAMS)
        if self.action in LIST_ACTIONS:
            allowed |= set(self.filterset_class.base_filters) if self.filterset_class else set()
            allowed |= self.paginator.query_params(self) if self.paginator else set()
            allowed |= {BOM_PARAM} if any(isinstance(r, CSVRenderer) for r in self.get_renderers()) else set()
            allowed |= {FACETS_PARAM} if self.facets else set()
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

    def finalize_response(self, request: Request, response: HttpResponseBase, *args: Any, **kwargs: Any) -> Any:
        """Errors are JSON in the error shape whatever format was asked for (a CSV of an error helps nobody)."""
        renderer = getattr(request, "accepted_renderer", None)  # None: the negotiation itself failed
        if isinstance(response, Response) and response.exception and not isinstance(renderer, ORJSONRenderer):
            request.accepted_renderer, request.accepted_media_type = ORJSONRenderer(), ORJSONRenderer.media_type
        return super().finalize_response(request, response, *args, **kwargs)


class ApiListViewSet(mixins.ListModelMixin, ApiGenericViewSet):
    """A list: paged JSON (with `facets=` counts when asked), or the whole result streamed as CSV/NDJSON."""

    def list(self, request: Request, *args: Any, **kwargs: Any) -> HttpResponseBase:
        queryset = self.filter_queryset(self.get_queryset())
        if self.exporting:
            return export_response(self, queryset)
        page = self.paginate_queryset(queryset)
        response = self.get_paginated_response(self.get_serializer(page, many=True).data)
        if self.facet_names:
            response.data["facets"] = facet_counts({name: (queryset, self.facets[name]) for name in self.facet_names})
        return response


class ApiReadOnlyViewSet(mixins.RetrieveModelMixin, ApiListViewSet):
    """A list and its rows' detail pages."""


_REPEATED = "Given more than once; pass several values as one comma-separated `__in` list."
