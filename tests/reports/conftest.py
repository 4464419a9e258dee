"""Fixtures shared by the report tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from .builders import criticism_row, metric_row, plan_row, report_row, section_row, source_row


@pytest.fixture
def tree(db) -> SimpleNamespace:
    """One valid source → report → section (path "1") → child (path "1.1") with one metric and items."""
    source = source_row()
    report = report_row(source)
    section = section_row(report)
    child = section_row(report, parent=section, path="1.1", level=2, ordinal=1, label="（一）")
    return SimpleNamespace(
        source=source,
        report=report,
        section=section,
        child=child,
        metric=metric_row(child),
        criticism=criticism_row(section),
        plan=plan_row(section),
    )
