"""Request middleware: X-Request-ID, Server-Timing, and for /api/ the statement timeout, ETag and caching."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from typing import Any

from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseNotModified
from django.utils.cache import patch_vary_headers

from .caching import cache_control, etag_matches, matches_any, request_etag
from .timeouts import bound_statements, start_api_request

_SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:@/+=-]{1,128}")  # echoed as given; anything else is replaced
READ_METHODS = ("GET", "HEAD")
HEALTH_PATH = "/healthz"  # must answer 503 with the database's error, not fail here first; its one query is trivial

Handler = Callable[[HttpRequest], HttpResponseBase]


class RequestIdMiddleware:
    """Echo the caller's X-Request-ID (when it is a plain token) or make one, on every response."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        given = request.headers.get("X-Request-ID", "")
        request.request_id = given if _SAFE_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        return response


class _QueryTimer:
    def __init__(self) -> None:
        self.seconds = 0.0
        self.queries = 0

    def __call__(self, execute: Callable, sql: str, params: Any, many: bool, context: dict) -> Any:
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - start
            self.queries += 1


class ServerTimingMiddleware:
    """`Server-Timing: db;dur=…, total;dur=…` (ms) up to the response headers; a stream's later reads are not in it."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        timer = _QueryTimer()
        start = time.perf_counter()
        with connection.execute_wrapper(timer):
            response = self.get_response(request)
        total_ms = (time.perf_counter() - start) * 1000
        response["Server-Timing"] = (
            f'db;dur={timer.seconds * 1000:.1f};desc="{timer.queries} queries", total;dur={total_ms:.1f}'
        )
        return response


class ApiConditionalGetMiddleware:
    """Bound every statement of every request (DB_STATEMENT_TIMEOUT_MS); under /api/ also tag reads with an
    ETag, answer a matching If-None-Match with 304 before any view work, and say how long a read may be cached."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not request.path.startswith("/api/"):
            if request.path != HEALTH_PATH:
                bound_statements()
            return self.get_response(request)
        data_version = start_api_request()  # read before any data, so a tag is never newer than its body
        if request.method not in READ_METHODS:
            return _no_store(self.get_response(request))
        etag = request_etag(request, data_version)
        # A token is checked by the view (a wrong one is a 401 even for a tag that matches), so answer after it.
        matched = etag_matches(request, etag)
        early = matched and "Authorization" not in request.headers
        response = HttpResponseNotModified() if early else self.get_response(request)
        if response.status_code == 200 and (matched or matches_any(request)):
            response = NotModifiedInstead(response)
        if response.status_code not in (200, 304):
            return _no_store(response)
        response["ETag"] = etag
        response["Cache-Control"] = cache_control(request)
        patch_vary_headers(response, ["Accept"])
        return response


class NotModifiedInstead(HttpResponseNotModified):
    """A 304 sent instead of a 200 the view already made; the server's close() of the 304 also closes that
    response (ending a stream's cursor transaction), at the end of the request where closing belongs."""

    def __init__(self, replaced: HttpResponseBase) -> None:
        super().__init__()
        self.replaced = replaced

    def close(self) -> None:
        self.replaced.close()
        super().close()


def _no_store(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "no-store"
    return response
