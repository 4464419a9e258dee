"""Turning the outline tree into `Section` records: paths, headings, bodies, kinds and themes."""

from __future__ import annotations

from . import passages
from .outline import Node
from .record_builders import positional_builder
from .records import Section, Span
from .themes import Scores, ThemeHits, add_scores, leading_themes
from .vocabulary import SectionKind

_TRIM = "。：:；;，、 \n"
_new_section = positional_builder(Section)  # the records without their dataclass __init__ (record_builders.py)
_new_span = positional_builder(Span)
MAX_OWN_LINE_HEADING = 25


def to_sections(text: str, roots: list[Node]) -> tuple[Section, ...]:
    """Records for the top-level nodes, numbered 1, 2, … after a preamble numbered 0."""
    if not roots:
        return ()
    hits = ThemeHits(text, roots[0].start, roots[-1].end)
    ordinals = _ordinals(roots)
    return tuple(_section(text, hits, node, str(n), n, None)[0] for node, n in zip(roots, ordinals, strict=True))


def _ordinals(nodes: list[Node]) -> list[int]:
    first = 0 if nodes and nodes[0].kind == SectionKind.PREAMBLE else 1
    return list(range(first, first + len(nodes)))


def _section(
    text: str, hits: ThemeHits, node: Node, path: str, ordinal: int, parent_kind: SectionKind | None
) -> tuple[Section, Scores]:
    """The record of `node` and the theme scores of all its text (for its parent's themes)."""
    heading, heading_end, body_start = _heading(text, node)
    body_end = node.children[0].start if node.children else node.end
    body = text[body_start:body_end].strip() if body_start < body_end else ""
    kind = _kind(node, heading, parent_kind)
    subtree = hits.body(body_start, body_end)
    children = []
    for n, child in enumerate(node.children, start=1):
        record, scores = _section(text, hits, child, f"{path}.{n}", n, kind)
        children.append(record)
        add_scores(subtree, scores)
    weighted, plain = hits.heading(node.label_end, heading_end)
    if weighted:
        themes = leading_themes(add_scores(weighted, subtree))
        add_scores(subtree, plain)
    else:  # the common case: no keyword in the heading
        themes = leading_themes(subtree)
    span = _new_span(node.start, node.end)
    record = _new_section(path, node.level, ordinal, node.label, heading, body, kind, themes, span, tuple(children))
    return record, subtree


def _heading(text: str, node: Node) -> tuple[str, int, int]:
    """The heading, where it ends (it starts after the label) and where the body starts.

    Items and run-in headings end at the first `。`; an own-line heading is the whole line; the
    preamble and unnumbered passages have none, unless a passage opens with a short heading line.
    """
    start = node.label_end
    limit = node.children[0].start if node.children else node.end
    line_end = text.find("\n", start, limit)
    line_end = limit if line_end == -1 else line_end
    if node.origin in ("preamble", "passage"):
        line = text[start:line_end]
        if node.origin == "passage" and _is_heading_line(line):
            return line.strip(_TRIM), line_end, line_end
        return "", start, start
    stop = text.find("。", start, line_end)
    if node.origin == "item":
        stop = stop if stop != -1 else limit
        return text[start:stop].strip(_TRIM), stop, min(stop + 1, limit)
    if stop != -1 and text[stop + 1 : line_end].strip():
        return text[start:stop].strip(_TRIM), stop, stop + 1
    return text[start:line_end].strip(_TRIM), line_end, line_end


def _is_heading_line(line: str) -> bool:
    return (
        len(line) <= MAX_OWN_LINE_HEADING
        and not any(mark in line for mark in "。，；")
        and bool(passages.heading_kind(line.rstrip("：:")))
    )


def _kind(node: Node, heading: str, parent_kind: SectionKind | None) -> SectionKind:
    if node.kind is not None:
        return node.kind
    if node.level == 3 and parent_kind is not None:
        return parent_kind
    return passages.heading_kind(heading) or parent_kind or SectionKind.ACHIEVEMENT
