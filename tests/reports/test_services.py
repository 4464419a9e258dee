"""The one writer: what `source_ingest` stores is exactly what the extraction returned, once."""

from __future__ import annotations

from pathlib import Path

import pytest

from apps.extraction import ExtractionError, extract_document
from apps.reports.models import Metric, PlanItem, Report, Section, SelfCriticismItem, SourceDocument
from apps.reports.report_files import report_text
from apps.reports.services import source_ingest, text_sha256

from .snapshots import row_counts

pytestmark = pytest.mark.django_db


@pytest.fixture
def compilation(seed_paths: list[Path]) -> tuple[str, str]:
    """The `004_…` seed: one source holding three reports."""
    path = next(p for p in seed_paths if p.name.startswith("004_"))
    return report_text(path), path.name


def test_a_source_is_stored_with_every_report_in_order(compilation: tuple[str, str]) -> None:
    text, name = compilation
    result = source_ingest(text=text, source_name=name)
    assert result.created
    assert result.source.sha256 == text_sha256(text)
    assert result.source.file_name == name
    assert [r.index for r in result.reports] == [0, 1, 2]
    assert list(Report.objects.filter(source=result.source).values_list("index", flat=True)) == [0, 1, 2]


def test_the_same_text_again_returns_the_stored_rows(compilation: tuple[str, str]) -> None:
    text, name = compilation
    first = source_ingest(text=text, source_name=name)
    counts = row_counts()
    again = source_ingest(text=text, source_name="renamed.txt")
    assert not again.created
    assert again.source.pk == first.source.pk
    assert [r.pk for r in again.reports] == [r.pk for r in first.reports]
    assert row_counts() == counts


def test_stored_rows_mirror_the_extraction_field_by_field(compilation: tuple[str, str]) -> None:
    text, name = compilation
    document = extract_document(text, name)
    source_ingest(text=text, source_name=name)
    stored = SourceDocument.objects.get()
    assert (stored.raw_text, stored.cleaned_text) == (document.raw_text, document.cleaned_text)
    for parsed in document.reports:
        report = Report.objects.get(source=stored, index=parsed.index)
        assert (report.title, report.year, report.report_type, report.org_level) == (
            parsed.title,
            parsed.year,
            parsed.report_type,
            parsed.org_level,
        )
        assert_sections_match(report, parsed)
        assert_metrics_match(report, parsed)
        assert list(SelfCriticismItem.objects.filter(report=report).values_list("ordinal", "text", "category")) == [
            (c.ordinal, c.text, c.category) for c in parsed.self_criticisms
        ]
        assert list(PlanItem.objects.filter(report=report).values_list("ordinal", "text", "category")) == [
            (p.ordinal, p.text, p.category) for p in parsed.plans
        ]


def assert_sections_match(report: Report, parsed) -> None:
    stored = {s.path: s for s in Section.objects.filter(report=report).select_related("parent")}
    expected = list(parsed.all_sections())
    assert sorted(stored) == sorted(s.path for s in expected)
    for node in expected:
        row = stored[node.path]
        assert (row.level, row.ordinal, row.label, row.heading, row.kind) == (
            node.level,
            node.ordinal,
            node.label,
            node.heading,
            node.kind,
        )
        assert (row.span_start, row.span_end, row.themes) == (node.span.start, node.span.end, list(node.themes))
        assert [c.path for c in node.children] == sorted(
            (c.path for c in stored.values() if c.parent_id == row.pk), key=lambda p: stored[p].ordinal
        )


def assert_metrics_match(report: Report, parsed) -> None:
    columns = ("section__path", "name", "raw_value", "value", "masked", "unit", "kind", "normalized_value", "base_unit")
    assert list(Metric.objects.filter(report=report).order_by("ordinal").values_list(*columns)) == [
        (m.section_path, m.name, m.raw_value, m.value, m.masked, m.unit, m.kind, m.normalized_value, m.base_unit)
        for m in parsed.metrics
    ]


@pytest.mark.parametrize("text", ["", "   \n\n", "牛奶两盒，鸡蛋一打。"])
def test_a_text_that_is_not_a_report_is_refused_and_nothing_is_stored(text: str) -> None:
    with pytest.raises(ExtractionError):
        source_ingest(text=text, source_name="not-a-report.txt")
    assert row_counts() == dict.fromkeys(row_counts(), 0)
