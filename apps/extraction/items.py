"""Self-criticism and plan items: one item per shortcoming, one per pledge.

A passage's numbered children are its items. An unnumbered self-criticism passage is split after its
lead-in (`…还有一定差距，主要表现在：`) at `；`, else at `，` where each clause names a shortcoming of its
own, never at `、`; an item loses a yardstick or `本人还存在` lead-in and an `等问题` tail. A pledge
sentence closing a self-criticism passage (`…等问题。今后，我将…`) is a plan item. An unnumbered plan
passage is one item (`下一步，我们将…`), unless it lists its pledges after a colon, separated by `；`.
"""

from __future__ import annotations

import re

from . import passages
from .records import PlanItem, Section, SelfCriticismItem, Span
from .themes import criticism_category, plan_category
from .vocabulary import SectionKind

_LIST_LEAD_RE = re.compile(
    r"(?:主要|具体)?(?:表现在|体现在|表现为|体现为)[：:]?|主要(?:是|有)[：:]|(?:比如|例如)[：:，]"
)
_SENTENCE_RE = re.compile(r"[^。！？]+[。！？]?")
# A time or transition word opening a shortcoming (`当前，`, `同时，`): no part of it.
_OPENER_RE = re.compile(
    r"(?:当前|目前|现阶段|同时|但是?|然而|不过|此外|另外|总的来看|总体(?:上)?(?:来)?看|客观地?(?:说|讲|看)|坦率地?(?:说|讲))，"
)
_ETC_RE = re.compile(r"[，,]?(?:等等|等)$")
# The lead-in of a shortcoming: a yardstick (`对照…目标要求，`, `与…相比，`) and `本人还存在…`.
_LEAD_IN_RE = re.compile(
    r"(?:(?:对照|按照|比照|与|同|从)[^，。；]{1,20}(?:要求|标准|目标|期待|期盼|相比|来看|看)，)?"
    r"(?:(?:[^，。；：]{0,12}，)?(?:本人|我们?|自身|自己|班子)?(?:还|仍|也|尚|依然)?存在(?:着)?(?:一些|不少|以下)?"
    r"(?:的?(?:主要)?(?:问题|不足)(?:是|有)?[：:])?)?"
    r"(?:主要(?:是|有|表现在|体现在|表现为|体现为)[：:，]?)?"  # `主要是深入基层调研不够，…` opens a list
)
_ETC_PROBLEMS_RE = re.compile(r"等(?:问题|不足|方面的?问题|现象|情况)$")
_ITEM_TRIM = "。；;，,：:、！.． \n"
MIN_LISTED_PLANS = 3  # `；`-separated plans under a plan heading without a colon
MAX_ATTACHED_CLAUSE = 5  # `质量不高` after `数量偏少` completes that shortcoming


def criticism_items(text: str, sections: tuple[Section, ...]) -> list[SelfCriticismItem]:
    found = []
    for path, start, end, whole in _regions(text, sections, SectionKind.SELF_CRITICISM):
        end = passages.pledge_start(text, start, end) or end  # a closing pledge is a plan
        found += [_item(text, start, end, path)] if whole else _shortcomings(text, start, end, path)
    found = [_without_lead_in(text, *item) for item in found]
    return [
        SelfCriticismItem(n, item, criticism_category(item), path, span)
        for n, (item, path, span) in enumerate(found, start=1)
    ]


def plan_items(text: str, sections: tuple[Section, ...]) -> list[PlanItem]:
    found = []
    for path, start, end, whole in _regions(text, sections, SectionKind.PLAN):
        found += [_item(text, start, end, path)] if whole else _plan_pledges(text, start, end, path)
    for path, start, end, _ in _regions(text, sections, SectionKind.SELF_CRITICISM):
        pledge = passages.pledge_start(text, start, end)  # `…等问题。今后，我将…` in one passage
        found += [_item(text, pledge, end, path)] if pledge is not None else []
    found.sort(key=lambda item: item[2].start)
    return [PlanItem(n, item, plan_category(item), path, span) for n, (item, path, span) in enumerate(found, start=1)]


def _regions(text: str, sections: tuple[Section, ...], kind: SectionKind):
    """(path, start, end, whole) of the text holding the items of the passages of `kind`: a numbered
    item is one item (`whole`); an unnumbered passage's own text is split into items."""
    for section in sections:
        if section.kind != kind:
            yield from _regions(text, section.children, kind)
        elif section.children:
            yield from _child_regions(text, section, kind)
        elif section.body:
            yield section.path, *_own_text(text, section), False


def _child_regions(text: str, section: Section, kind: SectionKind):
    for child in section.children:
        if child.kind != kind:
            continue
        if child.children:
            yield from _child_regions(text, child, kind)
        elif child.level < 3 and passages.heading_kind(child.heading) == kind:
            if child.body:  # `（一）存在的问题` heads a list, it is not an item
                yield child.path, *_own_text(text, child), False
        elif child.span.start + len(child.label) < child.span.end:
            yield child.path, child.span.start + len(child.label), child.span.end, True


def _own_text(text: str, section: Section) -> tuple[int, int]:
    """Where a section's own text (after its heading) stands."""
    start = text.find(section.body, section.span.start, section.span.end)
    return start, start + len(section.body)


def _item(text: str, start: int, end: int, path: str) -> tuple[str, str, Span]:
    """The item `text[start:end]` without numbering leftovers, trailing `；`/`。` or a closing `等等`."""
    while start < end and text[start] in _ITEM_TRIM:
        start += 1
    while end > start and text[end - 1] in _ITEM_TRIM:
        end -= 1
    etc = _ETC_RE.search(text, start, end)
    if etc and etc.start() > start:
        end = etc.start()
    return text[start:end], path, Span(start, end)


def _shortcomings(text: str, start: int, end: int, path: str) -> list[tuple[str, str, Span]]:
    """An unnumbered self-criticism passage split after its lead-in, sentence by sentence."""
    lead = _list_start(text, start, end)
    found = []
    for sentence in _SENTENCE_RE.finditer(text, lead, end):
        found += _sentence_items(text, sentence.start(), sentence.end(), path)
    return found or [_item(text, lead, end, path)]


def _without_lead_in(text: str, item: str, path: str, span: Span) -> tuple[str, str, Span]:
    """`本人还存在A、B、C等问题` names the shortcomings A、B、C: the words around them are no part of it."""
    start, end = span.start, span.end
    lead = _LEAD_IN_RE.match(text, start, end)
    if lead and passages.SHORTCOMING_RE.search(text, lead.end(), end):
        start = lead.end()
    opener = _OPENER_RE.match(text, start, end)
    if opener and opener.end() < end:
        start = opener.end()
    tail = _ETC_PROBLEMS_RE.search(text, start, end)
    if tail and tail.start() > start:
        end = tail.start()
    return text[start:end], path, Span(start, end)


def _list_start(text: str, start: int, end: int) -> int:
    """Where the list of shortcomings starts: after `主要表现在：`, after the colon closing a lead-in
    (`…仍有差距：`, `我县经济发展基础还不牢固：`), or after a generic lead-in sentence (`还存在一些不足。`);
    a first sentence stating a shortcoming of its own (`我县经济发展基础还不牢固。`) is an item."""
    marker = _LIST_LEAD_RE.search(text, start, end)
    if marker:
        return marker.end()
    first = _SENTENCE_RE.match(text, start, end)
    cue = passages.CRITICISM_CUE_RE.search(text, start, first.end()) if first else None
    if cue is None:
        return start
    colon = text.find("：", cue.end(), first.end())
    if colon != -1 and text[colon + 1 : end].strip(_ITEM_TRIM):
        return colon + 1
    if first.end() < end and not _states_shortcoming(text, start, first.end()):
        return first.end()
    return start


def _states_shortcoming(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` names a shortcoming of its own, not only `困难和问题` or `差距` in general."""
    return any(
        found.group() not in passages.GENERIC_SHORTCOMINGS
        for found in passages.SHORTCOMING_RE.finditer(text, start, end)
    )


def _sentence_items(text: str, start: int, end: int, path: str) -> list[tuple[str, str, Span]]:
    if text.find("；", start, end) != -1:
        return [_item(text, s, e, path) for s, e in _parts(text, start, end, "；") if text[s:e].strip(_ITEM_TRIM)]
    merged: list[list[int]] = []
    context: int | None = None
    for s, e in _parts(text, start, end, "，"):
        clause = text[s:e].strip(_ITEM_TRIM)
        if not passages.SHORTCOMING_RE.search(clause):
            context = s if context is None else context  # `囿于具体事务，` belongs to the next clause
        elif merged and context is None and len(clause) <= MAX_ATTACHED_CLAUSE:
            merged[-1][1] = e
        else:
            merged.append([s if context is None else context, e])
            context = None
    if context is not None and merged:  # closing words with no shortcoming word stay with the last one
        merged[-1][1] = end
    return [_item(text, s, e, path) for s, e in merged]


def _parts(text: str, start: int, end: int, separator: str):
    """(start, end) of the pieces of `text[start:end]` between separators."""
    position = start
    while position < end:
        stop = text.find(separator, position, end)
        stop = end if stop == -1 else stop
        yield position, stop
        position = stop + 1


def _plan_pledges(text: str, start: int, end: int, path: str) -> list[tuple[str, str, Span]]:
    """Pledges listed after a colon, or a list under a plan heading (`四、2024年工作打算` then `坚持A；坚持B；坚持C。`),
    are one item each; a pledge sentence (`下一步，我们将A；B。`) is one item."""
    colon = text.find("：", start, end)
    if colon != -1 and text.count("；", colon, end) >= 1:
        return [_item(text, s, e, path) for s, e in _parts(text, colon + 1, end, "；") if text[s:e].strip(_ITEM_TRIM)]
    if (
        colon == -1
        and text.count("；", start, end) >= MIN_LISTED_PLANS - 1
        and not passages.PLAN_START_RE.match(text, start, end)
    ):
        return [_item(text, s, e, path) for s, e in _parts(text, start, end, "；") if text[s:e].strip(_ITEM_TRIM)]
    return [_item(text, start, end, path)]
