"""`GET /healthz`: whether the app answers and its database runs a query, for probes and load balancers."""

from __future__ import annotations

from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when one `SELECT 1` succeeds; 503 naming the database error otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        return JsonResponse({"status": "error", "database": "error", "reason": _reason(exc)}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def _reason(exc: DatabaseError) -> str:
    # psycopg's messages run over several lines (hints, socket paths); the first one says what failed.
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
