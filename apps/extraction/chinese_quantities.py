"""Quantities written in Chinese numerals: round numbers with a bound, counts that close a clause, percent words.

- A round number with a bound: `千余篇`, `二十多家`, `近千人`, `突破千亿元`, `超过八成`.
- A small count (一 … 九十九) that closes its clause, or is followed by another figure: `召开党委会议二十四次、`,
  `专项检查六轮，`, `通报典型问题五批21起`. Written after what it counts, it is a figure. A count opening
  a noun is left out: those are the genre's slogans and enumerations (`四个意识`, `三项突破`, `五个一`,
  `三大攻坚战`, `先后两次对…`), as are counts after `第` (ordinals), `每` or a time word (frequencies:
  `每季度开展一次`, `一年两次`), an opening quote (slogans), `分为` (divisions: `分为三类`) and a
  project or place (its phase: `产业园一期`, while `培训班五期` counts courses).
- A numeral with a digit before 百 or 千 (`八百亩`, `一百二十户`, `一千二百余人`, `二百三十余万元`): a figure
  wherever it stands, as its digits would be.
- Percent words and fractions (`百分之九十`, `三分之二`): a share in %, with the words as raw value, where
  only `的`, a bound or the clause end follows (`百分之百完成任务` says how, not how much).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .metric_cues import CLAUSE_END, SENTENCE_END, SUFFIX_BOUNDS
from .numerals import DIGITS, parse_chinese_int

# Round numbers (十, 二十三, 五百, 两千, 万) and small counts (一 … 九十九).
ROUND_NUMBER_RE = re.compile(r"[一两二三四五六七八九]?(?:十[一二三四五六七八九]?|[百千万])")
# A digit times 百 or 千 and what follows (八百, 一百二十, 一千二百, 三百五十): written out as a figure is, never a
# slogan's count (those are small: 四个意识, 五个一) nor a class (千亩连片, 百村示范 have no digit before 千/百).
PLACED_NUMBER_RE = re.compile(r"[一两二三四五六七八九][百千](?:[一二三四五六七八九][十百]?){0,2}")
SMALL_COUNT_RE = re.compile(r"[一两二三四五六七八九]|[二三四五六七八九]?十[一二三四五六七八九]?")
CLOSING = frozenset(CLAUSE_END + SENTENCE_END + "、）)")
_FIGURE_START = frozenset("0123456789Xx*×○□")
_NOT_BEFORE_NUMBER = frozenset("一二两三四五六七八九十百千万亿0123456789Xx*×○□.第")
# Before a closing count: ordinals, determiners, frequencies and divisions (`这一次`, `再一次`, `每年一次`,
# `一年两次`, `分三批`).
_NOT_BEFORE_COUNT = frozenset("这那每各该其某哪几数逐头首前后上下再又同单唯统专分年月周日天季")
_WORD_ENDS = frozenset("”》")
_DIVISIONS = frozenset({"分为", "分成"})
_PHASED = frozenset("园区厂程目楼院城场站馆港路桥村地心")  # what a phase (一期, 二期) belongs to
_FREQUENCY_WINDOW = 12  # how far back a `每` makes a count a frequency, within the clause

_PERCENT_WORDS_RE = re.compile(r"百分之(?P<number>[零〇一二两三四五六七八九十百点]{1,8})")
_FRACTION_RE = re.compile(r"(?P<whole>[一二两三四五六七八九十]{1,3})分之(?P<part>[一二两三四五六七八九十]{1,3})")
_AFTER_SHARE = frozenset(CLAUSE_END + SENTENCE_END + "的")
_FRACTION_NUMERALS = frozenset("一二两三四五六七八九十")
_SIX_PLACES = Decimal("0.000001")


def chinese_number_value(number: str, bounded: bool, closing: bool) -> int | None:
    """The value of a numeral before a unit, or None when it is no figure there (see the module rules)."""
    if (bounded and ROUND_NUMBER_RE.fullmatch(number)) or PLACED_NUMBER_RE.fullmatch(number):
        return parse_chinese_int(number)
    if closing and SMALL_COUNT_RE.fullmatch(number):
        return parse_chinese_int(number)
    return None


def closes(text: str, pos: int, end: int, unit: str) -> bool:
    """Whether a count ending at `pos` closes its clause (or another figure follows it); `七成的税收` is a share."""
    if pos >= end or text[pos] in CLOSING or text[pos] in _FIGURE_START or text.startswith(SUFFIX_BOUNDS, pos):
        return True
    return unit == "成" and text[pos] == "的"


def counted_before(text: str, pos: int, start: int, unit: str) -> bool:
    """Whether the words before a closing count at `pos` name what it counts (not an ordinal, frequency, slogan,
    or a project's phase: `产业园一期`, `工程二期`)."""
    if pos <= start:
        return False
    before = text[pos - 1]
    if before in _NOT_BEFORE_COUNT or not ("\u4e00" <= before <= "\u9fff" or before in _WORD_ENDS):
        return False
    if unit == "期" and before in _PHASED:
        return False
    if text[max(start, pos - 2) : pos] in _DIVISIONS:
        return False
    window = text[max(start, pos - _FREQUENCY_WINDOW) : pos]
    clause = window[max(window.rfind(mark) for mark in CLAUSE_END + SENTENCE_END) + 1 :]
    return "每" not in clause


def free_before(text: str, pos: int) -> bool:
    """The numeral is not the tail of a longer one (`两千`) or an ordinal (`第十轮`)."""
    return pos <= 0 or text[pos - 1] not in _NOT_BEFORE_NUMBER


def shares_in_words(text: str, start: int, end: int):
    """(start, end, raw, value in %) of each `百分之N` and `N分之M` that stands as a figure."""
    at = text.find("分之", start, end)
    while at >= 0:
        found = _share_at(text, at, start, end)
        if found:
            yield found
        at = text.find("分之", (found[1] if found else at + 2), end)


def _share_at(text: str, at: int, start: int, end: int):
    percent = _PERCENT_WORDS_RE.match(text, at - 1, end) if at - 1 >= start and text[at - 1] == "百" else None
    if percent:
        value = _decimal_numeral(percent["number"])
        match = percent
    else:
        match = _fraction_before(text, at, start, end)
        if match is None:
            return None
        whole, part = parse_chinese_int(match["whole"]), parse_chinese_int(match["part"])
        value = (Decimal(100 * part) / Decimal(whole)).quantize(_SIX_PLACES) if whole and part else None
    after = match.end()
    standing = after >= end or text[after] in _AFTER_SHARE or text.startswith(SUFFIX_BOUNDS, after)
    if value is None or not standing or not free_before(text, match.start()):
        return None
    return match.start(), after, match.group(), value


def _fraction_before(text: str, at: int, start: int, end: int) -> re.Match | None:
    """The `N分之M` whose `分之` stands at `at` (N is the run of numerals right before it, at most three)."""
    begin = at
    while begin > max(start, at - 3) and text[begin - 1] in _FRACTION_NUMERALS:
        begin -= 1
    match = _FRACTION_RE.match(text, begin, end) if begin < at else None
    return match if match and match.start("part") == at + 2 else None


def _decimal_numeral(number: str) -> Decimal | None:
    """`九十五点五` → 95.5; `百` → 100."""
    whole, _, fraction = number.partition("点")
    value = parse_chinese_int(whole)
    if value is None or any(char not in DIGITS for char in fraction):
        return None
    digits = "".join(str(DIGITS[char]) for char in fraction)
    return Decimal(f"{value}.{digits}") if digits else Decimal(value)
