"""Pagination: page numbers with a count by default, `?cursor=` for stable pulls where a view allows it.

Bad values are a 400 naming the parameter (DRF silently falls back to the default page size, and
answers a malformed cursor with 404). Count modes (issue 5) slot in through `django_paginator_class`.
"""

from __future__ import annotations

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
    page_size_query_param = "page_size"
    last_page_strings = ()

    def get_page_size(self, request: Request) -> int:
        return strict_page_size(request, self.page_size)

    def get_page_number(self, request: Request, paginator: Any) -> int:
        raw = request.query_params.get(self.page_query_param, "1")
        if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
            raise ValidationError({"page": ["Must be a positive integer."]})
        return int(raw)


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
        names = {"page", "page_size"}
        if getattr(view, "cursor_pagination", False):
            names.add("cursor")
        return names

    def paginate_queryset(self, queryset: QuerySet, request: Request, view: Any = None) -> list:
        if "cursor" in request.query_params:
            _refuse_with_cursor(request, "page", "ordering")
            self.active = self.cursors
        return self.active.paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data: list) -> Response:
        return self.active.get_paginated_response(data)

    def get_paginated_response_schema(self, schema: dict) -> dict:
        paged = self.pages.get_paginated_response_schema(schema)
        paged["required"] = ["next", "previous", "results"]
        paged["properties"]["count"]["description"] = "Total matching rows (absent in cursor mode)."
        return paged

    def get_schema_operation_parameters(self, view: Any) -> list[dict]:
        maximum = settings.API_MAX_PAGE_SIZE
        parameters = [
            _integer_parameter("page", "Page number, from 1; past the last page is a 404."),
            _integer_parameter("page_size", f"Rows per page (default {self.pages.page_size}).", maximum),
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
