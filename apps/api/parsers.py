"""Request body parsers for ingest: JSON through orjson, and raw UTF-8 text.

Both read at most `INGEST_MAX_BYTES + 1` bytes, so an oversized body without a Content-Length
(chunked) is refused with 413 instead of being buffered whole.
"""

from __future__ import annotations

from typing import IO, Any

import orjson
from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import BaseParser

from .exceptions import PayloadTooLarge


def read_bounded(stream: IO[bytes] | None) -> bytes:
    """Read the whole body, refusing more than INGEST_MAX_BYTES."""
    if stream is None:
        return b""
    limit = settings.INGEST_MAX_BYTES
    body = stream.read(limit + 1)
    if len(body) > limit:
        raise PayloadTooLarge()
    return body


def decode_utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError(f"The body is not valid UTF-8 (byte {exc.start}).") from exc


class ORJSONParser(BaseParser):
    media_type = "application/json"

    def parse(self, stream: IO[bytes], media_type: str | None = None, parser_context: dict | None = None) -> Any:
        body = read_bounded(stream)
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            raise ParseError(f"Malformed JSON: {exc}") from exc


class PlainTextParser(BaseParser):
    """`text/plain` bodies; only UTF-8 is accepted, whatever charset the client declares."""

    media_type = "text/plain"

    def parse(self, stream: IO[bytes], media_type: str | None = None, parser_context: dict | None = None) -> str:
        charset = _charset(media_type)
        if charset not in ("", "utf-8", "utf8"):
            raise ParseError(f"Only UTF-8 text is accepted, not charset={charset}.")
        return decode_utf8(read_bounded(stream))


def _charset(media_type: str | None) -> str:
    for part in (media_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"').lower()
    return ""
