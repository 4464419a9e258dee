"""The metric finder over the seven seed reports, through the real pipeline, against the hand-checked list.

Matching rule (per source file and report): a found metric matches a golden one when unit and
raw value are equal and the names agree, i.e. one contains the other or they are at least half
alike (difflib ratio), after dropping punctuation. Each found metric matches at most one golden
metric; among candidates the most alike name wins, then the earliest. Precision and recall must
both reach 0.95, and every field of every matched pair is then compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from apps.extraction import extract_document
from apps.extraction.records import Metric

GOLDEN = Path(__file__).parent / "golden" / "metrics_seeds.txt"
_PUNCTUATION_RE = re.compile(r"[\s“”‘’\"'《》（）()、，。·]")
FIELDS = ("kind", "bound", "period", "rank_scope", "year_on_year", "value", "masked", "normalized_value", "base_unit")


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
    normalized_value: Decimal | None
    base_unit: str

    @property
    def masked(self) -> bool:
        return self.value is None


def _golden_row(source: str, report: int, line: int, row: str) -> Golden:
    cells = [cell.strip() for cell in row.split("|")]
    cells += [""] * (10 - len(cells))
    name, raw, unit, kind, bound, period, scope, yoy, value, normalized = cells[:10]
    normalized_value, base_unit = normalized.split() if normalized else (None, "")
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
        value=Decimal(value) if value else None,
        normalized_value=Decimal(normalized_value) if normalized_value else None,
        base_unit=base_unit,
    )


def load_golden(path: Path = GOLDEN) -> list[Golden]:
    rows, source, report = [], "", 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("== "):
            source, index = line[3:].split()
            report = int(index)
        elif line.strip() and not line.startswith("#"):
            rows.append(_golden_row(source, report, number, line))
    return rows


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


@pytest.fixture(scope="module")
def found_by_report(seed_paths) -> dict[tuple[str, int], list[Metric]]:
    found = {}
    for path in seed_paths:
        document = extract_document(path.read_text(encoding="utf-8"), path.name)
        for report in document.reports:
            found[(path.name, report.index)] = list(report.metrics)
    return found


@pytest.fixture(scope="module")
def golden_by_report() -> dict[tuple[str, int], list[Golden]]:
    grouped: dict[tuple[str, int], list[Golden]] = {}
    for row in load_golden():
        grouped.setdefault((row.source, row.report), []).append(row)
    return grouped


@pytest.fixture(scope="module")
def pairs(found_by_report, golden_by_report) -> list[tuple[Golden, Metric]]:
    return [pair for key, golden in golden_by_report.items() for pair in match(golden, found_by_report.get(key, []))]


def test_golden_list_covers_every_seed_report(golden_by_report, found_by_report):
    assert set(golden_by_report) == set(found_by_report)
    assert sum(len(rows) for rows in golden_by_report.values()) > 400


def test_recall_at_least_95_percent(pairs, golden_by_report):
    matched = {(g.source, g.line) for g, _ in pairs}
    missed = [g for rows in golden_by_report.values() for g in rows if (g.source, g.line) not in matched]
    total = sum(len(rows) for rows in golden_by_report.values())
    recall = 1 - len(missed) / total
    listing = "\n".join(f"  golden line {g.line}: {g.name} {g.raw_value}{g.unit}" for g in missed)
    assert recall >= 0.95, f"recall {recall:.3f}; not found:\n{listing}"


def test_precision_at_least_95_percent(pairs, found_by_report):
    matched = {id(metric) for _, metric in pairs}
    extra = [(key, m) for key, metrics in found_by_report.items() for m in metrics if id(m) not in matched]
    total = sum(len(metrics) for metrics in found_by_report.values())
    precision = 1 - len(extra) / total
    listing = "\n".join(f"  {key}: {m.name} {m.raw_value}{m.unit} in {m.sentence[:40]}" for key, m in extra)
    assert precision >= 0.95, f"precision {precision:.3f}; not in the golden list:\n{listing}"


@pytest.mark.parametrize("field", FIELDS)
def test_matched_metrics_agree_field_by_field(pairs, field):
    wrong = [(g, m) for g, m in pairs if getattr(g, field) != getattr(m, field)]
    listing = "\n".join(f"  line {g.line} {g.name}: {getattr(g, field)!r} != {getattr(m, field)!r}" for g, m in wrong)
    assert not wrong, f"{field} differs on {len(wrong)} of {len(pairs)} matched metrics:\n{listing}"
