"""OpenAPI generation: documents the sparse-fieldset parameters and the error responses of every operation."""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import serializers

from .fieldsets import FIELDSET_PARAMS


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
}
INGEST_ERRORS = {
    401: "No or invalid token.",
    413: "The body is larger than INGEST_MAX_BYTES.",
    415: "The body is neither text/plain (UTF-8) nor application/json.",
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
        return parameters

    def _field_names(self) -> list[str]:
        serializer = self.get_response_serializers()
        return list(serializer.fields) if isinstance(serializer, serializers.Serializer) else []

    def _get_response_bodies(self, direction: str = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        errors = {**ERRORS, **(INGEST_ERRORS if self.method == "POST" else {})}
        for status, description in errors.items():
            responses.setdefault(str(status), self._error_response(description))
        return responses

    def _error_response(self, description: str) -> dict[str, Any]:
        response = OpenApiResponse(ErrorSerializer, description=description)
        return self._get_response_for_code(response, "4XX", direction="response")
