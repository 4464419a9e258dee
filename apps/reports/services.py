"""The one writer: turns the extraction's dataclasses into rows, atomically.

Management commands, fixture building and the ingest endpoint all come through here; nothing else
creates report rows.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

from django.db import IntegrityError, transaction

from apps.extraction import ExtractionError, ParsedDocument, ParsedReport, extract_document
from apps.extraction import records as parsed

from .models import Metric, PlanItem, Report, Section, SelfCriticismItem, SourceDocument


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class DocumentRows:
    """Unsaved rows for one source document, linked to each other in memory."""

    source: SourceDocument
    reports: list[Report] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)  # parents before children
    metrics: list[Metric] = field(default_factory=list)
    self_criticisms: list[SelfCriticismItem] = field(default_factory=list)
    plans: list[PlanItem] = field(default_factory=list)


@dataclass(frozen=True)
class IngestResult:
    source: SourceDocument
    reports: list[Report]
    created: bool  # False when the same text was already stored


def source_ingest(*, text: str, source_name: str) -> IngestResult:
    """Extract and store one source text; idempotent by the text's SHA-256.

    Raises `ExtractionError` (nothing stored) when the text is not a report.
    """
    sha256 = text_sha256(text)
    existing = _existing_source(sha256)
    if existing is not None:
        return existing
    document = extract_document(text, source_name)  # CPU work stays outside the transaction
    if not document.reports:
        # A source without a report would be stored as an empty shell that blocks a later re-ingest.
        raise ExtractionError("no work report found in the text")
    try:
        with transaction.atomic():
            rows = document_rows(document, sha256=sha256)
            rows_save(rows)
    except IntegrityError:
        # A concurrent request stored the same text first; answer with its rows.
        existing = _existing_source(sha256)
        if existing is None:
            raise
        return existing
    return IngestResult(source=rows.source, reports=rows.reports, created=True)


def _existing_source(sha256: str) -> IngestResult | None:
    source = SourceDocument.objects.filter(sha256=sha256).first()
    if source is None:
        return None
    return IngestResult(source=source, reports=list(source.reports.order_by("index")), created=False)


def document_rows(document: ParsedDocument, *, sha256: str | None = None) -> DocumentRows:
    """Build the unsaved rows of a parsed document (used by the writer and by fixture building)."""
    rows = DocumentRows(
        source=SourceDocument(
            file_name=document.source,
            sha256=sha256 or text_sha256(document.raw_text),
            raw_text=document.raw_text,
            cleaned_text=document.cleaned_text,
            substitutions=[asdict(s) for s in document.substitutions],
        )
    )
    for parsed_report in document.reports:
        _add_report(rows, parsed_report)
    return rows


def _add_report(rows: DocumentRows, item: ParsedReport) -> None:
    report = Report(
        source=rows.source,
        index=item.index,
        title=item.title,
        display_title=item.display_title,
        year=item.year,
        period=item.period,
        report_type=item.report_type,
        org_level=item.org_level,
        org_name=item.org_name,
        speaker=item.speaker,
        preamble=item.preamble,
        closing=item.closing,
        substitutions=[asdict(s) for s in item.substitutions],
        span_start=item.span.start,
        span_end=item.span.end,
    )
    rows.reports.append(report)
    by_path: dict[str, Section] = {}
    for top in item.sections:
        _add_section(rows, report, top, None, by_path)
    rows.metrics.extend(
        Metric(report=report, section=by_path[m.section_path], ordinal=n, **_metric_fields(m))
        for n, m in enumerate(item.metrics, start=1)
    )
    rows.self_criticisms.extend(
        SelfCriticismItem(report=report, section=by_path[c.section_path], **_item_fields(c), category=c.category)
        for c in item.self_criticisms
    )
    rows.plans.extend(
        PlanItem(report=report, section=by_path[p.section_path], **_item_fields(p), category=p.category)
        for p in item.plans
    )


def _add_section(
    rows: DocumentRows, report: Report, node: parsed.Section, parent: Section | None, by_path: dict[str, Section]
) -> None:
    section = Section(
        report=report,
        parent=parent,
        path=node.path,
        level=node.level,
        ordinal=node.ordinal,
        label=node.label,
        heading=node.heading,
        body=node.body,
        kind=node.kind,
        themes=list(node.themes),
        span_start=node.span.start,
        span_end=node.span.end,
    )
    rows.sections.append(section)
    by_path[node.path] = section
    for child in node.children:
        _add_section(rows, report, child, section, by_path)


def _metric_fields(m: parsed.Metric) -> dict:
    return {
        "name": m.name,
        "raw_value": m.raw_value,
        "value": m.value,
        "masked": m.masked,
        "unit": m.unit,
        "normalized_value": m.normalized_value,
        "base_unit": m.base_unit,
        "kind": m.kind,
        "bound": m.bound,
        "period": m.period,
        "rank_scope": m.rank_scope,
        "year_on_year": m.year_on_year,
        "sentence": m.sentence,
        "span_start": m.span.start,
        "span_end": m.span.end,
    }


def _item_fields(item: parsed.SelfCriticismItem | parsed.PlanItem) -> dict:
    return {"ordinal": item.ordinal, "text": item.text, "span_start": item.span.start, "span_end": item.span.end}


def rows_save(rows: DocumentRows) -> None:
    """Insert the rows, parents first; bulk_create fills each foreign key from its saved parent."""
    rows.source.save()
    Report.objects.bulk_create(rows.reports)
    depth = max((s.path.count(".") for s in rows.sections), default=-1)
    for d in range(depth + 1):
        Section.objects.bulk_create([s for s in rows.sections if s.path.count(".") == d])
    Metric.objects.bulk_create(rows.metrics)
    SelfCriticismItem.objects.bulk_create(rows.self_criticisms)
    PlanItem.objects.bulk_create(rows.plans)
