"""Offset maps from cleaned text back to the raw text, built by the rewriting passes of the cleaning stage."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Edit:
    """One replaced stretch: old[old_start:old_end] became new[new_start:new_end] (lengths differ)."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int


@dataclass(frozen=True, slots=True)
class Layer:
    """The edits of one rewriting pass; equal-length replacements need no edit, offsets stay put."""

    edits: tuple[Edit, ...]
    new_starts: tuple[int, ...]

    @classmethod
    def of(cls, edits: list[Edit]) -> Layer:
        return cls(tuple(edits), tuple(e.new_start for e in edits))

    def back(self, offset: int, *, end: bool) -> int:
        """Map an offset of this pass's output to its input; `end` biases towards the end of a replacement."""
        index = (bisect_left if end else bisect_right)(self.new_starts, offset) - 1
        if index < 0:
            return offset
        edit = self.edits[index]
        if offset < edit.new_end or (end and offset == edit.new_end):
            return edit.old_end if end else edit.old_start
        return offset - edit.new_end + edit.old_end


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Composition of the passes' layers, raw → cleaned; maps cleaned offsets back to raw offsets."""

    layers: tuple[Layer, ...] = field(default=())

    def then(self, layer: Layer) -> OffsetMap:
        return self if not layer.edits else OffsetMap((*self.layers, layer))

    def to_raw(self, offset: int, *, end: bool = False) -> int:
        for layer in reversed(self.layers):
            offset = layer.back(offset, end=end)
        return offset


def rewrite(text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]) -> tuple[str, Layer]:
    """Like `pattern.sub(replace, text)`, also returning the pass's offset layer."""
    pieces: list[str] = []
    edits: list[Edit] = []
    position = shift = 0
    for match in pattern.finditer(text):
        new = replace(match)
        start, stop = match.span()
        if new == match.group():
            continue
        pieces += (text[position:start], new)
        if len(new) != stop - start:
            edits.append(Edit(start, stop, start + shift, start + shift + len(new)))
            shift += len(new) - (stop - start)
        position = stop
    if not pieces:
        return text, Layer.of([])
    pieces.append(text[position:])
    return "".join(pieces), Layer.of(edits)


def apply_replacements(text: str, replacements: list[tuple[int, int, str]]) -> tuple[str, Layer]:
    """Apply sorted, non-overlapping `(start, end, new)` replacements; return the text and its layer."""
    pieces: list[str] = []
    edits: list[Edit] = []
    position = shift = 0
    for start, stop, new in replacements:
        pieces += (text[position:start], new)
        if len(new) != stop - start:
            edits.append(Edit(start, stop, start + shift, start + shift + len(new)))
            shift += len(new) - (stop - start)
        position = stop
    pieces.append(text[position:])
    return "".join(pieces), Layer.of(edits)
