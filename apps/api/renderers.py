"""Response renderers; JSON goes through orjson. CSV/NDJSON renderers slot in beside it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import orjson
from django.utils.functional import Promise
from rest_framework.renderers import BaseRenderer


def _encode_extra(value: Any) -> Any:
    """Decimals become exact JSON numbers (no float rounding, no trailing zeros); lazy strings become str."""
    if isinstance(value, Decimal):
        return orjson.Fragment(format(value.normalize(), "f"))
    if isinstance(value, Promise):
        return str(value)
    raise TypeError(f"Type is not JSON serializable: {type(value).__name__}")


class ORJSONRenderer(BaseRenderer):
    media_type = "application/json"
    format = "json"
    charset = None  # JSON is UTF-8 by definition (RFC 8259); no charset parameter

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: dict | None = None) -> bytes:
        if data is None:
            return b""
        return orjson.dumps(data, default=_encode_extra, option=orjson.OPT_NON_STR_KEYS)
