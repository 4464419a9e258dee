"""Response renderers: JSON through orjson, and the streamed export formats (CSV, NDJSON).

The export renderers turn an iterator of serialized rows into an iterator of byte chunks, one chunk
per batch of rows, so an export of any size holds one batch in memory. CSV flattens nested objects
into dotted columns (`report.year`) fixed by the serializer, not by the data, so an empty result
still has its header.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any

import orjson
from django.utils.functional import Promise
from rest_framework import serializers
from rest_framework.renderers import BaseRenderer

ROWS_PER_CHUNK = 500
LIST_SEPARATOR = "|"  # between the items of a list cell, e.g. themes "economy|livelihood"
BYTE_ORDER_MARK = "\ufeff"


def _encode_extra(value: Any) -> Any:
    """Decimals become exact JSON numbers (no float rounding, no trailing zeros); lazy strings become str."""
    if isinstance(value, Decimal):
        return orjson.Fragment(format(value.normalize(), "f"))
    if isinstance(value, Promise):
        return str(value)
    raise TypeError(f"Type is not JSON serializable: {type(value).__name__}")


def json_bytes(value: Any) -> bytes:
    return orjson.dumps(value, default=_encode_extra, option=orjson.OPT_NON_STR_KEYS)


class ORJSONRenderer(BaseRenderer):
    media_type = "application/json"
    format = "json"
    charset = None  # JSON is UTF-8 by definition (RFC 8259); no charset parameter

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: dict | None = None) -> bytes:
        if data is None:
            return b""
        return json_bytes(data)


def csv_columns(serializer: serializers.Serializer, prefix: str = "") -> list[str]:
    """Dotted column names: a nested (single) serializer contributes one column per field."""
    columns: list[str] = []
    for name, field in serializer.fields.items():
        if isinstance(field, serializers.Serializer):
            columns += csv_columns(field, f"{prefix}{name}.")
        else:
            columns.append(f"{prefix}{name}")
    return columns


def csv_cell(value: Any) -> str:
    """One cell: empty for null (a masked value is never 0), true/false, exact decimals, lists joined."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, list) and all(isinstance(item, str | int) for item in value):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, dict | list):
        return json_bytes(value).decode()
    return str(value)


def _lookup(row: Mapping[str, Any], column: str) -> Any:
    value: Any = row
    for key in column.split("."):
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


def _batches(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class StreamRenderer(BaseRenderer):
    """Base of the export formats: the list views hand `stream()` their rows instead of calling `render()`."""

    def stream(self, rows: Iterable[Mapping[str, Any]], columns: list[str], bom: bool = False) -> Iterator[bytes]:
        raise NotImplementedError


class CSVRenderer(StreamRenderer):
    """RFC 4180 CSV, UTF-8; `bom=1` prefixes a byte-order mark so spreadsheet programs detect UTF-8."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def stream(self, rows: Iterable[Mapping[str, Any]], columns: list[str], bom: bool = False) -> Iterator[bytes]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        if bom:
            buffer.write(BYTE_ORDER_MARK)
        writer.writerow(columns)
        yield _drain(buffer)
        for batch in _batches(rows, ROWS_PER_CHUNK):
            writer.writerows([csv_cell(_lookup(row, column)) for column in columns] for row in batch)
            yield _drain(buffer)


def _drain(buffer: io.StringIO) -> bytes:
    chunk = buffer.getvalue().encode("utf-8")
    buffer.seek(0)
    buffer.truncate()
    return chunk


class NDJSONRenderer(StreamRenderer):
    """Newline-delimited JSON: one object per line, the same representation as the JSON list's results."""

    media_type = "application/x-ndjson"
    format = "ndjson"
    charset = None

    def stream(self, rows: Iterable[Mapping[str, Any]], columns: list[str], bom: bool = False) -> Iterator[bytes]:
        for batch in _batches(rows, ROWS_PER_CHUNK):
            yield b"".join(json_bytes(row) + b"\n" for row in batch)
