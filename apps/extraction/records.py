"""Frozen dataclasses the pipeline returns: one ParsedDocument per input text, one ParsedReport per report.

Every `Span` is a pair of character offsets into `ParsedDocument.cleaned_text` (the whole source
after cleaning and restoration), so a compilation's reports, sections and metrics all share one
coordinate system.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .offsets import OffsetMap
from .vocabulary import (
    CriticismCategory,
    MetricKind,
    OrgLevel,
    Period,
    ReportType,
    SectionKind,
    Speaker,
    Theme,
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Substitution:
    """One kind of restored substitution, e.g. `D` → `党`, with how often it was applied."""

    original: str
    restored: str
    count: int


@dataclass(frozen=True, slots=True)
class Section:
    path: str  # "2.1.3": ordinals down the tree; the preamble is "0"
    level: int  # 1, 2 or 3
    ordinal: int  # position among its siblings (the preamble is 0)
    label: str  # numbering as written: "一", "（一）", "一是"; "" for unnumbered parts
    heading: str  # without the numbering; for items and run-ins, up to the first "。"
    body: str  # own text after the heading, children excluded
    kind: SectionKind
    themes: tuple[Theme, ...]
    span: Span  # the whole section, children included
    children: tuple[Section, ...] = ()

    def walk(self):
        """Yield this section and its descendants in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True, slots=True)
class Metric:
    name: str
    raw_value: str  # as written: "XX", "12.5", "", "xx.x", "三"
    value: Decimal | None  # null when masked or deleted, or a range (3-5家); negative for 下降/减少
    unit: str  # as written: "亿元", "%", "万㎡"
    masked: bool
    kind: MetricKind
    bound: str  # as written: "超过", "突破", "近", "约", "不足", "达到", "以上", "以内", "左右", "余", "多" … or ""
    period: str  # "前三季度", "1-X月份", "上半年", "截至目前", "全年" or ""
    rank_scope: str  # "全省", "全市", "全县" … for ranks, else ""
    year_on_year: bool
    normalized_value: Decimal | None  # value in base_unit whenever the value is known (亿元 → 元); else None
    base_unit: str  # "元", "m²", "m", … or the unit itself when it has no scale ("%", "个"); "" when no value
    section_path: str
    sentence: str
    span: Span  # the quantity (name through unit) in the cleaned text


@dataclass(frozen=True, slots=True)
class SelfCriticismItem:
    ordinal: int
    text: str
    category: CriticismCategory
    section_path: str
    span: Span


@dataclass(frozen=True, slots=True)
class PlanItem:
    ordinal: int
    text: str
    category: Theme
    section_path: str
    span: Span


@dataclass(frozen=True, slots=True)
class ParsedReport:
    source: str
    index: int  # 0-based within the source
    title: str | None  # as written; None when the text has none
    display_title: str  # the title, or one derived from the metadata
    year: int | None
    period: Period
    report_type: ReportType
    org_level: OrgLevel
    org_name: str | None
    speaker: Speaker
    span: Span
    preamble: str
    closing: str
    substitutions: tuple[Substitution, ...]  # counted within this report's span
    sections: tuple[Section, ...]
    metrics: tuple[Metric, ...]
    self_criticisms: tuple[SelfCriticismItem, ...]
    plans: tuple[PlanItem, ...]

    def all_sections(self):
        """Every section in document order, depth first."""
        for section in self.sections:
            yield from section.walk()


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    source: str
    raw_text: str
    cleaned_text: str
    substitutions: tuple[Substitution, ...]
    reports: tuple[ParsedReport, ...] = field(default=())
    offsets: OffsetMap = field(default_factory=OffsetMap, repr=False, compare=False)

    def to_raw(self, offset: int, *, end: bool = False) -> int:
        """The raw-text offset of a cleaned-text offset (`end` for the end of a span)."""
        return self.offsets.to_raw(offset, end=end)

    def raw_span(self, span: Span) -> Span:
        """Where a cleaned-text span came from in the raw text."""
        return Span(self.to_raw(span.start), self.to_raw(span.end, end=True))
