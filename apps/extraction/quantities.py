"""Finds the quantities of a text region: a number (or a mask, or nothing) with a unit, and ranks.

A quantity is not yet a metric: it has no name, period or kind. `metrics.py` gives it those.
Forms found here:
- Arabic numbers and masks before a unit: `12.5亿元`, `1,234个`, `XX%`, `xx.x万人次`, `*余台`, `××处`;
  a stray line break between number and unit is allowed (PDF copies);
- Chinese round numbers with a bound: `千余篇`, `二十多家`, `近千人`;
- ranks: `居全省第XX位`, `居全县第一位`, `稳居全市首位`, `获团体第二名`;
- deleted numbers (`集中学习次`, `提拔人`): see `deleted_numbers.py`.
Not quantities: a number glued to Latin letters (`PM2.5`, `5G`), an ordinal (`第2批`), a duration
(`为期x天`), a mask followed by a word that is not a unit (`X集团`, `X项目`), a size class
(`10亿元以上项目`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from .deleted_numbers import WORDS_AFTER_UNIT, deletion_style, find_deleted, right_is_word
from .metric_cues import PREFIX_BOUNDS, RANK_SCOPE_RE, RANK_VERBS
from .numerals import parse_chinese_int
from .units import SCALES, UNITS, UNSCALED, alternation

UNIT_ALTERNATION = alternation(UNITS)
_SCALE_ALTERNATION = alternation(SCALES)
# Numbers a report can hold (at most 15 integer digits, 6 decimals, as the database stores them);
# a longer run of digits is an identifier, not a quantity.
# A mask may also hide only some digits (`2X.5亿元`): the value is then unknown too.
_MASK = r"[Xx]{1,8}(?:\.[Xx]{1,6})?|\*{1,8}(?:\.\*{1,6})?|×{1,8}|○{1,8}|□{1,8}"
_PART_MASK = r"(?=[Xx.]*\d)(?=[\d.]*[Xx])[\dXx]{1,15}(?:\.[\dXx]{1,6})?"  # both a digit and an X
_ARABIC = r"\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?"
NUMBER_RE = re.compile(f"{_ARABIC}|{_MASK}|{_PART_MASK}")
_BREAK = r"[ \t\u3000]*\n?[ \t\u3000]*"  # a hard line break may split number and unit

# Every scanning pattern starts with a character class or literal words, which lets the regex engine
# skip ahead fast; what stands before the match is checked afterwards (`_free_before`).
NUMBER_QUANTITY_RE = re.compile(
    rf"(?P<num>[\dXx*×○□][\d,.Xx*×○□]{{0,30}}){_BREAK}"  # bounded: a long digit run costs linear time
    rf"(?P<b1>余|多)?(?P<scale>{_SCALE_ALTERNATION})?(?P<b2>余|多)?{_BREAK}"
    rf"(?P<unit>{UNIT_ALTERNATION})(?P<post>以上)?"
)
# Round Chinese numbers only count with a bound (`千余篇`, `二十多家`, `近千人`, `约万人`): plain
# ones are the genre's slogans and enumerations (四个意识, 三项突破, 两次).
CHINESE_NUMBER_RE = re.compile(r"[一两二三四五六七八九]?(?:十[一二三四五六七八九]?|[百千万])")
CHINESE_QUANTITY_RE = re.compile(  # class-first for speed; the numeral's form is checked after
    rf"(?P<num>[一两二三四五六七八九十百千万][十百千万]?[一二三四五六七八九]?)(?P<b1>余|多)?(?P<unit>{UNIT_ALTERNATION})"
)
RANK_RE = re.compile(
    rf"(?P<verb>{RANK_VERBS})(?P<mid>[^，,。；;：:！？\n]{{0,8}}?)"
    rf"(?:第(?P<num>\d+|{_MASK}|[一二两三四五六七八九十]+)|(?P<first>首))(?P<unit>位|名)"
)
_NOT_BEFORE_NUMBER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.第")
_NOT_BEFORE_CHINESE = frozenset("一二两三四五六七八九十百千万亿0123456789Xx*×○□.")
_DURATION_BEFORE = frozenset({"为期", "历时", "用时", "耗时", "期限"})  # `为期x天` is a duration


_new_quantity = tuple.__new__  # builds a Quantity from a full tuple, skipping the keyword-aware __new__


class Quantity(NamedTuple):
    start: int  # the number (or, for a deleted number, the unit)
    end: int  # after the unit and a trailing bound
    raw: str  # the number as written; "" when deleted
    value: Decimal | None
    unit: str  # scale and unit as written, bound words left out: `万件` for `XX万余件`
    bound: str
    rank_scope: str = ""
    rank_verb_start: int = -1  # ranks only: where the verb (居, 位居 …) starts
    rank_mid: str = ""  # ranks only: what stands between the verb and 第 (`全省`, `团体`)


def find_quantities(text: str, start: int, end: int) -> list[Quantity]:
    """All quantities in `text[start:end]`, in text order, none overlapping.

    The whole text is scanned once and the result kept for the next call on the same text: the
    pipeline asks for every section of a document in turn.
    """
    starts, quantities = _document_quantities(text)
    inside = quantities[bisect_left(starts, start) : bisect_left(starts, end)]
    while inside and inside[-1].end > end:  # cut by the region's end: not a quantity of this region
        inside.pop()
    return inside


@lru_cache(maxsize=2)
def _document_quantities(text: str) -> tuple[list[int], list[Quantity]]:
    quantities = _scan(text)
    return [q.start for q in quantities], quantities


def _scan(text: str) -> list[Quantity]:
    start, end = 0, len(text)
    found = [*_ranks(text, start, end), *_numbers(text, start, end), *_chinese(text, start, end)]
    found.sort(key=itemgetter(0))
    kept = _without_overlaps(found)
    for deleted in find_deleted(text, start, end, [(q.start, q.end) for q in kept]):
        bound = deleted.bound or prefix_bound(text, deleted.start, start)
        kept.append(Quantity(deleted.start, deleted.end, "", None, deleted.unit, bound))
    kept.sort(key=itemgetter(0))
    return kept


def _numbers(text: str, start: int, end: int):
    # The hottest loop of the finder: cheap character tests first, all groups fetched at once.
    for match in NUMBER_QUANTITY_RE.finditer(text, start, end):
        at, after = match.span()
        if at and text[at - 1] in _NOT_BEFORE_NUMBER:
            continue
        raw, b1, scale, b2, base, post = match.groups()
        if not post and after < end and text[after] in WORDS_AFTER_UNIT.get(base, ""):
            continue  # the unit starts a word: `X项目`, `XX人民`
        if post and after < end and _is_han(text[after]) and text[after] != "的":
            continue  # a size class, not a figure: `10亿元以上项目`, `500万元以上企业`
        if not NUMBER_RE.fullmatch(raw) or text[at - 2 : at] in _DURATION_BEFORE:
            continue
        if scale and base in UNSCALED:
            continue
        digits = raw.replace(",", "")
        value = Decimal(digits) if digits.replace(".", "", 1).isdigit() else None
        bound = post or b2 or b1 or (prefix_bound(text, at, start) if text[at - 1 : at] in _BOUND_LAST else "")
        yield _new_quantity(Quantity, (at, after, raw, value, scale + base if scale else base, bound, "", -1, ""))


def _chinese(text: str, start: int, end: int):
    for match in CHINESE_QUANTITY_RE.finditer(text, start, end):
        number, unit = match["num"], match["unit"]
        if not CHINESE_NUMBER_RE.fullmatch(number) or right_is_word(unit, text, match.end(), end):
            continue
        if not _free_before(text, match.start(), _NOT_BEFORE_CHINESE):
            continue
        bound = match["b1"] or prefix_bound(text, match.start(), start)
        if not bound or (number[-1] == "万" and deletion_style(text)):
            continue  # in a copy with its numbers cut, `约万人次` is `约X万人次` (a deleted number)
        yield Quantity(match.start(), match.end(), number, Decimal(parse_chinese_int(number)), unit, bound)


def _ranks(text: str, start: int, end: int):
    for match in RANK_RE.finditer(text, start, end):
        raw = match["first"] or match["num"]
        yield Quantity(
            start=match.start("num") if match["num"] else match.start("first"),
            end=match.end(),
            raw=raw,
            value=rank_value(raw),
            unit=match["unit"],
            bound="",
            rank_scope=_rank_scope(text, match, start),
            rank_verb_start=match.start(),
            rank_mid=match["mid"],
        )


def _rank_scope(text: str, rank: re.Match, region_start: int) -> str:
    """The scope inside the verb…第 stretch (`居全省第`), or right before the verb (`全省排名第三`)."""
    inside = RANK_SCOPE_RE.search(rank["mid"])
    if inside:
        return inside.group()
    before = text[max(region_start, rank.start() - 2) : rank.start()]
    return before if RANK_SCOPE_RE.fullmatch(before) else ""


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _free_before(text: str, pos: int, forbidden: frozenset[str]) -> bool:
    """The number is not the tail of a longer token (`PM2.5`, `第2`, `两千`)."""
    return pos <= 0 or text[pos - 1] not in forbidden


def _without_overlaps(quantities: list[Quantity]) -> list[Quantity]:
    kept: list[Quantity] = []
    for quantity in quantities:
        if kept and quantity.start < kept[-1].end:
            continue
        kept.append(quantity)
    return kept


_PREFIX_BOUNDS = dict(PREFIX_BOUNDS)
_BOUND_LAST = frozenset(word[-1] for word in _PREFIX_BOUNDS)


def prefix_bound(text: str, number_start: int, region_start: int) -> str:
    """The bound word written right before a number (`超过`, `近`, `约` …), as recorded."""
    two = text[max(region_start, number_start - 2) : number_start]
    return _PREFIX_BOUNDS.get(two) or _PREFIX_BOUNDS.get(two[-1:], "")


def rank_value(raw: str) -> Decimal | None:
    if raw == "首":
        return Decimal(1)
    if raw.isdigit():
        return Decimal(raw)
    parsed = parse_chinese_int(raw)
    return None if parsed is None else Decimal(parsed)
