"""OpenAPI generation: documents the sparse-fieldset, facet and export parameters, the export media types
and the error responses of every operation."""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import serializers

from .exports import BOM_PARAM
from .facets import FACETS_PARAM
from .fieldsets import FIELDSET_PARAMS
from .renderers import ORJSONRenderer, StreamRenderer


class ErrorBodySerializer(serializers.Serializer):
    status = serializers.IntegerField(help_text="The HTTP status code, repeated.")
    code = serializers.CharField(help_text="Machine-readable, e.g. invalid, unknown_parameter, not_found, throttled.")
    message = serializers.CharField(help_text="Human-readable summary.")
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Messages per offending parameter or body field; empty when the error is not about one.",
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorBodySerializer()


ERRORS = {
    400: "Invalid or unknown query parameter, or invalid body; `fields` names each.",
    401: "Invalid token (read endpoints are open, but a given token must be valid).",
    404: "No such object, or a page past the last.",
    406: "The Accept header allows no available format.",
    429: "Throttled; see Retry-After.",
    503: "A query ran past DB_STATEMENT_TIMEOUT_MS and was cancelled (code query_timeout).",
}
INGEST_ERRORS = {
    401: "No or invalid token.",
    413: "The body is larger than INGEST_MAX_BYTES.",
    415: "The body is neither text/plain (UTF-8) nor application/json.",
}
EXPORT_DESCRIPTION = {
    "csv": "CSV (UTF-8, header row, nested fields as dotted columns, lists joined by |), every matching row "
    "streamed; `bom=1` adds a byte-order mark for spreadsheet programs.",
    "ndjson": "NDJSON: one JSON object per line, every matching row streamed.",
}


class ApiAutoSchema(AutoSchema):
    def get_override_parameters(self) -> list[OpenApiParameter]:
        parameters = super().get_override_parameters()
        if self.method == "GET" and hasattr(self.view, "serializer_field_names"):
            names = list(self._field_names())
            parameters += [
                OpenApiParameter(
                    param,
                    str,
                    many=True,
                    explode=False,
                    enum=names,
                    description=f"Comma-separated field names to {'keep' if param == 'fields' else 'leave out'}.",
                )
                for param in FIELDSET_PARAMS
            ]
        if self.method == "GET" and self._is_list_view():
            parameters += self._list_parameters()
        return parameters

    def _list_parameters(self) -> list[OpenApiParameter]:
        parameters = []
        if "csv" in self._export_formats():
            parameters.append(
                OpenApiParameter(BOM_PARAM, OpenApiTypes.BOOL, description="With format=csv: start with a UTF-8 BOM.")
            )
        facets = list(getattr(self.view, "facets", {}))
        if facets:
            description = (
                "Comma-separated facets to count over the filtered rows (values as the filter of the same name "
                "takes them); answered in `facets`, each within the request's facet time budget."
            )
            parameters.append(
                OpenApiParameter(FACETS_PARAM, str, many=True, explode=False, enum=facets, description=description)
            )
        return parameters

    def _export_formats(self) -> list[str]:
        return [r.format for r in self.view.get_renderers() if isinstance(r, StreamRenderer)]

    def _get_format_parameters(self) -> list[dict[str, Any]]:
        parameters = super()._get_format_parameters()
        for parameter in parameters:
            formats = ", ".join(
                f"`{name}`: {EXPORT_DESCRIPTION.get(name, 'JSON')}" for name in parameter["schema"]["enum"]
            )
            parameter["description"] = f"Response format (instead of the Accept header). {formats}"
        return parameters

    def _field_names(self) -> list[str]:
        serializer = self.get_response_serializers()
        return list(serializer.fields) if isinstance(serializer, serializers.Serializer) else []

    def _get_response_for_code(
        self, serializer: Any, status_code: str, media_types: Any = None, direction: str = "response"
    ) -> dict:
        if status_code >= "300":  # errors are always JSON
            media_types = [ORJSONRenderer.media_type]
        response = super()._get_response_for_code(serializer, status_code, media_types, direction)
        for renderer in self.view.get_renderers():
            if isinstance(renderer, StreamRenderer) and renderer.media_type in response.get("content", {}):
                description = EXPORT_DESCRIPTION[renderer.format]
                response["content"][renderer.media_type] = {"schema": {"type": "string", "description": description}}
        return response

    def _get_response_bodies(self, direction: str = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        errors = {**ERRORS, **(INGEST_ERRORS if self.method == "POST" else {})}
        for status, description in errors.items():
            responses.setdefault(str(status), self._error_response(description))
        return responses

    def _error_response(self, description: str) -> dict[str, Any]:
        response = OpenApiResponse(ErrorSerializer, description=description)
        return self._get_response_for_code(response, "4XX", direction="response")
