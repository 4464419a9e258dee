"""PostgreSQL statement timeouts: one for every web request, a shorter budget for optional work (facets).

Each web request starts with `set_config('statement_timeout', …)` on its connection (session level, so it
needs no transaction). Every request sets it again, the admin's too (not /healthz, which must report a
database that is down), so a connection kept open between requests never carries one request's setting
into another; management commands never pass through a request and stay unbounded. Optional queries run
inside a transaction with `SET LOCAL` and are rolled back afterwards, so their shorter limit never leaks;
a cancelled one is reported as timed out instead of failing the request.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.db import OperationalError, connection, transaction

from .exceptions import is_query_cancelled
from .models import DataVersion

T = TypeVar("T")

# One round trip at the start of each API request: bound its statements and read the data version.
_REQUEST_START_SQL = (
    "SELECT set_config('statement_timeout', %s, false), "
    f"(SELECT version FROM {DataVersion._meta.db_table} WHERE id = {DataVersion.SINGLETON_ID})"
)


def bound_statements() -> None:
    """Apply DB_STATEMENT_TIMEOUT_MS to this request's connection."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('statement_timeout', %s, false)", [_timeout()])


def start_api_request() -> int | None:
    """Apply DB_STATEMENT_TIMEOUT_MS to this request's connection; return the data version (None if unset)."""
    with connection.cursor() as cursor:
        cursor.execute(_REQUEST_START_SQL, [_timeout()])
        return cursor.fetchone()[1]


def _timeout() -> str:
    return f"{settings.DB_STATEMENT_TIMEOUT_MS}ms"


def within_budget(tasks: dict[str, Callable[[], T]], budget_ms: int) -> dict[str, T | None]:
    """Run read-only `tasks` in turn within `budget_ms` in all; a task cancelled or not reached gives None."""
    results: dict[str, T | None] = {}
    deadline = time.monotonic() + budget_ms / 1000
    with transaction.atomic():
        for name, task in tasks.items():
            results[name] = _run_until(deadline, task)
        transaction.set_rollback(True)  # read-only work; rolling back also drops the SET LOCAL
    return results


def _run_until(deadline: float, task: Callable[[], T]) -> T | None:
    remaining_ms = int((deadline - time.monotonic()) * 1000)
    if remaining_ms < 1:
        return None
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT set_config('statement_timeout', %s, true)", [f"{remaining_ms}ms"])
            return task()
    except OperationalError as exc:
        if not is_query_cancelled(exc):
            raise
        return None
