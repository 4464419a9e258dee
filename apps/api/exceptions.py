"""One error shape for every 4xx/5xx under /api/: `{"error": {"status", "code", "message", "fields"}}`.

`fields` maps each offending parameter or body field to its messages (empty when the error is not
about a field), so an integration learns which of its inputs was wrong.
"""

from __future__ import annotations

import logging
from typing import Any

import psycopg.errors
from django.conf import settings
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db import OperationalError
from django.http import Http404, HttpRequest, HttpResponse
from django.views import defaults
from rest_framework import status
from rest_framework.exceptions import APIException, NotFound, PermissionDenied, ValidationError
from rest_framework.response import Response

from .renderers import ORJSONRenderer

logger = logging.getLogger(__name__)


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is larger than the ingest limit."
    default_code = "payload_too_large"


class QueryTimeout(APIException):
    """PostgreSQL cancelled a statement that ran past DB_STATEMENT_TIMEOUT_MS."""

    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_code = "query_timeout"

    def __init__(self) -> None:
        limit = settings.DB_STATEMENT_TIMEOUT_MS
        super().__init__(f"The query ran longer than {limit} ms and was cancelled; narrow the filters or page size.")


def is_query_cancelled(exc: BaseException) -> bool:
    """PostgreSQL cancelled the statement (statement_timeout, or an administrator's cancel)."""
    return isinstance(exc, OperationalError) and isinstance(exc.__cause__, psycopg.errors.QueryCanceled)


class QueryParameterError(ValidationError):
    """A 400 about the query string, with a summary naming the offending parameters."""

    def __init__(self, errors: dict[str, list[str]], message: str, code: str) -> None:
        super().__init__(errors, code=code)
        self.message = message


class UnprocessableText(APIException):
    """The text was read but is not a work report (the extraction says why, under `text`)."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = "The text is not a work report."
    default_code = "not_a_report"

    def __init__(self, reason: str) -> None:
        super().__init__(f"Not a work report: {reason}")
        self.fields = {"text": [reason]}


class PageNotFound(NotFound):
    """A page past the last one: a 404, as DRF answers, that names the `page` parameter."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.fields = {"page": [message]}


def error_body(status_code: int, code: str, message: str, fields: dict[str, list[str]] | None = None) -> dict:
    return {"error": {"status": status_code, "code": code, "message": message, "fields": fields or {}}}


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    """DRF's handler (status, headers, rollback) with the body rewritten into the error shape."""
    # Imported here: rest_framework.views loads the parsers from settings, and they import this module.
    from rest_framework.views import exception_handler, set_rollback

    if isinstance(exc, Http404):
        exc = NotFound(*exc.args)
    elif isinstance(exc, DjangoPermissionDenied):
        exc = PermissionDenied(*exc.args)
    elif is_query_cancelled(exc):
        exc = QueryTimeout()
    response = exception_handler(exc, context)
    if response is None:  # not an API exception: a bug; log it and answer in the shape anyway
        logger.exception("Unhandled error in %s", context.get("view").__class__.__name__, exc_info=exc)
        set_rollback()
        return Response(error_body(500, "server_error", "Internal server error."), status=500)
    code, message, fields = _describe(exc)
    response.data = error_body(response.status_code, code, message, fields)
    return response


def _describe(exc: APIException) -> tuple[str, str, dict[str, list[str]]]:
    if isinstance(exc, ValidationError):
        fields = _flatten(exc.detail)
        general = fields.pop("non_field_errors", None) or fields.pop("", None)
        named = ", ".join(sorted(fields))
        message = "; ".join(general) if general else f"Invalid value for: {named}." if named else "Invalid input."
        message = getattr(exc, "message", message)
        return _first_code(exc), message, fields
    return _first_code(exc), str(exc.detail), getattr(exc, "fields", {})


def _first_code(exc: APIException) -> str:
    codes = exc.get_codes()
    while isinstance(codes, dict | list) and codes:
        codes = next(iter(codes.values())) if isinstance(codes, dict) else codes[0]
    return codes if isinstance(codes, str) and codes else exc.default_code


def _flatten(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """{"a": {"b": ["x"]}} → {"a.b": ["x"]}; a bare list belongs to the prefix."""
    if isinstance(detail, dict):
        out: dict[str, list[str]] = {}
        for key, value in detail.items():
            out.update(_flatten(value, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(detail, list):
        if all(not isinstance(item, dict | list) for item in detail):
            return {prefix: [str(item) for item in detail]}
        out = {}
        for index, item in enumerate(detail):
            out.update(_flatten(item, f"{prefix}.{index}" if prefix else str(index)))
        return out
    return {prefix: [str(detail)]}


def _json_error(status_code: int, code: str, message: str) -> HttpResponse:
    body = ORJSONRenderer().render(error_body(status_code, code, message))
    return HttpResponse(body, status=status_code, content_type="application/json")


def api_not_found(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
    """Catch-all under /api/: a JSON 404 (with a hint when only the trailing slash is missing)."""
    from django.urls import Resolver404, resolve

    message = "Not found."
    if not request.path.endswith("/"):
        try:
            match = resolve(request.path + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not api_not_found:
            message = f"Not found. Did you mean {request.path}/ ?"
    return _json_error(404, "not_found", message)


def handler404(request: HttpRequest, exception: Exception) -> HttpResponse:
    if request.path.startswith("/api/"):
        return _json_error(404, "not_found", "Not found.")
    return defaults.page_not_found(request, exception)


def handler500(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return _json_error(500, "server_error", "Internal server error.")
    return defaults.server_error(request)
