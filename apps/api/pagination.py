"""Pagination: page numbers with a count by default, `?cursor=` for stable pulls where a view allows it.

Bad values are a 400 naming the parameter (DRF silently falls back to the default page size, and
answers a malformed cursor with 404). Page-number lists count in the mode `count=` asks for
(`counting.py`); without an exact count, `next` is decided by reading one row past the page.
"""

from __future__ import annotations

import math
import re
from base64 import b64decode
from typing import Any
from urllib import parse

from django.conf import settings
from django.db.models import QuerySet
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination, Cursor, CursorPagination, PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from .counting import COUNT_PARAM, CountMode, default_count, planner_rows, requested_count_mode
from .exceptions import PageNotFound
from .facets import FACET_SCHEMA, FACETS_PARAM

_ID_POSITION = re.compile(r"[0-9]{1,19}")


def strict_page_size(request: Request, default: int) -> int:
    raw = request.query_params.get("page_size")
    if raw is None:
        return default
    maximum = settings.API_MAX_PAGE_SIZE
    if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw) <= maximum:
        raise ValidationError({"page_size": [f"Must be an integer from 1 to {maximum}."]})
    return int(raw)


def _integer_parameter(name: str, description: str, maximum: int | None = None) -> dict:
    schema: dict[str, Any] = {"type": "integer", "minimum": 1}
    if maximum is not None:
        schema["maximum"] = maximum
    return {"name": name, "required": False, "in": "query", "description": description, "schema": schema}


class ApiPageNumberPagination(PageNumberPagination):
    """Numbered pages with a total counted in the requested mode (`count` is null with `count=none`)."""

    page_size_query_param = "page_size"
    count_modes_description = (
        "How `count` is obtained: `exact` (COUNT(*)), `estimated` (PostgreSQL planner estimate, no scan) or "
        "`none`. Default: exact when at most API_EXACT_COUNT_LIMIT rows match, else estimated."
    )

    def get_page_size(self, request: Request) -> int:
        return strict_page_size(request, self.page_size)

    def get_page_number(self, request: Request, paginator: Any = None) -> int:
        raw = request.query_params.get(self.page_query_param, "1")
        if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
            raise ValidationError({"page": ["Must be a positive integer."]})
        return int(raw)

    def paginate_queryset(self, queryset: QuerySet, request: Request, view: Any = None) -> list:
        self.request = request
        size = self.get_page_size(request)
        self.number = self.get_page_number(request)
        self.count, self.count_mode = _count(queryset, requested_count_mode(request))
        offset = (self.number - 1) * size
        if self.count_mode is CountMode.EXACT:
            last = max(1, math.ceil(self.count / size))
            if self.number > last:
                raise PageNotFound(f"Page {self.number} is past the last page ({last}).")
            self.has_next = offset + size < self.count
            return list(queryset[offset : offset + size])
        rows = list(queryset[offset : offset + size + 1])  # one row past the page tells whether there is a next
        self.has_next, rows = len(rows) > size, rows[:size]
        if self.number > 1 and not rows:
            raise PageNotFound(f"Page {self.number} is past the last page.")
        if self.count_mode is CountMode.ESTIMATED:
            self._settle_estimate(seen=offset + len(rows))
        return rows

    def _settle_estimate(self, seen: int) -> None:
        """On the last page the true total is known; before it, the estimate is at least the rows seen so far."""
        if self.has_next:
            self.count = max(self.count, seen + 1)
        else:
            self.count, self.count_mode = seen, CountMode.EXACT

    def get_paginated_response(self, data: list) -> Response:
        body = {"count": self.count, "count_mode": self.count_mode.value}
        return Response({**body, "next": self.get_next_link(), "previous": self.get_previous_link(), "results": data})

    def get_next_link(self) -> str | None:
        if not self.has_next:
            return None
        return replace_query_param(self.request.build_absolute_uri(), self.page_query_param, self.number + 1)

    def get_previous_link(self) -> str | None:
        if self.number == 1:
            return None
        url = self.request.build_absolute_uri()
        if self.number == 2:
            return remove_query_param(url, self.page_query_param)
        return replace_query_param(url, self.page_query_param, self.number - 1)


def _count(queryset: QuerySet, mode: CountMode | None) -> tuple[int | None, CountMode]:
    if mode is None:
        return default_count(queryset)
    if mode is CountMode.EXACT:
        return queryset.count(), mode
    if mode is CountMode.ESTIMATED:
        return planner_rows(queryset), mode
    return None, mode


class ApiCursorPagination(CursorPagination):
    """Keyset pages ordered by id: inserts during a pull neither repeat nor skip rows."""

    ordering = ("id",)
    page_size_query_param = "page_size"
    invalid_cursor_message = "Malformed cursor; use the `next`/`previous` links as given, or an empty cursor to start."

    def get_page_size(self, request: Request) -> int:
        return strict_page_size(request, self.page_size)

    def get_ordering(self, request: Request, queryset: QuerySet, view: Any) -> tuple[str, ...]:
        return self.ordering

    def decode_cursor(self, request: Request) -> Cursor | None:
        encoded = request.query_params.get(self.cursor_query_param)
        if not encoded:
            return None  # `?cursor=` starts a pull at the first row
        try:
            querystring = b64decode(encoded.encode("ascii"), validate=True).decode("ascii")
            tokens = parse.parse_qs(querystring, strict_parsing=True)
            offset = int(tokens.get("o", ["0"])[0])
            reverse = tokens.get("r", ["0"])[0] in ("1",)
            position = tokens.get("p", [None])[0]
        except ValueError as exc:
            raise ValidationError({self.cursor_query_param: [self.invalid_cursor_message]}) from exc
        if not 0 <= offset <= self.offset_cutoff or (position is not None and not _ID_POSITION.fullmatch(position)):
            raise ValidationError({self.cursor_query_param: [self.invalid_cursor_message]})
        return Cursor(offset=offset, reverse=reverse, position=position)


class PageNumberOrCursorPagination(BasePagination):
    """Page-number pages (`page`, `page_size`, with `count`); on views with `cursor_pagination = True`,
    a `cursor` parameter (empty to start) switches to keyset pages ordered by id, without a count."""

    def __init__(self) -> None:
        self.pages = ApiPageNumberPagination()
        self.cursors = ApiCursorPagination()
        self.active: BasePagination = self.pages

    def query_params(self, view: Any) -> set[str]:
        names = {"page", "page_size", COUNT_PARAM}
        if getattr(view, "cursor_pagination", False):
            names.add("cursor")
        return names

    def paginate_queryset(self, queryset: QuerySet, request: Request, view: Any = None) -> list:
        if "cursor" in request.query_params:
            _refuse_with_cursor(request, "page", "ordering", COUNT_PARAM)
            self.active = self.cursors
        return self.active.paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data: list) -> Response:
        return self.active.get_paginated_response(data)

    def get_paginated_response_schema(self, schema: dict) -> dict:
        paged = self.pages.get_paginated_response_schema(schema)
        paged["required"] = ["next", "previous", "results"]
        paged["properties"]["count"].update(
            nullable=True, description="Total matching rows, as `count_mode` says (absent in cursor mode)."
        )
        paged["properties"] = {
            "count": paged["properties"].pop("count"),
            "count_mode": {
                "type": "string",
                "enum": [mode.value for mode in CountMode],
                "description": "How `count` was obtained (absent in cursor mode).",
            },
            **paged["properties"],
            FACETS_PARAM: {
                "type": "object",
                "description": "Only with `facets=`: facet name → counts over every matching row.",
                "additionalProperties": FACET_SCHEMA,
            },
        }
        return paged

    def get_schema_operation_parameters(self, view: Any) -> list[dict]:
        maximum = settings.API_MAX_PAGE_SIZE
        parameters = [
            _integer_parameter("page", "Page number, from 1; past the last page is a 404."),
            _integer_parameter("page_size", f"Rows per page (default {self.pages.page_size}).", maximum),
            {
                "name": COUNT_PARAM,
                "required": False,
                "in": "query",
                "description": self.pages.count_modes_description + " Not with `cursor`.",
                "schema": {"type": "string", "enum": [mode.value for mode in CountMode]},
            },
        ]
        if getattr(view, "cursor_pagination", False):
            parameters.append(
                {
                    "name": "cursor",
                    "required": False,
                    "in": "query",
                    "description": "Keyset pagination ordered by id: pass an empty value to start, then follow "
                    "`next`. Cannot be combined with `page` or `ordering`.",
                    "schema": {"type": "string"},
                }
            )
        return parameters


def _refuse_with_cursor(request: Request, *names: str) -> None:
    clashing = [name for name in names if name in request.query_params]
    if clashing:
        raise ValidationError({name: ["Cannot be combined with `cursor`."] for name in clashing})
