"""The migrated database has an index for every dimension the API filters on, and trigram indexes for q=."""

from __future__ import annotations

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

# (table, column) that must lead some index: the API's filters and orderings by dimension.
FILTERED = (
    [
        ("reports_report", column)
        for column in ("source_id", "year", "period", "report_type", "org_level", "org_name", "speaker", "updated_at")
    ]
    + [("reports_section", column) for column in ("report_id", "parent_id", "level", "kind", "themes")]
    + [
        ("reports_metric", column)
        for column in (
            "report_id",
            "section_id",
            "name",
            "unit",
            "kind",
            "masked",
            "value",
            "normalized_value",
            "base_unit",
            "period",
            "bound",
            "rank_scope",
            "year_on_year",
        )
    ]
    + [
        (table, column)
        for table in ("reports_selfcriticismitem", "reports_planitem")
        for column in ("report_id", "category")
    ]
)
SEARCHED = [
    ("reports_report", "display_title"),
    ("reports_report", "preamble"),
    ("reports_section", "heading"),
    ("reports_section", "body"),
    ("reports_metric", "name"),
    ("reports_metric", "sentence"),
    ("reports_selfcriticismitem", "text"),
    ("reports_planitem", "text"),
]


def leading_columns(table: str) -> set[str]:
    with connection.cursor() as cursor:
        found = connection.introspection.get_constraints(cursor, table)
    return {c["columns"][0] for c in found.values() if (c["index"] or c["unique"]) and c["columns"]}


@pytest.mark.parametrize(("table", "column"), FILTERED)
def test_each_filtered_column_leads_an_index(table: str, column: str) -> None:
    assert column in leading_columns(table)


@pytest.mark.parametrize(("table", "column"), SEARCHED)
def test_each_searched_text_has_a_trigram_index(table: str, column: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = %s", [table])
        definitions = [row[0] for row in cursor.fetchall()]
    assert any(f"gin ({column} gin_trgm_ops)" in d for d in definitions), definitions
