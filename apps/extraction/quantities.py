"""Finds the quantities of a text region: a number (or a mask, or nothing) with a unit, and ranks.

A quantity is not yet a metric: it has no name, period or kind. `metrics.py` gives it those.
Forms found here:
- Arabic numbers and masks before a unit: `12.5亿元`, `1,234个`, `XX%`, `xx.x万人次`, `*余台`, `××处`,
  `增长-0.5%`; a stray line break between number and unit is allowed (PDF copies);
- ranges (`3-5家`, `10～20个`): raw value as written, no single value, not masked;
- Chinese numerals (`千余篇`, `召开会议十二次`, `百分之九十`, `三分之二`): see `chinese_quantities.py`;
- ranks: `居全省第XX位`, `居全县第一位`, `稳居全市首位`, `获团体第二名`, and without 位 where the clause
  ends (`排名全省第三，` is recorded with unit 位);
- deleted numbers (`集中学习次`, `提拔人`): see `deleted_numbers.py`.
Not quantities: a number glued to Latin letters (`PM2.5`, `5G`), an ordinal (`第2批`), a duration
(`为期x天`, `历时3个月`), an age (`60岁以上`; only life expectancy and average age are figures in 岁), a mask
followed by a word that is not a unit (`X集团`, `X项目`), a size class (`10亿元以上项目`), a threshold
that defines what a later figure counts (`50万元以上的村21个`, `超过10万元的村占比达到90%`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from .chinese_quantities import chinese_number_value, closes, counted_before, free_before, shares_in_words
from .deleted_numbers import WORDS_AFTER_UNIT, deletion_style, find_deleted, right_is_word
from .metric_cues import (
    CJK,
    CLAUSE_END,
    PREFIX_BOUNDS,
    RANK_SCOPE_RE,
    RANK_VERBS,
    SENTENCE_END,
    SUFFIX_BOUNDS,
    mark_positions,
)
from .numerals import parse_chinese_int
from .units import (
    AMOUNT_MEASURES,
    POPULATION_NOUNS,
    SCALES,
    UNITS,
    UNSCALED,
    WRITTEN_UNITS,
    Measure,
    Unit,
    alternation,
    first_characters,
    population_unit,
)

UNIT_ALTERNATION = alternation(UNITS)
_SCALE_ALTERNATION = alternation(SCALES)
# Numbers a report can hold (at most 15 integer digits, 6 decimals, as the database stores them);
# a longer run of digits is an identifier, not a quantity.
# A mask may also hide only some digits (`2X.5亿元`): the value is then unknown too.
_MASK = r"[Xx]{1,8}(?:\.[Xx]{1,6})?|\*{1,8}(?:\.\*{1,6})?|×{1,8}|○{1,8}|□{1,8}"
_PART_MASK = r"(?=[Xx.]*\d)(?=[\d.]*[Xx])[\dXx]{1,15}(?:\.[\dXx]{1,6})?"  # both a digit and an X
_ARABIC = r"\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?"
NUMBER_RE = re.compile(f"{_ARABIC}|{_MASK}|{_PART_MASK}")
_MASK_RE = re.compile(_MASK)
_MASK_FIRST = frozenset("Xx*×○□")
_RANGE_MARKS = "-~～—至到"
RANGE_RE = re.compile(f"(?P<low>{_ARABIC})[{_RANGE_MARKS}](?P<high>{_ARABIC})")
_BREAK = r"[ \t\u3000]*\n?[ \t\u3000]*"  # a hard line break may split number and unit

# Every scanning pattern starts with a character class or literal words, which lets the regex engine
# skip ahead fast; what stands before the match is checked afterwards (`_free_before`).
# What can follow a number in a quantity (a space or line break, a bound, a scale or a unit), and a numeral:
# a lookahead on these gives up at once on `2023年`, `XX县`, `一年` instead of trying every unit.
_AFTER_NUMBER = first_characters([*UNITS, *SCALES, " ", "\t", "\u3000", "\n", "余", "多"])
_AFTER_NUMERAL = first_characters([*UNITS, "余", "多", "亿", "万"])
NUMBER_QUANTITY_RE = re.compile(
    # bounded and possessive: a digit run costs linear time, and one with no unit is not retried shorter
    rf"(?P<num>[\dXx*×○□][\d,.Xx*×○□]{{0,30}}+(?:[{_RANGE_MARKS}]\d[\d,.]{{0,20}}+)?)(?={_AFTER_NUMBER}){_BREAK}"
    rf"(?P<b1>余|多)?(?P<scale>{_SCALE_ALTERNATION})?(?P<b2>余|多)?{_BREAK}"
    rf"(?P<unit>{UNIT_ALTERNATION})(?P<post>{'|'.join(SUFFIX_BOUNDS)})?"
)
CHINESE_QUANTITY_RE = re.compile(  # class-first for speed; the numeral's form is checked after
    rf"(?P<num>[一两二三四五六七八九十百千万][十百千万]?(?:[一二三四五六七八九][十百]?){{0,2}})(?={_AFTER_NUMERAL})"
    rf"(?P<b1>余|多)?(?P<scale>亿|万)?(?P<unit>{UNIT_ALTERNATION})(?P<post>以上|左右)?"
)
# A number with a scale only before the people or households it counts (`2.1万农村人口`, `1.2万脱贫户`); a
# noun in 户 must end there (`户籍`, `户口` go on).
_POPULATION_NOUN = f"[{CJK}]{{0,8}}?(?:{alternation(POPULATION_NOUNS)})(?![籍口外型主头])"
# Scanned by its scale, the number read backwards from there: a scan from every digit costs twice the number scan.
_POPULATION_SCALE_RE = re.compile(f"[万亿](?<=[0-9Xx余多][万亿])(?=余|多|[{CJK}])")
_POPULATION_NUMBER_RE = re.compile(rf"(?:{_ARABIC}|[Xx]{{1,8}}(?:\.[Xx]{{1,6}})?)$")
_NOT_A_POPULATION = frozenset("元平亩吨公千米立㎡瓦")  # the common cases after a scale: 万元, 万平方米 …
_POPULATION_NOUN_RE = re.compile(_POPULATION_NOUN)
_RANK_CLOSE = f"[{CLAUSE_END}{SENTENCE_END}、]|\\Z"
RANK_RE = re.compile(
    rf"(?P<verb>{RANK_VERBS})(?P<mid>[^，,。；;：:！？\n]{{0,8}}?)"
    rf"(?:第(?P<num>\d+|{_MASK}|[一二两三四五六七八九十]+)(?:(?P<unit>位|名)|(?={_RANK_CLOSE}))"
    rf"|(?P<first>首)(?P<first_unit>位|名))"
)
_NOT_BEFORE_NUMBER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.第")
_DURATION_BEFORE = frozenset({"为期", "历时", "用时", "耗时", "期限"})  # `为期x天` is a duration
_DURATION_LAST = frozenset(word[-1] for word in _DURATION_BEFORE)
_AGE_INDICATOR_RE = re.compile("寿命|年龄")  # what a figure in 岁 must measure
_AGE_WINDOW = 12
_AGE_CHANGE_RE = re.compile("(?:提高|增加|延长|下降|降低|减少|上升|增长)了?$")
_MEASURED_AMOUNTS = AMOUNT_MEASURES - {Measure.AGE, Measure.SCORE}
_COUNTED = frozenset(unit for unit, info in UNITS.items() if info.measure is Measure.COUNT) | {"成"}
# Units a small numeral closing its clause is a figure in (`调处纠纷八十七件`, `道路硬化十二公里`); not ages.
_CLOCK = frozenset("时点:：")
_CLOSING_UNITS = _COUNTED | frozenset(unit for unit, info in UNITS.items() if info.measure in _MEASURED_AMOUNTS)
_ROUND_CHARS = frozenset("十百千万")
# A threshold is followed by 的 and what it defines; these bounds make one (`超过10万元的村`).
_CLASS_BOUNDS = frozenset({"以上", "以下", "以内", "超过", "超", "不足", "不到", "不低于", "不少于", "不超过"})
_CLAUSE_END_RE = re.compile(f"[{CLAUSE_END}{SENTENCE_END}]")
_EXCESS_BOUNDS = frozenset({"超", "超过", "逾"})
# The first characters of the nouns a class in excess names (企业, 项目, 村, 楼宇, 大项目, 龙头企业 …).
_CLASS_NOUN_FIRST = frozenset("企项村户楼园产集品工家景单城县镇乡街社市龙重大规纳")
_SCOPE_AFTER_AT_RE = re.compile(f"在({RANK_SCOPE_RE.pattern})")
_SCOPE_REACH = 30
# A count's clause head that makes it a scope: nothing, or the place as a whole (see `_scope`).
_WHOLE_PLACE_RE = re.compile("全[国省市县区州盟旗镇乡]|所有|我[省市县区镇乡]")
_SCOPE_HEAD = 3
_TO_ZERO_RE = re.compile("(?:降|减)(?:少|低)?(?:至|到|为)零|[清归]零")
_SCOPE_MARKS = CLAUSE_END + SENTENCE_END + "、"
_SCOPE_END_RE = re.compile(f"[{_SCOPE_MARKS}]")
_LISTED_NOUN_RE = re.compile(f"[{CJK}]{{1,12}}、")
_ALL_RE = re.compile("全部|均|都|全覆盖")
_NOT_A_NOUN_START = frozenset("的和与及或等左以")
_WRITTEN_COUNTS = frozenset(written for written, unit in WRITTEN_UNITS.items() if unit.measure is Measure.COUNT)


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
    masked: bool = False  # no value because the number is hidden or deleted (a range has none either)


def quantities_between(text: str, start: int, end: int) -> tuple[list[int], list[Quantity], int, int]:
    """The document's quantity starts and quantities (in text order, none overlapping), and the index range
    of those inside `text[start:end]`.

    The whole text is scanned once and the result kept for the next call on the same text: the
    pipeline asks for every section of a document in turn.
    """
    starts, quantities = _document_quantities(text)
    low, high = bisect_left(starts, start), bisect_left(starts, end)
    while high > low and quantities[high - 1].end > end:  # cut by the region's end: not of this region
        high -= 1
    return starts, quantities, low, high


@lru_cache(maxsize=2)
def _document_quantities(text: str) -> tuple[list[int], list[Quantity]]:
    quantities = _scan(text)
    return [q.start for q in quantities], quantities


def _scan(text: str) -> list[Quantity]:
    start, end = 0, len(text)
    found = [*_ranks(text, start, end), *_numbers(text, start, end), *_chinese(text, start, end)]
    found += _shares_in_words(text, start, end)
    if "万" in text or "亿" in text:
        found += _populations(text, start, end)
    found.sort(key=itemgetter(0))
    kept = _without_scopes(text, _without_classes(text, _without_overlaps(found)))
    if "零" in text:
        kept += _zeros(text, kept)
        kept.sort(key=itemgetter(0))
    for deleted in find_deleted(text, start, end, [(q.start, q.end) for q in kept]):
        bound = deleted.bound or prefix_bound(text, deleted.start, start)
        kept.append(Quantity(deleted.start, deleted.end, "", None, deleted.unit, bound, masked=True))
    kept.sort(key=itemgetter(0))
    return kept


def _numbers(text: str, start: int, end: int):
    # The hottest loop of the finder: cheap character tests first, all groups fetched at once, and plain
    # integers and decimals read without the number regex.
    for match in NUMBER_QUANTITY_RE.finditer(text, start, end):
        at, after = match.span()
        before = text[at - 1] if at else ""
        if before in _NOT_BEFORE_NUMBER:
            continue
        raw, b1, scale, b2, base, post = match.groups()
        if post:
            if _size_class(text, match, end):
                continue
        elif after < end and text[after] in WORDS_AFTER_UNIT.get(base, ""):
            continue  # the unit starts a word: `X项目`, `XX人民`
        if (before in _DURATION_LAST and text[at - 2 : at] in _DURATION_BEFORE) or (scale and base in UNSCALED):
            continue
        if before == "为" and text[at - 3 : at - 1] in _DURATION_BEFORE:
            continue  # `整改期限为3个月`
        if base == "岁" and not _measures_age(text, at, start):
            continue
        if base == "分" and before in _CLOCK:
            continue  # a time of day (`9时30分`), no score
        if raw.isdigit() and len(raw) <= 15:
            value, ranged = Decimal(raw), False  # the common case: `126`
        elif len(raw) <= 8 and not raw.strip("Xx"):
            value, ranged = None, False  # the common case in a masked copy: `XX`
        else:
            value, ranged = _number_value(raw)
            if value is None and ranged is None:
                continue
        bound = post or b2 or b1 or (prefix_bound(text, at, start) if before in _BOUND_LAST else "")
        if bound and not post and _class_in_excess(text, after, end, bound):
            continue
        if before == "-" and value is not None and _is_han(text[at - 2 : at - 1]):
            at, raw, value = at - 1, "-" + raw, -value  # `增长-0.5%`
        unit = scale + base if scale else base
        yield _new_quantity(Quantity, (at, after, raw, value, unit, bound, "", -1, "", value is None and not ranged))


def _measures_age(text: str, at: int, start: int) -> bool:
    """A figure in 岁 measures life expectancy or an average age named just before it, or changes one named
    earlier in its sentence (`人均预期寿命达到78.6岁，比上年提高0.4岁`); else it is an age limit (`60岁以上`)."""
    if _AGE_INDICATOR_RE.search(text, max(start, at - _AGE_WINDOW), at):
        return True
    if not _AGE_CHANGE_RE.search(text, max(start, at - 4), at):
        return False
    sentence = max(start, *(text.rfind(mark, 0, at) + 1 for mark in SENTENCE_END))
    return _AGE_INDICATOR_RE.search(text, sentence, at) is not None


def _number_value(raw: str) -> tuple[Decimal | None, bool | None]:
    """(value, is a range) of a number as written; (None, False) for a mask, (None, None) for no number."""
    if raw[0] in _MASK_FIRST and _MASK_RE.fullmatch(raw):
        return None, False  # `XX`, `xx.x`, `**`, `××`
    whole, point, fraction = raw.partition(".")
    if whole.isdigit() and len(whole) <= 15 and (not point or (fraction.isdigit() and len(fraction) <= 6)):
        return Decimal(raw), False  # the common case: `126`, `256.8`
    if NUMBER_RE.fullmatch(raw):
        digits = raw.replace(",", "")
        return (Decimal(digits) if digits.replace(".", "", 1).isdigit() else None), False
    return None, (True if _is_range(raw) else None)


def _chinese(text: str, start: int, end: int):
    for match in CHINESE_QUANTITY_RE.finditer(text, start, end):
        at, after = match.span()
        if not free_before(text, at):
            continue  # the tail of a number (`12万元`, `两千`) or an ordinal (`第十轮`): common in real figures
        number, unit, b1, post = match.group("num", "unit", "b1", "post")
        if unit == "分":
            continue  # `十分重要`, `百分之九十`: a score is written in digits
        standing = closes(text, after, end, unit)
        if not (standing or b1 or post) and _ROUND_CHARS.isdisjoint(number):
            continue  # the common case: `一批`, `两个`, `三项` opening a noun; only a round number may be bounded
        if right_is_word(unit, text, after, end) or _size_class(text, match, end):
            continue
        bound = post or b1 or prefix_bound(text, at, start)
        if not post and _class_in_excess(text, after, end, bound):
            continue
        closing = unit in _CLOSING_UNITS and standing and (bound or counted_before(text, at, start, unit))
        value = chinese_number_value(number, bool(bound), closing)
        if value is None or (number[-1] == "万" and deletion_style(text)):
            continue  # in a copy with its numbers cut, `约万人次` is `约X万人次` (a deleted number)
        written = (match["scale"] or "") + unit
        if written == unit or unit not in UNSCALED:
            yield Quantity(at, after, number, Decimal(value), written, bound)


def _populations(text: str, start: int, end: int):
    """`解决2.1万农村人口饮水安全问题`, `28.6万建档立卡贫困人口全部脱贫`: the counted noun stands for the unit.
    Found after the figures with a unit, which win where both start (`3万人次`)."""
    for scale_at in mark_positions(text, "万亿", start, end):
        if _POPULATION_SCALE_RE.match(text, scale_at, end) is None:
            continue
        after = scale_at + 1
        b2 = text[after] if text[after] in "余多" else ""
        after += len(b2)
        if after >= end or text[after] in _NOT_A_POPULATION or not _POPULATION_NOUN_RE.match(text, after, end):
            continue
        b1 = text[scale_at - 1] if text[scale_at - 1] in "余多" else ""
        number_end = scale_at - len(b1)
        number = _POPULATION_NUMBER_RE.search(text, max(start, number_end - 24), number_end)
        if number is None or (number.start() and text[number.start() - 1] in _NOT_BEFORE_NUMBER):
            continue
        at, raw = number.start(), number.group()
        value, _ = _number_value(raw)
        bound = b2 or b1 or prefix_bound(text, at, start)
        yield Quantity(at, after, raw, value, text[scale_at], bound, masked=value is None)


def population_noun(text: str, end: int) -> str:
    """The counted noun after a population count (`_populations`) ending at `end`: its name and unit."""
    match = _POPULATION_NOUN_RE.match(text, end, end + 12)
    return match.group() if match else ""


def population_facts(text: str, end: int) -> Unit:
    return population_unit(text[end - 1], population_noun(text, end))


def _shares_in_words(text: str, start: int, end: int):
    for at, after, raw, value in shares_in_words(text, start, end):
        post = next((word for word in SUFFIX_BOUNDS if text.startswith(word, after)), "")
        after += len(post)
        yield Quantity(at, after, raw, value, "%", post or prefix_bound(text, at, start))


def _ranks(text: str, start: int, end: int):
    for match in RANK_RE.finditer(text, start, end):
        raw = match["first"] or match["num"]
        value = rank_value(raw)
        yield Quantity(
            start=match.start("num") if match["num"] else match.start("first"),
            end=match.end(),
            raw=raw,
            value=value,
            unit=match["unit"] or match["first_unit"] or "位",  # `排名全省第三` leaves 位 unwritten
            bound="",
            rank_scope=_rank_scope(text, match, start),
            rank_verb_start=match.start(),
            rank_mid=match["mid"],
            masked=value is None,
        )


def _rank_scope(text: str, rank: re.Match, region_start: int) -> str:
    """The scope inside the verb…第 stretch (`居全省第`), right before the verb (`全省排名第三`), or after
    a 在 earlier in the clause (`在全省开发区考核中跃居第8位`)."""
    inside = RANK_SCOPE_RE.search(rank["mid"])
    if inside:
        return inside.group()
    before = text[max(region_start, rank.start() - 2) : rank.start()]
    if RANK_SCOPE_RE.fullmatch(before):
        return before
    clause = text[max(region_start, rank.start() - _SCOPE_REACH) : rank.start()]
    clause = clause[max(clause.rfind(mark) for mark in CLAUSE_END + SENTENCE_END) + 1 :]
    at = _SCOPE_AFTER_AT_RE.search(clause) if "在全" in clause else None
    return at.group(1) if at else ""


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _size_class(text: str, match: re.Match, end: int) -> bool:
    """`10亿元以上项目`, `500万元以上企业`, `十亿元以上项目`: a size class names what follows, it is no figure."""
    after = match.end()
    return bool(match["post"]) and after < end and _is_han(text[after]) and text[after] != "的"


def _class_in_excess(text: str, after: int, end: int, bound: str) -> bool:
    """`超百亿元企业`, `超10亿元项目`: a bound of excess before what is counted defines a class of it."""
    return bound in _EXCESS_BOUNDS and after < end and text[after] in _CLASS_NOUN_FIRST


def _is_range(raw: str) -> bool:
    match = RANGE_RE.fullmatch(raw)
    return match is not None and Decimal(match["low"].replace(",", "")) < Decimal(match["high"].replace(",", ""))


def _without_classes(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Drop thresholds that define what the next figure of their clause counts (`50万元以上的村21个`)."""
    kept = []
    for quantity, following in zip(quantities, [*quantities[1:], None], strict=False):
        defines = quantity.bound in _CLASS_BOUNDS and text[quantity.end : quantity.end + 1] == "的"
        if defines and following is not None and _CLAUSE_END_RE.search(text, quantity.end, following.start) is None:
            continue
        kept.append(quantity)
    return kept


def _zeros(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`由2014年的18.6%降至零`, `由3个降为零`: zero is the end value, in the unit of the figure after 由."""
    zeros, starts = [], [q.start for q in quantities]
    for match in _TO_ZERO_RE.finditer(text):
        index = bisect_left(starts, match.start()) - 1
        if index < 0 or quantities[index].rank_verb_start >= 0:
            continue
        origin = quantities[index]
        clause = text[max(0, origin.start - _SCOPE_REACH) : origin.start]
        clause = clause[max(clause.rfind(mark) for mark in _SCOPE_MARKS) + 1 :]
        if "由" in clause and _CLAUSE_END_RE.search(text, origin.end, match.start()) is None:
            zero = match.start() if match.group()[0] in "清归" else match.end() - 1  # `清零` is read whole
            zeros.append(Quantity(zero, match.end(), "零", Decimal(0), origin.unit, ""))
    return zeros


def _without_scopes(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Drop counts that only say which things the clause speaks of (`全市8个国控断面水质优良比例达到100%`)."""
    scopes = [False] * len(quantities)
    for index in range(len(quantities) - 1, -1, -1):
        quantity = quantities[index]
        following = quantities[index + 1] if index + 1 < len(quantities) else None
        head = _scope_head(text, quantity)
        if head is None:
            continue
        if (
            following is not None
            and scopes[index + 1]
            and _LISTED_NOUN_RE.fullmatch(text, quantity.end, following.start)
        ):
            scopes[index] = True  # `3个国控断面、5个省控断面水质优良比例均达到100%`: a list of scopes
        else:
            scopes[index] = _scope(text, quantity, following, _WHOLE_PLACE_RE.fullmatch(head) is not None)
    for index in range(1, len(quantities)):
        if scopes[index - 1] and not scopes[index] and _listed_scope(text, quantities[index - 1], quantities[index]):
            scopes[index] = True  # `全县12个乡镇、186个村…全覆盖`: the list goes on after a scope
    return [quantity for quantity, scope in zip(quantities, scopes, strict=True) if not scope]


def _listed_scope(text: str, scope: Quantity, quantity: Quantity) -> bool:
    """A count heading the next item of a 、 list of scopes, with no figure of its own and no `全部` between."""
    listed = _LISTED_NOUN_RE.fullmatch(text, scope.end, quantity.start)
    if listed is None or _ALL_RE.search(text, scope.end, quantity.start) or _scope_head(text, quantity) != "":
        return False
    return _scope(text, quantity, None, True)


def _scope_head(text: str, quantity: Quantity) -> str | None:
    """What opens the clause before a count written before its noun: "" or a place as a whole, else None."""
    at, after = quantity.start, quantity.end
    if after >= len(text) or not _is_han(text[after]) or text[after] in _NOT_A_NOUN_START:
        return None  # the common case: the count closes its clause, or a verb follows
    if quantity.rank_verb_start >= 0 or quantity.unit not in _WRITTEN_COUNTS:
        return None
    head = text[max(0, at - _SCOPE_HEAD) : at]
    mark = max(map(head.rfind, _SCOPE_MARKS))
    if mark < 0 and at > _SCOPE_HEAD:
        return None
    head = head[mark + 1 :]
    return head if not head or _WHOLE_PLACE_RE.fullmatch(head) else None


def _scope(text: str, quantity: Quantity, following: Quantity | None, whole: bool) -> bool:
    """A count written before its noun at the head of its clause (or list item), perhaps after the place as a
    whole (`全市`, `所有`), is the scope of what the clause says: of a later figure in another unit
    (`全市3个省级开发区实现…1560亿元`, `8个国控断面水质优良比例达到100%`), or of a word of all (`全部`/`均`/
    `都`/`全覆盖`, anywhere in the clause) after the place as a whole (`全县12个乡镇全部…`): the count then
    only says what an activity covered. A later figure in the same unit is a part of it, which makes
    the count a total (`XX栋安置楼已开工建设XX栋`). A count after a verb (`建成5G基站1260个`, `新建学校3所`,
    `仅有6个项目…`) or alone in its clause (`412个贫困村全部出列`) is a figure."""
    stop = _SCOPE_END_RE.search(text, quantity.end)
    end = stop.start() if stop else len(text)
    if following is not None and following.start < end:
        return following.unit != quantity.unit
    if not whole:
        return False
    clause_end = _CLAUSE_END_RE.search(text, quantity.end)  # `全部` may close a 、 list of scopes
    end = clause_end.start() if clause_end else len(text)
    if following is not None and following.start < end and following.unit != quantity.unit:
        return True  # `全县8个国控、省控断面水质优良比例达到100%`: 、 joins the noun's kinds
    return _ALL_RE.search(text, quantity.end, end) is not None


def _without_overlaps(quantities: list[Quantity]) -> list[Quantity]:
    kept: list[Quantity] = []
    for quantity in quantities:
        if kept and quantity.start < kept[-1].end:
            continue
        kept.append(quantity)
    return kept


_PREFIX_BOUNDS = dict(PREFIX_BOUNDS)
# A one-character bound may end a word instead (`签约5个`, `最近3年`, `赶超2个`): not a bound then.
_WORD_BEFORE_BOUND = {"约": "签制节公条合预邀相契践履违大", "近": "最附将亲靠贴临就", "超": "赶高"}
_BOUND_LAST = frozenset(word[-1] for word in _PREFIX_BOUNDS)


def prefix_bound(text: str, number_start: int, region_start: int) -> str:
    """The bound word written right before a number (`超过`, `近`, `不低于` …), as recorded."""
    three = text[max(region_start, number_start - 3) : number_start]
    bound = _PREFIX_BOUNDS.get(three) or _PREFIX_BOUNDS.get(three[-2:])
    if bound:
        return bound
    one = _PREFIX_BOUNDS.get(three[-1:], "")
    return "" if one and three[-2:-1] in _WORD_BEFORE_BOUND.get(one, "") else one


def rank_value(raw: str) -> Decimal | None:
    if raw == "首":
        return Decimal(1)
    if raw.isdigit():
        return Decimal(raw)
    parsed = parse_chinese_int(raw)
    return None if parsed is None else Decimal(parsed)
