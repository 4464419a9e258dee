"""Finds the metrics (quantities bound to a named indicator) in a region of cleaned report text.

A metric is a quantity (`quantities.py`: a number, a mask or a deleted number, with a unit from
`units.py`; or a rank) read together with its sentence:
- name: `metric_names.py`. A quantity with no name of its own inherits one within its sentence:
  a change or a rank takes the last level's name (`生产总值XX亿元，增长XX%，居全省第XX位` → three
  metrics named 生产总值); a second quantity of one name (`拆除各类违建XX处、XX万平方米`) takes
  the name before it; `占年度目标的XX%` after a level is that level's share (`公路投资占年度目标`).
  `A、B分别…X、Y` pairs names with values (and a later `X、Y` of the same length in that sentence
  takes the same names); `A X，B Y，分别增长p、q` pairs p and q with the last levels A and B;
  `A、B均达到X` gives X to each name. A name that only says which aspect of the level before it is
  meant (`增速`, `总量`, `增速高于全省`) is prefixed with that level's name; `总投资`, `总数`, `投资`, `面积`
  after a count are that count's (`引进项目32个，总投资186亿元` → 引进项目总投资); a change in 个百分点 with no name of
  its own is a change of the last rate (`优良天数比例达到85.3%，比上年提高2.1个百分点`). A figure after a clause
  judging a quantity (`教师缺口较大，约1800人`) is named by it; `其中2篇被…转发` is the count's name + the passive;
  a count named by a verb only (`竣工投产31个`) takes the noun of the count before it in that unit (`新开工项目`).
- kind: rank; growth for a change (`增长`, `下降`, `提高` … before the number, or a leading `压缩`,
  `压减` … before a percentage) in %, 个百分点 or 倍, and for a change after a comparison with any base,
  a difference whatever its unit (`比年初增加326.5亿元`, `比2015年增加72名`), as is a net change (`净增43家`; a
  gross `新增` stays a figure of its own); share for any other percentage
  `百分之九十` included); amount for money, area, length, volume, weight, energy and age (岁); count
  otherwise. A decrease makes the value negative (`下降XX%`, `减少5个`); `增长到8亿元` is a level.
- value: None when hidden or deleted (masked) and for a range (`3-5家`: raw value as written, not masked).
- period: the period phrase opening a clause of the sentence, perhaps after a target verb (`力争2023年`,
  `确保全年`), or a spell of time (`迎峰度夏期间`), nearest before the metric.
- year_on_year: `同比`, `比上年`, `较去年同期`, `是上年的` … before it, or before an earlier figure of
  the same indicator in the sentence (`同比减少xxx件，下降xx%`); not carried to another indicator.
- bound, as written: `以上`/`以下`/`以内`/`左右`/`余`/`多` after the number win over `超过`/`超`/`突破`/
  `逾`/`近`/`约`/`不到`/`不足`/`不低于`/`不少于`/`不超过`/`达到` before it (`接近` is recorded as `近`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from .metric_cues import (
    CHANGE_WORDS,
    CLAUSE_END,
    COMPARISON_RE,
    NEGATIVE_CHANGES,
    PREFIX_BOUND_WORDS,
    RESPECTIVELY,
    SENTENCE_END,
    YOY_CHARS,
    YOY_RE,
    WordEnds,
    clause_periods,
    mark_positions,
    period_before,
)
from .metric_names import (
    RIGHT_STOPS,
    clean,
    each_names,
    join_left_right,
    judged_name,
    last_distinct,
    left_name,
    list_phrase,
    names_a_thing,
    passive_predicate,
    right_noun,
    split_names,
    with_parallel_noun,
)
from .quantities import Quantity, population_facts, population_noun, quantities_between
from .record_builders import positional_builder
from .records import Metric, Span
from .units import AMOUNT_MEASURES, SCALES, WRITTEN_UNITS, Measure
from .vocabulary import MetricKind

_new_metric = positional_builder(Metric)  # the records without their dataclass __init__ (record_builders.py)
_new_span = positional_builder(Span)
_LIST_JOINERS = frozenset({"、", "和", "与", "及"})
# Kinds as module constants: an enum member looked up on its class costs more than the rest of a test.
_AMOUNT, _COUNT, _GROWTH, _SHARE, _RANK = (
    MetricKind.AMOUNT,
    MetricKind.COUNT,
    MetricKind.GROWTH,
    MetricKind.SHARE,
    MetricKind.RANK,
)
_LEVELS = (_AMOUNT, _COUNT)
_COMPARED_RE_SEARCH = COMPARISON_RE.search


def _unit_kind(measure: Measure) -> MetricKind | None:
    """The kind a unit gives a figure that is not a rank; None for a percentage (a change or a share)."""
    if measure in (Measure.POINTS, Measure.TIMES):
        return _GROWTH
    if measure is Measure.PERCENT:
        return None
    return _AMOUNT if measure in AMOUNT_MEASURES else _COUNT


# Per written unit: (unit, the kind it gives a figure that is no rank, whether values scale into the base unit).
_UNIT_FACTS = {written: (unit, _unit_kind(unit.measure), unit.factor != 1) for written, unit in WRITTEN_UNITS.items()}
_LEADING_CHANGES = ("压缩", "压减", "压降", "缩短", "降低", "减少", "提高", "提升")
_LEADING_CHANGE_FIRST = frozenset(verb[0] for verb in _LEADING_CHANGES)
_BOUND_WORDS = (  # `增幅为12%`, `增速达8%`, `增长超过10%`
    *("不超过", "不低于", "不少于", "超过", "突破", "接近", "达到", "不到", "不足"),
    *("近", "约", "超", "逾", "了", "为", "达"),
)
_CHANGE_TAIL_LAST = frozenset(word[-1] for word in (*CHANGE_WORDS, *_BOUND_WORDS))
_CHANGE_ENDS = WordEnds(word for word in CHANGE_WORDS if len(word) <= 3)
_BOUND_LAST = frozenset(word[-1] for word in _BOUND_WORDS)
# A name starting so is an aspect of the level before it, or compares it (`高于全市平均水平1.2个百分点`).
_ASPECTS = ("增速", "增幅", "增长率", "总量", "高于", "低于", "快于", "慢于")
# `完成全年任务的56.4%`: a share of the target of the level before it.
_TARGETS = frozenset(
    {"全年任务", "全年目标", "年度任务", "年度目标", "年度计划", "目标任务", "全年计划", "年度预算", "全年预算"}
)
_POINTS = frozenset({"个百分点", "百分点"})
_OF_COUNT = frozenset({"投资", "面积"})  # after a count, of what was counted: `实施项目126个，完成投资158亿元`
# The characters an aspect, a share (占), a target or a part of a count (总投资) starts with.
_OF_LEVEL_FIRST = frozenset(word[0] for word in (*_ASPECTS, "占", *_TARGETS, *_OF_COUNT, "总"))
# A count's noun ending so up to the next quantity makes that quantity a threshold of the class counted.
_THRESHOLD_WORDS = frozenset({"低于", "高于", "超过", "不足", "不到", "少于", "多于"})
_NEW = re.compile("^(?:新增|新建|新认定|新培育|新设|新发展|新引进|培育)")  # not part of a stock's name


def find_metrics(text: str, start: int, end: int, section_path: str) -> list[Metric]:
    """Return the metrics in `text[start:end]`, in text order, with spans into `text`.

    Raises ValueError when the region is not inside the text.
    """
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"region {start}:{end} is not inside the text (length {len(text)})")
    starts, quantities, index, high = quantities_between(text, start, end)
    if index == high:
        return []
    ends, clause_ends = _punctuation(text)
    ends_low, ends_high = bisect_left(ends, start), bisect_left(ends, end)  # the sentence ends in the region
    reader = _SentenceReader(text, section_path)
    metrics: list[Metric] = []
    while index < high:
        at = bisect_right(ends, starts[index], ends_low, ends_high)
        sentence_start = ends[at - 1] + 1 if at > ends_low else start  # after the previous 。！？/line break
        sentence_end = ends[at] + 1 if at < ends_high else end  # through the next one
        stop = bisect_left(starts, sentence_end, index, high)
        # clause starts inside the sentence (a clause mark ending it starts nothing)
        first = bisect_right(clause_ends, sentence_start)
        clause_starts = [sentence_start, *clause_ends[first : bisect_left(clause_ends, sentence_end, first)]]
        reader.read(sentence_start, sentence_end, clause_starts, quantities[index:stop], metrics)
        index = stop
    return metrics


@lru_cache(maxsize=2)
def _punctuation(text: str) -> tuple[list[int], list[int]]:
    """Where sentences end and where clauses start after a clause mark, in the whole text, kept for the
    next section's call."""
    return mark_positions(text, SENTENCE_END), [at + 1 for at in mark_positions(text, CLAUSE_END)]


class _Run:
    """Quantities read with one context: adjacent (`xxx个xxxx公里`) or listed (`XX%、XX%`).

    The context attributes are set by `read_context` before anything reads them.
    """

    __slots__ = ("change", "compares", "context", "context_end", "context_start", "left", "members", "noun_end")

    def __init__(self, first: Quantity) -> None:
        self.members = [first]
        self.noun_end = -1  # end of the noun after the last member, when one names the run
        verb = first.rank_verb_start
        self.context_end = verb if verb >= 0 else first.start  # the first member, or a rank's verb

    def read_context(self, text: str, context_start: int) -> None:
        self.context_start = context_start  # clause start, or the end of the run before in the same clause
        self.context = context = text[context_start : self.context_end]  # the words up to the first member
        self.left = left_name(context)  # the name those words give
        # a change word right before the first member (增长, 下降 …), and 同比, 比上年 … in the context
        tail = context.rstrip()
        ranked = self.members[0].rank_verb_start >= 0
        self.change = _change_word(tail) if tail[-1:] in _CHANGE_TAIL_LAST and not ranked else None
        self.compares = not YOY_CHARS.isdisjoint(context) and YOY_RE.search(context) is not None

    @property
    def leading_change(self) -> str | None:
        """`压缩审批时限XX%`: a change verb leading the name of a percentage."""
        if self.left[:1] not in _LEADING_CHANGE_FIRST:
            return None
        return next((verb for verb in _LEADING_CHANGES if self.left.startswith(verb)), None)


class _SentenceReader:
    """Reads the quantities of one region sentence by sentence; names and comparisons run on within a sentence."""

    __slots__ = (
        "clause_starts",
        "counted",
        "counted_unit",
        "last_name",
        "level_name",
        "levels",
        "listed",
        "periods",
        "rate_name",
        "section_path",
        "sentence",
        "text",
        "yoy",
    )

    def __init__(self, text: str, section_path: str) -> None:
        self.text = text
        self.section_path = section_path

    def read(
        self, start: int, end: int, clause_starts: list[int], quantities: list[Quantity], metrics: list[Metric]
    ) -> None:
        """Append the metrics of the sentence `text[start:end]` to `metrics`."""
        text = self.text
        self.last_name = self.level_name = self.counted = self.counted_unit = self.rate_name = (
            ""  # the last name, level, count, share
        )
        self.levels: list[str] = []  # every level's name, in order
        self.yoy = False  # a 同比 comparison runs on from that level
        self.listed: list[str] = []  # names of the last 分别 list
        self.sentence = text[start:end].strip()
        self.clause_starts = clause_starts
        # only a period opening a clause before the last quantity can govern one (none when it opens the sentence)
        heads = clause_starts[: bisect_left(clause_starts, quantities[-1].start)]
        self.periods = clause_periods(text, heads, end) if heads else []
        consumed = start
        runs = _runs(text, quantities) if len(quantities) > 1 else [_Run(quantities[0])]
        last = len(runs) - 1
        threshold = -1  # a run that only says which things a count before it counts
        for number, run in enumerate(runs):
            if number == threshold:
                continue
            clause_start = clause_starts[bisect_right(clause_starts, run.context_end) - 1]
            run.read_context(text, clause_start if clause_start > consumed else consumed)
            limit = runs[number + 1].context_end if number < last else end
            self._read_run(run, limit, metrics)
            consumed = max(run.noun_end, run.members[-1].end)
            if run.noun_end == limit and text[limit - 2 : limit] in _THRESHOLD_WORDS:
                threshold = number + 1  # `*个村集体经济收入低于20万元`: 20万元 is no figure, but part of the name
                bar = runs[threshold].members[0]
                metrics[-1] = replace(metrics[-1], name=metrics[-1].name + text[bar.start : bar.end])

    def _read_run(self, run: _Run, limit: int, metrics: list[Metric]) -> None:
        members = run.members
        after = members[-1].end
        if members[-1].unit in SCALES:  # `4.3万脱贫人口收入…`: the counted noun, no more
            noun, linked = population_noun(self.text, after), False
            run.noun_end = after + len(noun)
        elif after < limit and self.text[after] not in RIGHT_STOPS:
            noun, noun_end, linked = right_noun(self.text, after, limit)
            if noun:
                run.noun_end = noun_end
        else:
            noun, linked = "", False  # the common case: a delimiter right after the unit
        if len(members) == 1:  # the common case, without the list machinery
            name = self._own_name(run, noun, linked)
            if "均" not in run.context:
                metrics.append(self._metric(members[0], name, run))
            else:
                metrics.extend([self._metric(members[0], each, run) for each in each_names(run.context, name)])
            return
        names = self._listed_names(run) or [self._own_name(run, noun, linked)] * len(members)
        bound = _prefix_bound(members[0])
        metrics.extend(
            [
                self._metric(quantity if quantity.bound or not bound else quantity._replace(bound=bound), name, run)
                for quantity, name in zip(members, names, strict=True)
            ]
        )

    def _listed_names(self, run: _Run) -> list[str] | None:
        count = len(run.members)
        if RESPECTIVELY in run.context:
            names = split_names(list_phrase(run.context.split(RESPECTIVELY)[0]), count)
            if names:
                self.listed = names
                return names
        if len(self.listed) == count and (not run.left or run.left.startswith("占")):
            return [name + run.left for name in self.listed]
        if RESPECTIVELY in run.context and not run.left:
            return last_distinct(self.levels, count)
        return None

    def _own_name(self, run: _Run, noun: str, linked: bool) -> str:
        first = run.members[0]
        if first.rank_verb_start >= 0:
            # after a scope, the words qualify it (`全县乡镇`, `全市各开发区`): a name only without one (`团体`)
            mid = "" if first.rank_scope and first.rank_mid.startswith(first.rank_scope) else first.rank_mid
            aspect = run.context.strip() if run.context.strip().startswith(_ASPECTS) else ""
            return self._of_level(left_name(mid) or run.left or aspect) or self.last_name
        left = "" if noun and run.context.rstrip().endswith("等") else run.left
        if noun and linked and not left and self.last_name:
            return self.last_name  # `投资XX亿元的A公司、XX万元的B公司`: the second is 投资 too
        own = self._of_level(join_left_right(left, noun, linked) if noun else left, first.unit in _POINTS)
        if own and first.unit == "%" and run.leading_change:
            return own.removeprefix(run.leading_change)  # `压减一般性支出15%`: a change of 一般性支出
        if own:
            return with_parallel_noun(own, self.counted) if self.counted_unit == first.unit and not noun else own
        if (
            self.counted
            and "其中" in run.context
            and (passive := passive_predicate(self.text, first.end, len(self.text)))
        ):
            return self.counted + passive  # a subset: `调研报告3篇，其中2篇被市农业农村局转发`
        if first.unit in _POINTS and self.rate_name and self.rate_name == self.last_name:
            return self.rate_name  # a change in 个百分点 of the rate stated right before it
        inherited = self._judged(run) or (self.level_name if run.change else "") or self.last_name
        return inherited or clean(run.context)  # nothing better: the words as written (`新增`)

    def _judged(self, run: _Run) -> str:
        """The name a judging clause right before gives (`…人才缺口较大，约1800人`)."""
        at = bisect_left(self.clause_starts, run.context_start)
        if at == 0 or self.clause_starts[at - 1] >= run.context_start:
            return ""
        return judged_name(self.text[self.clause_starts[at - 1] : run.context_start - 1].strip())

    def _of_level(self, own: str, points: bool = False) -> str:
        """The level's name before an aspect of it (`占比`, `增速`, `总投资`), else `own` as it is; a comparison
        in 个百分点 is of the rate stated last (`机械化率82.6%，高于全省平均水平1.5个百分点`)."""
        if own[:1] not in _OF_LEVEL_FIRST:
            return own  # the common case: no aspect, share, target or part of a count can start so
        if points and self.rate_name and self.rate_name == self.last_name and own.startswith(_ASPECTS):
            return self.rate_name + own
        if own.startswith(_ASPECTS) and (self.level_name or self.last_name):
            return _NEW.sub("", self.level_name or self.last_name) + own
        if own.startswith("占") and (self.level_name or self.last_name):
            return (self.level_name or self.last_name) + own  # after a growth only, of its indicator
        if own in _TARGETS and self.level_name:
            return self.level_name + "完成" + own
        if (own in _OF_COUNT or (own.startswith("总") and len(own) <= 4)) and self.counted:
            stock = own in ("总数", "总量")
            return (_NEW.sub("", self.counted) if stock else self.counted) + own  # 新开工项目总投资
        return own

    def _metric(self, quantity: Quantity, name: str, run: _Run) -> Metric:
        at, end, raw, value, written, bound, rank_scope, rank_verb_start, _, masked = quantity
        facts = _UNIT_FACTS.get(written)
        unit, kind, scaled = facts or (population_facts(self.text, end), _COUNT, True)  # `2.1万农村人口`
        change = run.change
        if rank_verb_start >= 0:
            kind = _RANK
        elif kind is None:  # a percentage: a change or a share
            kind = _GROWTH if change is not None or run.leading_change is not None else _SHARE
        elif change is not None and kind is not _GROWTH and (run.compares or _net_or_compared(run, change)):
            kind = _GROWTH  # a difference from a base: `比年初增加326.5亿元`, `比2015年增加72名`, `净增43家`
        if value is not None and (change is not None or kind is _GROWTH) and _decreases(run, kind):
            value = -value
        known = value is not None
        start = rank_verb_start if rank_verb_start >= 0 else at
        if name and quantity is run.members[0]:  # the span starts at the name when it is written right before
            found = self.text.find(name[:2], run.context_start, start)
            start = found if found >= 0 else start
        if quantity is run.members[-1] and run.noun_end > end:
            end = run.noun_end
        period = period_before(self.periods, at) if self.periods else ""
        return _new_metric(
            name,
            raw,
            value,
            written,
            masked,
            kind,
            bound,
            period,
            rank_scope,
            self._compared(name, kind, run, written),
            (value * unit.factor if scaled else value) if known else None,  # normalized_value
            unit.base if known else "",  # base_unit
            self.section_path,
            self.sentence,
            _new_span(start, end),  # through the unit, or the noun after it
        )

    def _compared(self, name: str, kind: MetricKind, run: _Run, unit: str) -> bool:
        """Whether this figure is year-on-year; remembers the sentence's running names and comparison."""
        inherited = name == self.last_name and not run.left
        changes = run.change is not None or kind is _GROWTH
        year_on_year = run.compares or (self.yoy and inherited and changes)
        if run.change is None and kind in _LEVELS:
            self.level_name = name
            self.levels.append(name)
            if kind is _COUNT and (not self.counted or names_a_thing(name) or not names_a_thing(self.counted)):
                # the things counted stay the sentence's count through counts of what they concern
                # (`改造项目126个，涉及居民1.38万户…，完成投资9.7亿元`: the projects' investment)
                self.counted, self.counted_unit = name, unit
        elif kind is _GROWTH and unit == self.counted_unit and names_a_thing(name):
            self.counted = name  # `高新技术企业净增14家，总数达到62家`: the total of the things changed
        elif kind is _SHARE:
            self.rate_name = name
        if not inherited:
            self.yoy = run.compares  # a comparison runs on to the changes of the same indicator only
        self.yoy = self.yoy or run.compares
        self.last_name = name
        return year_on_year


def _runs(text: str, quantities: list[Quantity]) -> list[_Run]:
    """The sentence's quantities grouped into runs: adjacent ones, or joined by 、/和/与/及 (ranks stand alone)."""
    runs = [_Run(quantities[0])]
    for previous, quantity in pairwise(quantities):
        if quantity.rank_verb_start < 0 and previous.rank_verb_start < 0:
            gap = text[previous.end : quantity.start].strip()
            if gap == "" or gap in _LIST_JOINERS:
                runs[-1].members.append(quantity)
                continue
        runs.append(_Run(quantity))
    return runs


def _prefix_bound(quantity: Quantity) -> str:
    """A bound written before the first of a list applies to the list: `分别达到XX%和XX%`."""
    return quantity.bound if quantity.bound in PREFIX_BOUND_WORDS else ""


def _change_word(tail: str) -> str | None:
    """The change word ending the context (`tail`: stripped, ending in one of _CHANGE_TAIL_LAST), bound words
    aside (`增长`, `同比下降`, `减少了`)."""
    if tail[-1] in _BOUND_LAST:  # else no bound word ends the tail, now or after another is removed
        for word in _BOUND_WORDS:
            tail = tail.removesuffix(word)
    return _CHANGE_ENDS.ending(tail) or None


def _net_or_compared(run: _Run, change: str) -> bool:
    """A change from a base: a comparison in the context, or a net change (净增, 净减少: the difference of a stock,
    where 新增 counts the new entries, a flow of its own)."""
    return change[0] == "净" or "净" + change in run.context or _COMPARED_RE_SEARCH(run.context) is not None


def _decreases(run: _Run, kind: MetricKind) -> bool:
    if run.change is not None:
        return run.change in NEGATIVE_CHANGES
    return kind is _GROWTH and run.leading_change in NEGATIVE_CHANGES
