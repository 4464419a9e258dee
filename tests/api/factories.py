"""Small builders for extraction records, stored through the real writer (services.document_rows/rows_save).

They let API tests state exact data (every filter, every edge) without depending on what the
extraction finds in the seed texts; the seed acceptance tests (test_seeds.py) cover that path.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from decimal import Decimal

from apps.extraction.records import (
    Metric,
    ParsedDocument,
    ParsedReport,
    PlanItem,
    Section,
    SelfCriticismItem,
    Span,
    Substitution,
)
from apps.extraction.vocabulary import (
    CriticismCategory,
    MetricKind,
    OrgLevel,
    Period,
    ReportType,
    SectionKind,
    Speaker,
    Theme,
)
from apps.reports import services

_offsets = itertools.count(10, 10)


def span() -> Span:
    start = next(_offsets)
    return Span(start, start + 8)


def section(
    path: str,
    heading: str,
    *,
    body: str = "",
    kind: SectionKind = SectionKind.ACHIEVEMENT,
    themes: tuple[Theme, ...] = (),
    children: tuple[Section, ...] = (),
    label: str = "",
) -> Section:
    return Section(
        path=path,
        level=path.count(".") + 1,
        ordinal=int(path.rsplit(".", 1)[-1]),
        label=label,
        heading=heading,
        body=body,
        kind=kind,
        themes=themes,
        # children are built first (inner calls), so the parent's span is made to enclose theirs
        span=Span(children[0].span.start - 1, children[-1].span.end) if children else span(),
        children=children,
    )


def metric(name: str, raw_value: str, unit: str, section_path: str, **fields: object) -> Metric:
    masked = fields.pop("masked", not raw_value or not raw_value[0].isdigit())
    value = None if masked else Decimal(raw_value)
    defaults = {
        "name": name,
        "raw_value": raw_value,
        "value": value,
        "unit": unit,
        "masked": masked,
        "kind": MetricKind.AMOUNT,
        "bound": "",
        "period": "",
        "rank_scope": "",
        "year_on_year": False,
        "normalized_value": None,
        "base_unit": "",
        "section_path": section_path,
        "sentence": f"完成{name}{raw_value}{unit}。",
        "span": span(),
    }
    return Metric(**{**defaults, **fields})


def criticism(ordinal: int, text: str, category: CriticismCategory, section_path: str) -> SelfCriticismItem:
    return SelfCriticismItem(ordinal=ordinal, text=text, category=category, section_path=section_path, span=span())


def plan(ordinal: int, text: str, category: Theme, section_path: str) -> PlanItem:
    return PlanItem(ordinal=ordinal, text=text, category=category, section_path=section_path, span=span())


def report(display_title: str, **fields: object) -> ParsedReport:
    defaults = {
        "source": "",
        "index": 0,
        "title": display_title,
        "display_title": display_title,
        "year": 2018,
        "period": Period.ANNUAL,
        "report_type": ReportType.WORK_SUMMARY,
        "org_level": OrgLevel.DISTRICT,
        "org_name": None,
        "speaker": Speaker.COLLECTIVE,
        "span": span(),
        "preamble": "一年来，在区委的坚强领导下……现将有关情况报告如下：",
        "closing": "",
        "substitutions": (),
        "sections": (),
        "metrics": (),
        "self_criticisms": (),
        "plans": (),
    }
    return ParsedReport(**{**defaults, **fields})


def document(source: str, *reports: ParsedReport, raw_text: str | None = None) -> ParsedDocument:
    reports = tuple(replace(r, source=source, index=i) for i, r in enumerate(reports))
    text = raw_text if raw_text is not None else f"{source}\n" + "\n".join(r.display_title for r in reports)
    substitutions = tuple(s for r in reports for s in r.substitutions)
    return ParsedDocument(source=source, raw_text=text, cleaned_text=text, substitutions=substitutions, reports=reports)


def store(doc: ParsedDocument) -> services.DocumentRows:
    rows = services.document_rows(doc)
    services.rows_save(rows)
    return rows


PARTY = Substitution(original="D", restored="党", count=3)
