"""POST /api/v1/reports/ingest/: raw text in, stored reports out, through the one writer.

Order of refusals: 401 (no or wrong token), 413 (declared or actual body over INGEST_MAX_BYTES),
415 (not text/plain or JSON), 400 (bad UTF-8, bad JSON, missing text, not a report). Nothing is
stored unless the whole text was extracted and written in one transaction.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.decorators import action
from rest_framework.exceptions import UnsupportedMediaType, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from apps.extraction import ExtractionError
from apps.reports import selectors, services

from .exceptions import PayloadTooLarge, UnprocessableText
from .parsers import ORJSONParser, PlainTextParser
from .serializers import IngestRequestSerializer, IngestResultSerializer
from .throttling import ScopedThrottle, UserThrottle

SOURCE_NAME_PARAMETER = OpenApiParameter(
    "source_name", OpenApiTypes.STR, description="Source name for a text/plain body (a JSON body has its own)."
)


def refuse_oversized(request: Request) -> None:
    """413 on the declared length, before any byte is read (the parsers also cap what they read)."""
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if not declared.isascii() or not declared.isdigit():
        raise ValidationError({"Content-Length": ["Must be a non-negative integer."]})
    if int(declared) > settings.INGEST_MAX_BYTES:
        raise PayloadTooLarge(f"The body has {declared} bytes; the limit is {settings.INGEST_MAX_BYTES}.")


def ingest_payload(request: Request) -> dict[str, Any]:
    """The validated {text, source_name} from a text/plain or JSON body."""
    if not request.content_type:
        raise UnsupportedMediaType("", detail="Send Content-Type: text/plain; charset=utf-8 or application/json.")
    data = request.data
    if isinstance(data, str):
        data = {"text": data}
    elif not isinstance(data, dict):
        raise ValidationError({"non_field_errors": ["The JSON body must be an object {text, source_name}."]})
    data = {**data}
    if "source_name" not in data and "source_name" in request.query_params:
        data["source_name"] = request.query_params["source_name"]
    serializer = IngestRequestSerializer(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class ReportIngestMixin:
    extra_query_params = {"ingest": frozenset({"source_name"})}
    throttle_scope: str | None = None  # set to "ingest" on the ingest action only

    @extend_schema(
        summary="Ingest a report text (token required)",
        request={"text/plain": OpenApiTypes.STR, "application/json": IngestRequestSerializer},
        parameters=[SOURCE_NAME_PARAMETER],
        responses={
            201: OpenApiResponse(IngestResultSerializer, description="Stored; the created reports."),
            200: OpenApiResponse(IngestResultSerializer, description="Already stored (same SHA-256)."),
        },
    )
    @action(
        detail=False,
        methods=["post"],
        permission_classes=[IsAuthenticated],
        parser_classes=[PlainTextParser, ORJSONParser],
        throttle_classes=[UserThrottle, ScopedThrottle],
        throttle_scope="ingest",
        filterset_class=None,
        pagination_class=None,
    )
    def ingest(self, request: Request) -> Response:
        refuse_oversized(request)
        payload = ingest_payload(request)
        source_name = payload.get("source_name") or f"upload-{services.text_sha256(payload['text'])[:12]}.txt"
        try:
            result = services.source_ingest(text=payload["text"], source_name=source_name)
        except ExtractionError as exc:
            raise UnprocessableText(str(exc)) from exc
        reports = selectors.report_list().filter(source=result.source).order_by("index")
        body = {"created": result.created, "source": result.source, "reports": reports}
        data = IngestResultSerializer(body, context=self.get_serializer_context()).data
        return Response(data, status=201 if result.created else 200)
