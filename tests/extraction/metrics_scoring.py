"""Scoring the metric finder against a hand-checked golden list (`golden/metrics_*.txt`).

Matching rule (per source file and report): a found metric matches a golden one when unit and
raw value are equal and the names agree, i.e. one contains the other or they are at least half
alike (difflib ratio), after dropping punctuation. Each found metric matches at most one golden
metric; among candidates the most alike name wins, then the earliest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher
from pathlib import Path

from apps.extraction import extract_document
from apps.extraction.records import Metric

GOLDEN_DIR = Path(__file__).parent / "golden"
FIELDS = ("kind", "bound", "period", "rank_scope", "year_on_year", "value", "masked", "normalized_value", "base_unit")
_PUNCTUATION_RE = re.compile(r"[\s“”‘’\"'《》（）()、，。·]")
_NO_SINGLE_VALUE = "~"  # a range (`3-5家`): no value, yet nothing hidden


@dataclass(frozen=True)
class Golden:
    source: str
    report: int
    line: int  # line in the golden file, for messages
    name: str
    raw_value: str
    unit: str
    kind: str
    bound: str
    period: str
    rank_scope: str
    year_on_year: bool
    value: Decimal | None
    masked: bool
    normalized_value: Decimal | None
    base_unit: str


def _golden_row(source: str, report: int, line: int, row: str) -> Golden:
    cells = [cell.strip() for cell in row.split("|")]
    cells += [""] * (10 - len(cells))
    name, raw, unit, kind, bound, period, scope, yoy, value, normalized = cells[:10]
    normalized_value, base_unit = normalized.split() if normalized else (None, "")
    known = value not in ("", _NO_SINGLE_VALUE)
    return Golden(
        source=source,
        report=report,
        line=line,
        name=name,
        raw_value=raw,
        unit=unit,
        kind=kind,
        bound=bound,
        period=period,
        rank_scope=scope,
        year_on_year=yoy == "yoy",
        value=Decimal(value) if known else None,
        masked=value == "",
        normalized_value=Decimal(normalized_value) if normalized_value else None,
        base_unit=base_unit,
    )


def load_golden(path: Path) -> list[Golden]:
    rows, source, report = [], "", 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("== "):
            source, index = line[3:].split()
            report = int(index)
        elif line.strip() and not line.startswith("#"):
            rows.append(_golden_row(source, report, number, line))
    return rows


def golden_by_report(path: Path) -> dict[tuple[str, int], list[Golden]]:
    grouped: dict[tuple[str, int], list[Golden]] = {}
    for row in load_golden(path):
        grouped.setdefault((row.source, row.report), []).append(row)
    return grouped


def found_by_report(paths: list[Path]) -> dict[tuple[str, int], list[Metric]]:
    """The metrics of every report of every text, through the real pipeline."""
    found = {}
    for path in paths:
        document = extract_document(path.read_text(encoding="utf-8"), path.name)
        for report in document.reports:
            found[(path.name, report.index)] = list(report.metrics)
    return found


def names_agree(expected: str, found: str) -> float:
    """0 when the names disagree, else how alike they are (containment counts as fully alike)."""
    a, b = _PUNCTUATION_RE.sub("", expected), _PUNCTUATION_RE.sub("", found)
    if a and b and (a in b or b in a):
        return 1.0
    ratio = SequenceMatcher(None, a, b).ratio()
    return ratio if ratio >= 0.5 else 0.0


def match(golden: list[Golden], found: list[Metric]) -> list[tuple[Golden, Metric]]:
    """Pair golden and found metrics of one report (see the module docstring)."""
    unused = list(range(len(found)))
    pairs = []
    for expected in golden:
        best, best_score = None, 0.0
        for index in unused:
            metric = found[index]
            if metric.unit != expected.unit or metric.raw_value != expected.raw_value:
                continue
            score = names_agree(expected.name, metric.name)
            if score > best_score:
                best, best_score = index, score
        if best is not None:
            unused.remove(best)
            pairs.append((expected, found[best]))
    return pairs


def all_pairs(golden: dict[tuple[str, int], list[Golden]], found: dict[tuple[str, int], list[Metric]]):
    return [pair for key, rows in golden.items() for pair in match(rows, found.get(key, []))]


def recall(pairs, golden: dict[tuple[str, int], list[Golden]]) -> tuple[float, str]:
    """Share of golden metrics found, and a listing of those missed."""
    matched = {(g.source, g.line) for g, _ in pairs}
    missed = [g for rows in golden.values() for g in rows if (g.source, g.line) not in matched]
    total = sum(len(rows) for rows in golden.values())
    listing = "\n".join(f"  golden line {g.line}: {g.name} {g.raw_value}{g.unit}" for g in missed)
    return 1 - len(missed) / total, listing


def precision(pairs, found: dict[tuple[str, int], list[Metric]]) -> tuple[float, str]:
    """Share of found metrics in the golden list, and a listing of the others."""
    matched = {id(metric) for _, metric in pairs}
    extra = [(key, m) for key, metrics in found.items() for m in metrics if id(m) not in matched]
    total = sum(len(metrics) for metrics in found.values())
    listing = "\n".join(f"  {key[0]}: {m.name} {m.raw_value}{m.unit} in {m.sentence[:40]}" for key, m in extra)
    return 1 - len(extra) / total, listing


def disagreements(pairs, field: str) -> list[tuple[Golden, Metric]]:
    return [(g, m) for g, m in pairs if getattr(g, field) != getattr(m, field)]


def listing_of(wrong: list[tuple[Golden, Metric]], field: str) -> str:
    return "\n".join(f"  line {g.line} {g.name}: {getattr(g, field)!r} != {getattr(m, field)!r}" for g, m in wrong)
