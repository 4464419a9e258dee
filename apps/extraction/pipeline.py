"""Composes the stages: clean → split → restore → outline → metrics → self-criticism → plans → metadata."""

from __future__ import annotations

from dataclasses import replace

from .cleaning import clean
from .errors import ExtractionError
from .items import criticism_items, plan_items
from .metadata import report_metadata
from .metrics import find_metrics
from .offsets import Layer
from .outline import build_tree
from .records import Metric, ParsedDocument, ParsedReport, Section, Span, Substitution
from .restoration import Replacement, count_pairs, find_replacements, restore
from .sections import to_sections
from .splitting import Segment, split, title_of
from .validation import check_report_text
from .vocabulary import SectionKind


def extract_document(text: str, source_name: str = "") -> ParsedDocument:
    """Parse one source text (which may hold several reports) into a ParsedDocument.

    Raises `ExtractionError` naming the reason when the text is not a work report.
    """
    document = document_structure(text, source_name)
    reports = tuple(
        replace(report, metrics=tuple(_metrics(document.cleaned_text, report.sections))) for report in document.reports
    )
    return replace(document, reports=reports)


def document_structure(text: str, source_name: str = "") -> ParsedDocument:
    """Every stage but the metrics: cleaned text, reports, metadata, outline and items (metrics empty)."""
    check_report_text(text)
    cleaned = clean(text)
    segments = split(cleaned.text)
    if not segments:
        raise ExtractionError("no report text found after removing web noise")
    replacements = [find_replacements(cleaned.text, s.start, s.end) for s in segments]
    restored, layer = restore(cleaned.text, [r for group in replacements for r in group])
    reports = tuple(
        _report(restored, _moved(segment, layer), index, source_name, group)
        for index, (segment, group) in enumerate(zip(segments, replacements, strict=True))
    )
    return ParsedDocument(
        source=source_name,
        raw_text=text,
        cleaned_text=restored,
        substitutions=_substitutions(replacements),
        reports=reports,
        offsets=cleaned.offsets.then(layer),
    )


def extract(text: str, source_name: str = "") -> list[ParsedReport]:
    """Parse one source text into its reports."""
    return list(extract_document(text, source_name).reports)


def _moved(segment: Segment, layer: Layer) -> Segment:
    """The segment's offsets once restoration has changed some lengths (`DP` → `GDP`)."""

    def forward(offset: int) -> int:
        return offset + sum(
            (e.new_end - e.new_start) - (e.old_end - e.old_start) for e in layer.edits if e.old_end <= offset
        )

    return Segment(
        forward(segment.start),
        forward(segment.end),
        segment.title,
        forward(segment.content_start),
        forward(segment.title_start),
    )


def _substitutions(groups: list[list[Replacement]]) -> tuple[Substitution, ...]:
    counts = count_pairs([r for group in groups for r in group])
    return tuple(Substitution(original, restored, n) for (original, restored), n in counts.items())


def _report(text: str, segment: Segment, index: int, source: str, replacements: list[Replacement]) -> ParsedReport:
    sections = to_sections(text, build_tree(text, segment.content_start, segment.end))
    preamble = _text_of(sections, SectionKind.PREAMBLE)
    body = "\n".join(text[s.span.start : s.span.end] for s in sections if s.kind == SectionKind.ACHIEVEMENT)
    line_end = text.find("\n", segment.title_start, segment.end)
    title_line = text[segment.title_start : segment.end if line_end == -1 else line_end]
    title = (title_of(title_line.lstrip("—－- \u3000")) or title_line.strip()) if segment.title else None
    subtitle = text[line_end : segment.content_start].strip() if title and line_end != -1 else ""
    meta = report_metadata(title, preamble, body, " ".join(s.heading for s in sections), subtitle)
    return ParsedReport(
        source=source,
        index=index,
        title=meta.title,
        display_title=meta.display_title,
        year=meta.year,
        period=meta.period,
        report_type=meta.report_type,
        org_level=meta.org_level,
        org_name=meta.org_name,
        speaker=meta.speaker,
        span=Span(segment.start, segment.end),
        preamble=preamble,
        closing=_text_of(sections, SectionKind.CLOSING),
        substitutions=_substitutions([replacements]),
        sections=sections,
        metrics=(),  # attached by extract_document()
        self_criticisms=tuple(criticism_items(text, sections)),
        plans=tuple(plan_items(text, sections)),
    )


def _text_of(sections: tuple[Section, ...], kind: SectionKind) -> str:
    return "\n".join(s.body for s in sections if s.kind == kind)


def _metrics(text: str, sections: tuple[Section, ...]) -> list[Metric]:
    """Every section's own region (its span up to its first child) goes to the metric finder."""
    found: list[Metric] = []
    for top in sections:
        for section in top.walk():
            end = section.children[0].span.start if section.children else section.span.end
            found += find_metrics(text, section.span.start, end, section.path)
    return found
