"""Streamed exports of list results (`?format=csv|ndjson`, `Accept: text/csv`) and the nightly metric dump.

Rows come from a server-side cursor (`QuerySet.iterator`) inside a transaction, so PostgreSQL sends
them a chunk at a time (psycopg 3 declares a cursor WITH HOLD outside a transaction, which would
make the server materialise the whole result first), and the renderer writes each batch of rows to
the socket before the next is read: memory stays flat whatever the row count. The first chunk is
read before the response starts, so a failing or timed-out query is still a proper error response;
the transaction then stays open until the response is read to the end or closed (WSGI and ASGI
servers always close it; a test must read it).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from django import forms
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, StreamingHttpResponse
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.settings import api_settings

from .lookups import StrictBooleanField
from .renderers import CSVRenderer, NDJSONRenderer, StreamRenderer, csv_columns

if TYPE_CHECKING:
    from .viewsets import ApiGenericViewSet

EXPORT_RENDERERS = (CSVRenderer, NDJSONRenderer)
BOM_PARAM = "bom"
CURSOR_CHUNK_ROWS = 2000  # rows per FETCH from the server-side cursor
PAGING_PARAMS = ("page", "page_size", "cursor", "count", "facets")
_END = object()


def read_export_options(request: Request, exporting: bool) -> bool:
    """Whether to write a byte-order mark; refuses parameters that have no meaning for the chosen format."""
    given = [name for name in PAGING_PARAMS if name in request.query_params]
    if exporting and given:
        message = "An export streams every matching row in one response; paging, counts and facets do not apply."
        raise ValidationError({name: [message] for name in given})
    raw = request.query_params.get(BOM_PARAM)
    if raw is None:
        return False
    if not isinstance(request.accepted_renderer, CSVRenderer):
        raise ValidationError({BOM_PARAM: ["Applies to CSV only (format=csv or Accept: text/csv)."]})
    try:
        return StrictBooleanField().clean(raw)
    except forms.ValidationError as exc:
        raise ValidationError({BOM_PARAM: ["Must be true or false (1 or 0)."]}) from exc


def export_response(view: ApiGenericViewSet, queryset: QuerySet) -> StreamingHttpResponse:
    renderer: StreamRenderer = view.request.accepted_renderer
    # Links in the rows point at the resources themselves, not at their export (DRF would keep `format=`).
    context = {**view.get_serializer_context(), "request": _without_format(view.request)}
    serializer = view.get_serializer(context=context)
    content_type = renderer.media_type + (f"; charset={renderer.charset}" if renderer.charset else "")
    if view.request.method == "HEAD":
        response = StreamingHttpResponse((), content_type=content_type)
    else:
        rows = _rows_in_transaction(queryset)
        first = next(rows, _END)  # opens the cursor now: an error here is still an error response
        records = (serializer.to_representation(obj) for obj in _prepend(first, rows))
        chunks = renderer.stream(records, csv_columns(serializer), bom=view.bom)
        response = StreamingHttpResponse(_closing(chunks, rows), content_type=content_type)
    filename = f"{view.export_name or view.basename}.{renderer.format}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _without_format(request: Request) -> HttpRequest:
    plain = copy.copy(request._request)
    plain.GET = request.GET.copy()
    plain.GET.pop(api_settings.URL_FORMAT_OVERRIDE, None)
    return plain


def _rows_in_transaction(queryset: QuerySet) -> Iterator[Any]:
    with transaction.atomic(using=queryset.db):
        yield from queryset.iterator(chunk_size=CURSOR_CHUNK_ROWS)


def _prepend(first: Any, rows: Iterator[Any]) -> Iterator[Any]:
    if first is not _END:
        yield first
        yield from rows


def _closing(chunks: Iterator[bytes], rows: Iterator[Any]) -> Iterator[bytes]:
    """The response's iterator: closing it (end of stream or client gone) ends the cursor's transaction."""
    try:
        yield from chunks
    finally:
        rows.close()
