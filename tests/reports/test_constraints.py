"""The database itself refuses rows that break the model invariants, whoever writes them."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import IntegrityError, transaction

from apps.reports.models import Metric, Section

from .builders import criticism_row, metric_row, plan_row, report_row, section_row, source_row
from .snapshots import row_counts

# constraint name → a write that breaks only that constraint, given a valid tree.
VIOLATIONS: dict[str, Callable[[SimpleNamespace], object]] = {
    "source_sha256_hex": lambda t: source_row(sha256="not-a-sha256-digest"),
    "report_unique_source_index": lambda t: report_row(t.source, index=t.report.index),
    "report_span_ordered": lambda t: report_row(t.source, index=1, span_start=9, span_end=3),
    "report_year_range": lambda t: report_row(t.source, index=1, year=1900),
    "section_unique_path": lambda t: section_row(t.report, path="1", ordinal=2),
    "section_unique_ordinal": lambda t: section_row(t.report, path="2", ordinal=1),
    "section_level_1_to_3": lambda t: section_row(t.report, path="2", ordinal=2, level=4),
    "section_span_ordered": lambda t: section_row(t.report, path="2", ordinal=2, span_start=9, span_end=3),
    "metric_unique_ordinal": lambda t: metric_row(t.child, ordinal=t.metric.ordinal),
    "metric_masked_no_value": lambda t: metric_row(t.child, ordinal=2, masked=True, value=Decimal("3")),
    "metric_normalized_needs_value": lambda t: metric_row(
        t.child, ordinal=2, raw_value="XX", masked=True, value=None, normalized_value=Decimal("3")
    ),
    "metric_span_ordered": lambda t: metric_row(t.child, ordinal=2, span_start=9, span_end=3),
    "selfcriticism_unique_ordinal": lambda t: criticism_row(t.section, ordinal=t.criticism.ordinal),
    "selfcriticism_span_ordered": lambda t: criticism_row(t.section, ordinal=2, span_start=9, span_end=3),
    "planitem_unique_ordinal": lambda t: plan_row(t.section, ordinal=t.plan.ordinal),
    "planitem_span_ordered": lambda t: plan_row(t.section, ordinal=2, span_start=9, span_end=3),
}


@pytest.mark.parametrize("constraint", sorted(VIOLATIONS))
def test_database_refuses_a_violating_row(tree: SimpleNamespace, constraint: str) -> None:
    before = row_counts()
    with pytest.raises(IntegrityError) as refused, transaction.atomic():
        VIOLATIONS[constraint](tree)
    assert refused.value.__cause__.diag.constraint_name == constraint
    assert row_counts() == before


def test_every_declared_constraint_has_a_violation_case() -> None:
    declared = {c.name for model in apps.get_app_config("reports").get_models() for c in model._meta.constraints}
    assert declared == set(VIOLATIONS)


def test_level_below_one_is_refused(tree: SimpleNamespace) -> None:
    with pytest.raises(IntegrityError, match="section_level_1_to_3"), transaction.atomic():
        section_row(tree.report, path="2", ordinal=2, level=0)


def test_sha256_is_unique(tree: SimpleNamespace) -> None:
    with pytest.raises(IntegrityError, match="sha256"), transaction.atomic():
        source_row(sha256=tree.source.sha256)


def test_rows_within_the_invariants_are_accepted(tree: SimpleNamespace) -> None:
    """The same ordinal under another parent, and a masked metric with no value, are legitimate."""
    second_top = section_row(tree.report, path="2", ordinal=2, label="二")
    section_row(tree.report, parent=second_top, path="2.1", level=2, ordinal=1, label="（一）")
    metric_row(tree.child, ordinal=2, raw_value="XX", masked=True, value=None, normalized_value=None, base_unit="")
    report_row(tree.source, index=1, year=None)
    assert Section.objects.filter(report=tree.report, ordinal=1, level=2).count() == 2
    assert Metric.objects.get(report=tree.report, ordinal=2).value is None
