"""Count modes of the page-number lists, as PostgREST's `Prefer: count=`.

`count=exact` runs `COUNT(*)`; `count=estimated` asks the planner (`EXPLAIN`), never scanning the
rows; `count=none` skips counting. Without `count=`, the rows are counted up to
`API_EXACT_COUNT_LIMIT` (a capped count, cheap on any table) and the answer is exact below it,
estimated above it: small results get an exact total, a large table never pays a full `COUNT(*)`.
"""

from __future__ import annotations

from enum import StrEnum

from django.conf import settings
from django.db import connections
from django.db.models import QuerySet
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

COUNT_PARAM = "count"


class CountMode(StrEnum):
    EXACT = "exact"
    ESTIMATED = "estimated"
    NONE = "none"


def requested_count_mode(request: Request) -> CountMode | None:
    """The `count=` mode asked for, or None for the default."""
    raw = request.query_params.get(COUNT_PARAM)
    if raw is None:
        return None
    try:
        return CountMode(raw)
    except ValueError:
        choices = ", ".join(CountMode)
        raise ValidationError({COUNT_PARAM: [f"Unknown count mode {raw!r}; use one of {choices}."]}) from None


def capped_count(queryset: QuerySet, cap: int) -> int:
    """`COUNT(*)` over at most `cap + 1` rows: exact up to `cap`, and `cap + 1` means "more"."""
    return queryset.order_by()[: cap + 1].count()


def planner_rows(queryset: QuerySet) -> int:
    """PostgreSQL's estimate of the rows the queryset returns (`Plan Rows` of `EXPLAIN`), without running it."""
    sql, params = queryset.order_by().query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    return int(plan[0]["Plan"]["Plan Rows"])


def default_count(queryset: QuerySet) -> tuple[int, CountMode]:
    """Exact when at most API_EXACT_COUNT_LIMIT rows match, else the planner's estimate (at least the limit + 1)."""
    cap = settings.API_EXACT_COUNT_LIMIT
    counted = capped_count(queryset, cap)
    if counted <= cap:
        return counted, CountMode.EXACT
    return max(planner_rows(queryset), cap + 1), CountMode.ESTIMATED
