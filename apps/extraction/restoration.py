"""Restoring characters a published copy swapped to dodge filters: `D` → 党, `DP` → GDP, `哒哒君` → 公文, and
the 区 → 市 swap in compounds (`社市` → 社区).

Each rule is gated on evidence within the same report (a region of the text), so a report written
normally is never touched, and a restoration never changes a correct word (`市委`, `GDP`, `PPT`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .offsets import Layer, apply_replacements

_HAN_RE = re.compile("[\u4e00-\u9fff]")

# `D` standing for 党 next to Chinese text, never inside a Latin word or after a digit (`3D打印`),
# and not as a grade or type letter (`D级`, `D类`).
# Every pattern here starts with a literal (lookbehinds come after it), so the engine jumps from one
# candidate to the next instead of testing every position.
_PARTY_RE = re.compile(r"D(?<![A-Za-z0-9]D)(?![A-Za-z0-9级类型栋座])")
# Compounds only the party reading explains; two of them in a report show the swap is in use.
_PARTY_EVIDENCE_RE = re.compile(
    r"D(?:委|员|建|组|风|支部|性|课|中央|内|校|政|务|总支|工委|章|史|纪|的建设)|治D|入D|管D"
)
MIN_PARTY_EVIDENCE = 2
_GDP_RE = re.compile(r"DP(?<![A-Za-z]DP)(?![A-Za-z])")
_OFFICIAL_DOCUMENT_RE = re.compile("哒哒君")

# Words that exist only with 区: a report whose 区 was swapped to 市 writes `社市`, `片市`, `老旧小市`.
# 市 followed by these characters is a real word (`市场`, `市民`, `市长`, `市级`…), so it is left alone.
_ONE_CHAR_STEMS = "社片小景园校厂矿库牧垦灾疫盲误郊营战警选辖"
_TWO_CHAR_STEMS = frozenset(
    ("开发", "保护", "试验", "实验", "自贸", "功能", "集聚", "棚户", "安置", "居住", "保税", "新城")
)
_DISTRICT_RE = re.compile(
    rf"市(?<!直辖市)(?:(?<=[{_ONE_CHAR_STEMS}]市)|(?<=(?:{'|'.join(sorted(_TWO_CHAR_STEMS))})市))"
    r"(?![场民长值容貌井价面况委级镇县辖域属]|政府)"
)
MIN_DISTRICT_EVIDENCE = 2


@dataclass(frozen=True, slots=True)
class Replacement:
    start: int
    end: int
    original: str
    restored: str


def _party(text: str, start: int, end: int) -> list[Replacement]:
    if text.find("D", start, end) == -1 or len(_PARTY_EVIDENCE_RE.findall(text, start, end)) < MIN_PARTY_EVIDENCE:
        return []
    return [Replacement(m.start(), m.end(), "D", "党") for m in _PARTY_RE.finditer(text, start, end) if _in_chinese(m)]


def _gdp(text: str, start: int, end: int) -> list[Replacement]:
    return [Replacement(m.start(), m.end(), "DP", "GDP") for m in _GDP_RE.finditer(text, start, end) if _in_chinese(m)]


def _official_document(text: str, start: int, end: int) -> list[Replacement]:
    return [Replacement(m.start(), m.end(), "哒哒君", "公文") for m in _OFFICIAL_DOCUMENT_RE.finditer(text, start, end)]


def _district(text: str, start: int, end: int) -> list[Replacement]:
    found = []
    for match in _DISTRICT_RE.finditer(text, start, end):
        stem_start = match.start() - (2 if text[match.start() - 2 : match.start()] in _TWO_CHAR_STEMS else 1)
        if stem_start >= start:
            found.append(
                Replacement(
                    stem_start, match.end(), text[stem_start : match.end()], text[stem_start : match.start()] + "区"
                )
            )
    return found if len(found) >= MIN_DISTRICT_EVIDENCE else []


def _in_chinese(match: re.Match[str]) -> bool:
    """True when a Chinese character stands right before or right after the match."""
    text = match.string
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    return bool(_HAN_RE.match(before) or _HAN_RE.match(after))


_RULES = (_party, _gdp, _official_document, _district)


def find_replacements(text: str, start: int, end: int) -> list[Replacement]:
    """The restorations due within `text[start:end]` (one report), in text order."""
    found = [r for rule in _RULES for r in rule(text, start, end)]
    return sorted(found, key=lambda r: r.start)


def restore(text: str, replacements: list[Replacement]) -> tuple[str, Layer]:
    """Apply the replacements; the layer maps the restored text's offsets back."""
    return apply_replacements(text, [(r.start, r.end, r.restored) for r in replacements])


def count_pairs(replacements: list[Replacement]) -> Counter[tuple[str, str]]:
    """How often each (original, restored) pair was applied."""
    return Counter((r.original, r.restored) for r in replacements)
