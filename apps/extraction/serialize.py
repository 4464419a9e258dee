"""Plain-JSON form of parsed reports (the CLI's output): enums as their words, spans as [start, end]."""

from __future__ import annotations

from decimal import Decimal

from .records import Metric, ParsedDocument, ParsedReport, Section, Span


def _span(document: ParsedDocument, span: Span) -> dict:
    raw = document.raw_span(span)
    return {"span": [span.start, span.end], "raw_span": [raw.start, raw.end]}


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def section_json(document: ParsedDocument, section: Section) -> dict:
    return {
        "path": section.path,
        "level": section.level,
        "ordinal": section.ordinal,
        "label": section.label,
        "heading": section.heading,
        "body": section.body,
        "kind": section.kind.value,
        "themes": [theme.value for theme in section.themes],
        **_span(document, section.span),
        "children": [section_json(document, child) for child in section.children],
    }


def metric_json(document: ParsedDocument, metric: Metric) -> dict:
    return {
        "name": metric.name,
        "raw_value": metric.raw_value,
        "value": _number(metric.value),
        "unit": metric.unit,
        "masked": metric.masked,
        "kind": metric.kind.value,
        "bound": metric.bound,
        "period": metric.period,
        "rank_scope": metric.rank_scope,
        "year_on_year": metric.year_on_year,
        "normalized_value": _number(metric.normalized_value),
        "base_unit": metric.base_unit,
        "section_path": metric.section_path,
        "sentence": metric.sentence,
        **_span(document, metric.span),
    }


def report_json(document: ParsedDocument, report: ParsedReport) -> dict:
    """One report as the CLI prints it (the keys of issue 2, plus provenance and display fields)."""
    return {
        "source": report.source,
        "index": report.index,
        "title": report.title,
        "display_title": report.display_title,
        "year": report.year,
        "period": report.period.value,
        "report_type": report.report_type.value,
        "org_level": report.org_level.value,
        "org_name": report.org_name,
        "speaker": report.speaker.value,
        **_span(document, report.span),
        "preamble": report.preamble,
        "closing": report.closing,
        "substitutions": [
            {"original": s.original, "restored": s.restored, "count": s.count} for s in report.substitutions
        ],
        "sections": [section_json(document, section) for section in report.sections],
        "metrics": [metric_json(document, metric) for metric in report.metrics],
        "self_criticisms": [
            {"ordinal": c.ordinal, "text": c.text, "category": c.category.value, "section_path": c.section_path}
            | _span(document, c.span)
            for c in report.self_criticisms
        ],
        "plans": [
            {"ordinal": p.ordinal, "text": p.text, "category": p.category.value, "section_path": p.section_path}
            | _span(document, p.span)
            for p in report.plans
        ],
    }


def document_json(document: ParsedDocument) -> list[dict]:
    return [report_json(document, report) for report in document.reports]
