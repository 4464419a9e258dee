"""Level-3 items where a clause starts, on their own line or inside a paragraph.

Forms: `一是`/`二要`, `第一，`, `（1）`, `（一）`, `①`, `首先…其次…再次…最后`, and `二坚持` (the 是
dropped, accepted only right after the item numbered one less). `…，二是…` continues a sequence after a
comma (`一是…，二是…，三是…`); `…，一是…` opens one only when `二是` follows (`我们将…，一是…；二是…`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

CN = "一二三四五六七八九十"
# The capital (financial) numerals a .docx chapter numbering may use (`壹、贰、叁、`), in the same order.
CAPITAL = "壹贰叁肆伍陆柒捌玖拾"
_LABEL = (
    rf"(?:(?P<explicit>[{CN}]{{1,2}}(?:是|要))|(?P<ordinal>第[{CN}]{{1,2}})[，、：]"
    rf"|(?P<paren>[（(](?:[0-9]{{1,2}}|[{CN}]{{1,3}})[）)])、?|(?P<circled>[①②③④⑤⑥⑦⑧⑨⑩])"
    r"|(?P<sequence>首先|其次|再次|然后|最后)(?=[，、：])"
    r"|(?P<arabic>[0-9]{1,2})[.．、](?=[\u4e00-\u9fff“])"
    rf"|(?P<bare>[{CN}]{{1,2}})(?=[\u4e00-\u9fff]))"
)
_LABEL_RE = re.compile(_LABEL)
# A label after a clause end or a line break, or `X是`/`X要` continuing a sequence after a comma. The
# pattern starts with that character, not a lookbehind, so the engine jumps from one candidate to the next.
_ITEM_RE = re.compile(f"[。；：！？\n，](?:(?<=，)(?P<continued>[{CN}]{{1,2}}(?:是|要))|(?<!，){_LABEL})")
# A bare numeral followed by these is a quantity (`三年来`, `二十大`), not an item.
_NOT_BARE_ITEM = frozenset("年月日季个项次批些大中届号类级等位名种条家方人户天周万千百亿倍成半番道份场部所是要")
_NUMERALS = {ch: n for digits in (CN, CAPITAL) for n, ch in enumerate(digits, start=1)}
_SEQUENCE_OPENER = "首先"
_COMMA_OPENER = "comma_opener"  # `，一是`: an item only when `二是` follows


class ItemMarker(NamedTuple):
    start: int
    label: str  # as written, without trailing punctuation: `二是`, `第二`, `（2）`, `其次`
    label_end: int  # where the item's own text starts


def numeral(label: str) -> int:
    """The number a label writes in Chinese numerals (`二十三是` → 23); 0 when it has none."""
    digits = "".join(ch for ch in label if ch in _NUMERALS)
    if not digits:
        return 0
    if _NUMERALS[digits[0]] == 10:
        return 10 + _NUMERALS.get(digits[1:], 0) if len(digits) > 1 else 10
    if len(digits) == 1:
        return _NUMERALS[digits]
    return _NUMERALS[digits[0]] * 10 + (_NUMERALS.get(digits[2:], 0) if len(digits) > 2 else 0)


def item_at(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` (a line) opens with an explicit item label (`一是`, `第一，`, `（1）`)."""
    match = _LABEL_RE.match(text, start, end)
    return bool(match and (match.group("explicit") or match.group("ordinal") or match.group("paren")))


def item_markers(text: str, start: int, end: int) -> list[ItemMarker]:
    """The items of `text[start:end]` in text order."""
    found: list[tuple[ItemMarker, str]] = []  # with the family of each label
    previous = 0  # the number of the last `X是` or bare item, for `二坚持` and `，二是`
    opening = _LABEL_RE.match(text, start, end)
    for match in ([opening] if opening else []) + list(_ITEM_RE.finditer(text, start, end)):
        family = match.lastgroup or ""
        label = match.group(family)
        label_start = match.start() if match is opening else match.start() + 1
        last = found[-1] if found else (None, "")
        if not _accepted(text, match.end(), family, label, previous, last):
            continue
        if family == "continued":
            family = _COMMA_OPENER if numeral(label) == 1 else "explicit"
        if family in ("explicit", "bare", _COMMA_OPENER):
            previous = numeral(label)
        elif family != "sequence":
            previous = 0
        found.append((ItemMarker(label_start, label, match.end()), family))
    return [marker for index, (marker, family) in enumerate(found) if _kept(found, index, family)]


def _accepted(text: str, end: int, family: str, label: str, previous: int, last: tuple) -> bool:
    last_marker, last_family = last
    if family == "continued":
        return numeral(label) == 1 or (previous > 0 and numeral(label) == previous + 1)
    if family == "bare":
        return previous > 0 and numeral(label) == previous + 1 and text[end] not in _NOT_BARE_ITEM
    if family == "sequence":
        return label == _SEQUENCE_OPENER or last_family == "sequence"
    if family == "arabic":  # `1.…2.…` runs on inside a paragraph: a count in order, never a figure
        return label == "1" or (last_family == "arabic" and int(label) == int(last_marker.label) + 1)
    return True


def _kept(found: list[tuple[ItemMarker, str]], index: int, family: str) -> bool:
    """`首先` opens a sequence only when `其次`/`再次`/`最后` follows it, `，一是` only when `二是` does, an
    inline `1.` only when `2.` does."""
    following = found[index + 1] if index + 1 < len(found) else None
    if family == "arabic" and found[index][0].label == "1":
        return following is not None and following[1] == "arabic"
    if family == _COMMA_OPENER:
        return following is not None and following[1] == "explicit" and numeral(following[0].label) == 2
    if family != "sequence" or found[index][0].label != _SEQUENCE_OPENER:
        return True
    return following is not None and following[1] == "sequence"
