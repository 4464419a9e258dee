"""The outline: a report's section tree, from its numbering and its unnumbered closing passages.

Levels are semantic: 1 = chapter (`一、`, and the unnumbered preamble, self-criticism, plan and
closing passages), 2 = subsection (`（一）`, or `1、`/`（1）` when they are the next numbering down),
3 = items (`一是`, `二要`, `二坚持`, `第一，`, …) on their own line or inside a paragraph. Deeper
numbering stays in the body. Numbering mistakes (two `四是`) simply give consecutive ordinals.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from . import passages
from .item_markers import CAPITAL, CN, item_at, item_markers, numeral
from .vocabulary import SectionKind

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Line-start numbering families, in the genre's order from the top of the tree down.
_LINE_FAMILIES = (
    # `第二部分　存在的问题`, `第三章 …`, `第一篇 …`: a part over the `一、` chapters when a report has both.
    ("part", re.compile(rf"(第(?:[{CN}]{{1,3}}|[0-9]{{1,2}})(?:部分|章|篇))[、.．：:，\s\u3000]*")),
    ("chapter", re.compile(rf"([{CN}]{{1,3}}|[{CAPITAL}]{{1,2}})[、.．](?![{CN}])")),
    ("paren_cn", re.compile(rf"[（(]([{CN}]{{1,3}})[）)]、?")),
    # `5.2023年工作打算` is chapter 5 (a year follows), `5.2亿元` a decimal.
    ("arabic", re.compile(r"([0-9]{1,2})(?:、|[.．](?![0-9])|[.．](?=(?:19|20)[0-9]{2}年))")),
    ("paren_arabic", re.compile(r"[（(]([0-9]{1,2})[）)]")),
    ("circled", re.compile(f"([{_CIRCLED}])")),
)


# A pledge in the first person after a chapter's numbered plans (`我一定严格要求自己，…`): a plan of its own.
_PERSONAL_PLEDGE_RE = re.compile(r"(?:我|我们|本人)(?:一定|将|要|决心|会|坚决)")
# A paragraph opening with a run-in heading of two short parallel clauses (`抓经济，稳增长。正文`): the body of
# a report without numbered chapters may be divided by them alone. A first clause ending in a connective's
# last word (`总的来看，`, `一年来，`, `与此同时，`, `总而言之，`) opens prose.
_CLAUSE = r"[^。，；：:！？\n\d]"
_CLAUSE_END = r"[^。，；：:！？\n\d看说来言外时此然之]"
_PARALLEL_RUN_IN_RE = re.compile(rf"({_CLAUSE}{{1,5}}{_CLAUSE_END})，({_CLAUSE}{{2,6}})。(?=.)")
_ANY_FAMILY_RE = re.compile("|".join(pattern.pattern for _, pattern in _LINE_FAMILIES))


@dataclass(slots=True)
class Node:
    """A section while the tree is built (mutable); `outline_sections` turns it into a record."""

    start: int
    level: int
    label: str
    label_end: int  # where the text after the numbering starts
    origin: str  # "line", "item", "passage" (unnumbered) or "preamble"
    kind: SectionKind | None = None
    end: int = 0
    children: list[Node] = field(default_factory=list)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, position = [], start
    while position < end:
        stop = text.find("\n", position, end)
        stop = end if stop == -1 else stop
        if stop > position:
            spans.append((position, stop))
        position = stop + 1
    return spans


def _line_family(text: str, start: int, end: int) -> tuple[str, re.Match[str]] | None:
    if not _ANY_FAMILY_RE.match(text, start, end):
        return None  # the common case: an unnumbered line, told by one match instead of one per family
    for name, pattern in _LINE_FAMILIES:
        match = pattern.match(text, start, end)
        if match and match.end() < end:
            return name, match
    return None


def _family_levels(found: list[str], top: str | None) -> dict[str, int]:
    """Below the chapter family, the first numbering family present is level 2 and the next level 3."""
    present = [name for name, _ in _LINE_FAMILIES if name in found and name != top]
    return {top: 1} | {name: level for level, name in enumerate(present[:2], start=2)} if top else {}


def _line_markers(text: str, lines: list[tuple[int, int]]) -> list[Node]:
    """Numbered lines; sub-levels are decided per chapter, so `1、` under one chapter and `（一）` under
    another are both subsections."""
    families = [(line, _line_family(text, *line)) for line in lines]
    top = next((name for name, _ in _LINE_FAMILIES if any(f and f[0] == name for _, f in families)), None)
    groups: list[list] = [[]]
    for entry in families:
        if entry[1] and entry[1][0] == top:
            groups.append([])
        groups[-1].append(entry)
    nodes = []
    for group in groups:
        levels = _family_levels([f[0] for _, f in group if f], top)
        for (start, _end), family in group:
            if family and family[0] in levels:
                name, match = family
                label = _label(name, match)
                nodes.append(Node(start, levels[name], label, match.end(), "line"))
    return nodes


def _label(family: str, match: re.Match[str]) -> str:
    """The numbering as written, without the separator after it (`一、` → `一`, `第二部分　` → `第二部分`)."""
    if family == "part":
        return match.group(1)
    return match.group(0).rstrip("、.．") if family in ("chapter", "arabic") else match.group(0).rstrip("、")


def _passage_markers(text: str, lines: list[tuple[int, int]], after: int, numbered: set[int]) -> list[Node]:
    """Unnumbered self-criticism, plan and closing passages after the last chapter starts.

    A numbered plan chapter (`五、下一步工作打算`) keeps its own paragraphs but for the closing words (also a
    last paragraph that is one exclamation); a self-criticism chapter keeps its self-criticism paragraphs.
    """
    current = _chapter_kind(text, after)
    nodes: list[Node] = []
    last = lines[-1] if lines else None
    listed = False  # a numbered line stands between the last chapter's heading and this line
    for start, end in lines:
        if start <= after:
            continue
        if start in numbered or item_at(text, start, end):
            current, listed = _retract_closing(nodes, current, text, after), True
            continue
        kind = _own_line_heading_kind(text, start, end) or passages.paragraph_kind(text, start, end)
        if kind is None and "。" in text[start:end]:
            current = _retract_closing(nodes, current, text, after)
        if kind is None and (start, end) == last and passages.is_rallying_close(text, start, end):
            kind = SectionKind.CLOSING
        if kind is None and current == SectionKind.PLAN and listed and _PERSONAL_PLEDGE_RE.match(text, start, end):
            nodes.append(Node(start, 1, "", start, "passage", SectionKind.PLAN))  # not the last plan's words
            listed = False
            continue
        if kind is None or (not nodes and current == SectionKind.PLAN and kind != SectionKind.CLOSING):
            continue
        if kind != current or (kind == SectionKind.CLOSING and not (nodes and nodes[-1].kind == kind)):
            nodes.append(Node(start, 1, "", start, "passage", kind))
            current = kind
        pledge = passages.pledge_start(text, start, end) if kind == SectionKind.SELF_CRITICISM else None
        if pledge is not None:
            nodes.append(Node(pledge, 1, "", pledge, "passage", SectionKind.PLAN))
            current = SectionKind.PLAN
    return nodes


def _retract_closing(nodes: list[Node], current: SectionKind | None, text: str, after: int) -> SectionKind | None:
    """Closing words end a report: a closing passage that more content follows (`各位代表！` opening a paragraph
    in the middle of the last chapter, then `三、…`) was none; the kind in force before it comes back."""
    if current != SectionKind.CLOSING:
        return current
    while nodes and nodes[-1].kind == SectionKind.CLOSING:
        nodes.pop()
    return nodes[-1].kind if nodes else _chapter_kind(text, after)


def _criticism_before_plan(text: str, lines: list[tuple[int, int]], chapters: list[Node], numbered: set[int]):
    """A self-criticism paragraph after the last numbered line of the chapter before a numbered plan chapter
    (`三、…（二）…` then `同时，我们也清醒认识到…一是…` then `四、下一步工作思路`) is a passage of its own, as it
    is after the last chapter."""
    if len(chapters) < 2 or _chapter_kind(text, chapters[-1].start) != SectionKind.PLAN:
        return []
    if _chapter_kind(text, chapters[-2].start) is not None:
        return []
    after = max(n for n in numbered if n < chapters[-1].start)
    for start, end in lines:
        if not after < start < chapters[-1].start or item_at(text, start, end):
            continue
        if passages.paragraph_kind(text, start, end) == SectionKind.SELF_CRITICISM:
            return [Node(start, 1, "", start, "passage", SectionKind.SELF_CRITICISM)]
    return []


def _chapter_kind(text: str, start: int) -> SectionKind | None:
    """The passage kind announced by the heading of the chapter line at `start` (`四、存在的问题和不足`)."""
    line_end = text.find("\n", start)
    heading = text[start : line_end if line_end != -1 else len(text)].split("。", 1)[0]
    return passages.heading_kind(heading)


def _own_line_heading_kind(text: str, start: int, end: int) -> SectionKind | None:
    """An unnumbered heading line such as `存在的问题和不足` or `下一步工作打算：`."""
    line = text[start:end].rstrip("：:")
    if len(line) > 25 or any(mark in line for mark in "。，；"):
        return None
    return passages.heading_kind(line)


def build_tree(text: str, start: int, end: int) -> list[Node]:
    """The top-level nodes of the report whose content is `text[start:end]`, children attached."""
    lines = _lines(text, start, end)
    signed = passages.signoff_start(text, lines)  # the sign-off is a closing part of its own
    signoff = (
        [Node(lines[signed][0], 1, "", lines[signed][0], "passage", SectionKind.CLOSING)] if lines[signed:] else []
    )
    lines = lines[:signed]
    line_nodes = _demote_parts(text, lines, _line_markers(text, lines))
    chapters = [n for n in line_nodes if n.level == 1]
    preamble_end = chapters[0].start if chapters else (lines[1][0] if len(lines) > 1 else end)
    numbered = {n.start for n in line_nodes}
    items = [Node(m.start, 3, m.label, m.label_end, "item") for m in item_markers(text, start, end)]
    items = [n for n in items if n.start not in numbered]
    _promote_continued_numbering(text, line_nodes, items)
    markers = line_nodes + items
    last_chapter = chapters[-1].start if chapters else preamble_end - 1
    markers += _passage_markers(text, lines, last_chapter, numbered)
    markers += _criticism_before_plan(text, lines, chapters, numbered)
    if signoff and not (markers and max(markers, key=lambda n: n.start).kind == SectionKind.CLOSING):
        markers += signoff  # after the closing words, the sign-off is the end of their part
    markers.sort(key=lambda n: (n.start, n.level))
    roots: list[Node] = []
    if preamble_end > start:
        roots.append(Node(start, 1, "", start, "preamble", SectionKind.PREAMBLE))
    if not chapters and len(lines) > 1:
        marked = {m.start for m in markers}
        closing = min((m.start for m in markers if m.kind == SectionKind.CLOSING), default=end)  # all its own
        markers += _unnumbered_parts(text, [line for line in lines[1:] if line[0] not in marked and line[0] < closing])
        markers.sort(key=lambda n: (n.start, n.level))
    _attach(roots, markers)
    _close(roots, end, text)
    return roots


def _unnumbered_parts(text: str, lines: list[tuple[int, int]]) -> list[Node]:
    """Each paragraph of a report without numbered chapters is a part of its own; when two or more open with
    a parallel run-in heading (`抓经济，稳增长。`, `抓民生，补短板。`), those headings are the parts' headings
    (one such sentence alone is prose: `总的来看，成效明显。`), and the paragraphs before the first of them are
    the preamble's."""
    run_ins = {start for start, end in lines if _is_parallel_run_in(text, start, end)}
    if len(run_ins) < 2:
        return [Node(start, 1, "", start, "passage") for start, _ in lines]
    first = min(run_ins)
    return [Node(s, 1, "", s, "line" if s in run_ins else "passage") for s, _ in lines if s >= first]


def _is_parallel_run_in(text: str, start: int, end: int) -> bool:
    match = _PARALLEL_RUN_IN_RE.match(text, start, end)
    return match is not None and len(match.group(1)) == len(match.group(2))


def _demote_parts(text: str, lines: list[tuple[int, int]], nodes: list[Node]) -> list[Node]:
    """A two-part document (`2022年工作总结` … `2023年工作计划` / `一、…二、…`): chapters numbered anew after an
    unnumbered plan or self-criticism heading are that part's subsections, one level down (deeper
    numbering then stays in the body). The heading may stand a lead-in paragraph above the restart
    (`短板和弱项` / `…还存在一些短板和弱项：` / `（一）…`), and the top numbering may be `（一）` itself."""
    index_of = {start: index for index, (start, _end) in enumerate(lines)}
    demoting, previous = False, None  # previous: the index of the line after the last level-1 line
    for node in nodes:
        if node.level == 1:
            at = index_of[node.start]
            if not demoting and previous is not None and _number(node.label) == 1:
                demoting = any(_own_line_heading_kind(text, *line) for line in lines[previous:at])
            previous = at + 1
        if demoting:
            node.level += 1
    return [node for node in nodes if node.level <= 3]


def _promote_continued_numbering(text: str, line_nodes: list[Node], items: list[Node]) -> None:
    """`（一）…；（二）…；（三）…` on one line: inline labels on a numbered line that continue its numbering
    are that line's siblings (same level), not its items."""
    starts = [n.start for n in line_nodes]
    owner_index, previous = -1, None  # the numbered line holding the item, and the last label at its level
    for item in items:  # in text order
        at = bisect_right(starts, item.start) - 1
        if at != owner_index:
            owner_index, previous = at, line_nodes[at] if at >= 0 else None
        if previous is None or text.find("\n", previous.start, item.start) != -1:
            continue
        family = _inline_family(item.label)
        if family and family == _inline_family(previous.label) and _number(item.label) == _number(previous.label) + 1:
            item.level, previous = previous.level, item


def _inline_family(label: str) -> str | None:
    """The family of a label that can stand both on its own line and inside a paragraph."""
    if label[:1] in _CIRCLED:
        return "circled"
    if label[:1] in "（(":
        return "paren_arabic" if label.strip("（()）").isdigit() else "paren_cn"
    return None


def _number(label: str) -> int:
    inner = label.strip("（()）")
    if inner.isdigit():
        return int(inner)
    return _CIRCLED.index(inner) + 1 if inner in _CIRCLED else numeral(inner)


def _attach(roots: list[Node], markers: list[Node]) -> None:
    stack: list[Node] = []
    for node in markers:
        is_item = node.origin == "item"
        while stack and stack[-1].level >= node.level and not (is_item and _holds_items(stack[-1])):
            stack.pop()
        if not stack and node.level > 1:
            continue  # numbering before the first chapter stays in the preamble
        if is_item and stack and (_refuses_items(stack[-1]) or stack[-1].level >= 3):
            continue  # an item inside a level-3 line (`1、…一是…`) stays in its body
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)


def _holds_items(node: Node) -> bool:
    return node.level == 3 and node.origin == "line"


def _refuses_items(holder: Node) -> bool:
    """Items are not sections inside the closing words."""
    return holder.kind == SectionKind.CLOSING


def _close(nodes: list[Node], end: int, text: str) -> None:
    """Each node ends where its next sibling starts (or its parent ends), trailing space excluded."""
    for node, following in zip(nodes, [*nodes[1:], None], strict=False):
        node.end = following.start if following else end
        while node.end > node.start and text[node.end - 1] in "\n ":
            node.end -= 1
        if node.children:  # most nodes are leaves (items)
            _close(node.children, node.end, text)
