"""Cleaning: normalise a raw source text without losing the way back to it.

Every pass is a rewrite that records its offset layer, so any offset of the cleaned text maps back to
the raw text. Chinese punctuation stays full-width; digits, Latin letters and `％ ＋ － ． ＊` become
ASCII; indentation, watermark/ad lines and paywall markers disappear; traditional characters become
simplified; placeholder glyphs (`××`, `○○`) become the `X` mask; PDF hard line breaks are joined.
Substitution restoration (`D` → 党 …) is a later, per-report stage (`restoration.py`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from . import noise, traditional
from .offsets import OffsetMap, apply_replacements, rewrite

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_FULL_WIDTH = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
    **{ord(a): ord(b) for a, b in zip("％＋－．＊\u00a0\u2028\u2029", "%+-.* \n\n", strict=True)},
}
_NEWLINE_RE = re.compile(r"\r\n?")
_SPACES = " \t\u3000"
_BLANK_RUN_RE = re.compile(r"\n\n\n+")
_SPACE_RUN_RE = re.compile(f"[{_SPACES}][{_SPACES}]*")
# Runs written as a class then its repeat (not `[…]+`): a pattern opening with a class lets the regex engine
# skip ahead to the next candidate character instead of trying a match at every position.
_FULL_WIDTH_CLASS = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a％＋－．＊\u00a0\u2028\u2029]"
_FULL_WIDTH_RE = re.compile(f"{_FULL_WIDTH_CLASS}{_FULL_WIDTH_CLASS}*")
# ASCII , ; : ! ? typed inside Chinese prose (`不动摇, 健全`): the full-width sign the genre uses.
_ASCII_PUNCT_RE = re.compile(r"([,;:!?])[ \t]*")
_CHINESE_BEFORE_RE = re.compile(f"[{HAN}%）)”」』]")
_CHINESE_AFTER_RE = re.compile(f"[{HAN}“「『（(]")
_FULL_PUNCT = dict(zip(",;:!?", "，；：！？", strict=True))
# ASCII parentheses around a numbering label or Chinese words: `(1)`, `(一)`, `(试行)`.
_ASCII_PARENS_RE = re.compile(
    rf"\(([0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}}|[^()\n]{{0,30}}[{HAN}][^()\n]{{0,30}})\)"
)
# Placeholders for a hidden name or number: `××县`, `×月×日`, `○○镇`; `○` inside a written year is a zero.
_TIMES_RE = re.compile("[×✕✖][×✕✖]*")
_CIRCLE_RE = re.compile("[○◯][○◯]*")
_NUMERAL_NEIGHBOURS = set("零〇一二三四五六七八九十年")
# `原标题：` opens the line that holds a reposted report's own title, under the post's headline.
_ORIGINAL_TITLE_RE = re.compile(f"原标题[:：][{_SPACES}]*")
MAX_POST_HEADER_LINES = 3
MAX_POST_HEADER_LINE = 60


@dataclass(frozen=True, slots=True)
class CleanedText:
    text: str
    offsets: OffsetMap


def clean(raw: str) -> CleanedText:
    """Normalise `raw` (see module docstring); the result's offsets map back into `raw`.

    Each pass runs only when a cheap substring test shows it has something to do: most texts need
    few of them, and a regex scan of Chinese text is not free.
    """
    text, offsets = raw, OffsetMap()
    if "\r" in text:
        text, offsets = _pass(text, offsets, _NEWLINE_RE, "\n")
    if "##" in text:
        text, offsets = _pass(text, offsets, noise.PAID_MARKER_RE, "")  # a marker-only line becomes empty
    if any(ch in text for ch in noise.INVISIBLE_CHARS):
        text, offsets = _pass(text, offsets, noise.INVISIBLE_RE, "")
    if noise.has_markdown(text):
        text, offsets = _pass(text, offsets, noise.MARKDOWN_RE, lambda m: m.group("bold") or "")
    text, offsets = _apply(text, offsets, _noise_lines(text))
    if "赞" in text or "在看" in text:
        text, offsets = _apply(text, offsets, _like_trailers(text))
    if noise.INLINE_EMOJI_RE.search(text):
        text, offsets = _pass(text, offsets, noise.INLINE_EMOJI_RE, "")
    if "原标题" in text:
        text, offsets = _apply(text, offsets, _repost_headers(text))
    text, offsets = _join_hard_breaks(text, offsets)
    text, offsets = _apply(text, offsets, _line_edge_spaces(text))
    text, offsets = _apply(text, offsets, _blank_runs(text))
    if _FULL_WIDTH_RE.search(text):
        text = _FULL_WIDTH_RE.sub(lambda m: m.group().translate(_FULL_WIDTH), text)  # one for one
    for start, end in traditional.traditional_regions(text):  # one for one: offsets are kept
        text = text[:start] + traditional.to_simplified(text[start:end]) + text[end:]
    if any(ch in text for ch in _FULL_PUNCT):
        text, offsets = _pass(text, offsets, _ASCII_PUNCT_RE, _full_punctuation)
    if "(" in text:
        text, offsets = _pass(text, offsets, _ASCII_PARENS_RE, lambda m: f"（{m.group(1)}）")
    if any(ch in text for ch in "×✕✖"):
        text, offsets = _pass(text, offsets, _TIMES_RE, _times_run)
    if "○" in text or "◯" in text:
        text, offsets = _pass(text, offsets, _CIRCLE_RE, _circle_run)
    return CleanedText(text, offsets)


def _pass(text: str, offsets: OffsetMap, pattern: re.Pattern[str], replace) -> tuple[str, OffsetMap]:
    replacer = replace if callable(replace) else (lambda m: replace)
    text, layer = rewrite(text, pattern, replacer)
    return text, offsets.then(layer)


def _apply(text: str, offsets: OffsetMap, replacements: list[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    if not replacements:
        return text, offsets
    text, layer = apply_replacements(text, replacements)
    return text, offsets.then(layer)


def _line_spans(text: str):
    """Yield (start, end) of every line, without its line break."""
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _noise_lines(text: str) -> list[tuple[int, int, str]]:
    """Watermark and ad lines, removed whole with their line break (long paragraphs are never noise), and the
    bullets or emoji opening a line of a pasted web article (`■ 一、…`), with the spaces after them."""
    found = []
    for start, end in _line_spans(text):
        if noise.is_noise_line(text, start, end):
            found.append((start, min(end + 1, len(text)), ""))
        elif start < end and noise.opens_with_decoration(text, start):
            decoration = noise.DECORATION_RE.match(text, start, end)
            if decoration:
                found.append((start, decoration.end(), ""))
    return found


def _like_trailers(text: str) -> list[tuple[int, int, str]]:
    """A WeChat post's like buttons and the call to press them, removed whole with their line break."""
    found = []
    for start, end in _line_spans(text):
        if end - start <= noise.MAX_BYLINE and noise.LIKE_TRAILER_RE.match(text, start, end):
            found.append((start, min(end + 1, len(text)), ""))
    return found


def _repost_headers(text: str) -> list[tuple[int, int, str]]:
    """A repost names the report's own title in an `原标题：` line: the title is the line's words, and the
    post's headline and byline just above it (a few short lines back to a blank line or the text's start,
    none a sentence ending in `。`; a headline may exclaim) are no part of the report."""
    found = []
    for match in _ORIGINAL_TITLE_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text[line_start : match.start()].strip(_SPACES):
            continue
        blank = text.rfind("\n\n", 0, line_start)
        block_start = blank + 2 if blank >= 0 else 0
        block = text[block_start:line_start].strip("\n").split("\n")
        post_header = len(block) <= MAX_POST_HEADER_LINES and all(
            len(line) <= MAX_POST_HEADER_LINE and not line.endswith("。") for line in block
        )
        found.append((block_start if post_header else match.start(), match.end(), ""))
    return found


def _line_edge_spaces(text: str) -> list[tuple[int, int, str]]:
    """Indentation (ASCII or full-width spaces) and trailing spaces of every line (a line of spaces is one run).

    The runs of spaces are found in one scan; those touching a line's start or end are its edges.
    """
    found = []
    last = len(text)
    for match in _SPACE_RUN_RE.finditer(text):
        start, end = match.span()
        if start == 0 or text[start - 1] == "\n" or end == last or text[end] == "\n":
            found.append((start, end, ""))
    return found


def _blank_runs(text: str) -> list[tuple[int, int, str]]:
    """At most one empty line between paragraphs, none at the ends of the text."""
    lead = len(text) - len(text.lstrip("\n"))
    trail = len(text.rstrip("\n"))
    found = [(0, lead, "")] if lead else []
    found += [(m.start(), m.end(), "\n\n") for m in _BLANK_RUN_RE.finditer(text, lead, trail)]
    return found + ([(trail, len(text), "")] if trail < len(text) and trail >= lead else [])


def _full_punctuation(match: re.Match[str]) -> str:
    """ASCII , ; : ! ? between Chinese words (`不动摇, 健全`) become the full-width signs."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if _CHINESE_BEFORE_RE.match(before) and _CHINESE_AFTER_RE.match(after):
        return _FULL_PUNCT[match.group(1)]
    return match.group()


def _times_run(match: re.Match[str]) -> str:
    """`3×4` is a product; elsewhere `××`, `×月×日` hide a name or number."""
    text, start, end = match.string, match.start(), match.end()
    between_digits = start and text[start - 1].isdigit() and end < len(text) and text[end].isdigit()
    return match.group() if between_digits else "X" * (end - start)


def _circle_run(match: re.Match[str]) -> str:
    """`二○一九年` writes zero with a circle; elsewhere a run of circles hides a name or number."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before in _NUMERAL_NEIGHBOURS or after in _NUMERAL_NEIGHBOURS - {"年"}:
        return "〇" * (end - start)
    return "X" * (end - start)


# --- PDF hard line breaks -------------------------------------------------------------------------
# A line wrapped by a PDF export is as wide as the page; a paragraph's last line is shorter.
_LINE_BREAK_RE = re.compile("\n")
# Indentation or a heading's numbering always starts a paragraph; an item label (`二是`, `第二，`) only
# after a finished sentence, since run-in items also continue a wrapped line (`…问题：` / `一是…`).
_PARAGRAPH_START_RE = re.compile(
    r"[ \t\u3000]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[）)]"
    r"|[0-9０-９]{1,2}(?:、|[.．](?![0-9０-９])|[.．](?=(?:19|20)[0-9]{2}年))|第[一二三四五六七八九十]{1,3}(?:章|部分|节|篇)"
)
_ITEM_START_RE = re.compile(r"[一二三四五六七八九十]{1,3}[是要]|第[一二三四五六七八九十]{1,2}[，、：]")
_FINISHED = tuple("。！？")
# The first character of a unit after a figure (`326` / `公里`, `8.6` / `亿元`, `95` / `%`).
_UNIT_START_RE = re.compile("[%亿万千百公米平亩吨个次项家人名户件起处所条座篇期场批轮天台本张盏栋倍元]")
MIN_WRAPPED_LINES = 5
MIN_CONTINUED_LINES = 3  # none in the seeds or the unseen corpus, whose lines are not wrapped
_SENTENCE_ENDS = tuple("。！？：；")
MAX_HEADING_TAIL = 12  # characters of a wrapped heading's last line
_PUNCTUATION_RE = re.compile("[。，；：！？、,.;:!?]")
MAX_WRAPPED_LINE = 120  # characters; a page line is never longer


def _width(line: str) -> int:
    """Display width: a Chinese character is two columns, an ASCII one is one."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def _page_width(text_lines: list[str]) -> int | None:
    """The width of a wrapped page line, or None when the text shows no hard wrapping.

    Wrapped text has most of its lines at one width, many of them one after another (a paragraph
    running over several lines), and those lines mostly end mid-sentence; headings of similar length
    are separated by long paragraphs, and a list of one-sentence items ends each line with `。`. A short
    text of short paragraphs has few such runs, but its page-wide lines still break off mid-sentence
    into lines that are no wider (`_continued_lines`).
    """
    lines = [line for line in text_lines if len(line) >= 10]
    widths = [_width(line) if len(line) <= MAX_WRAPPED_LINE else 0 for line in lines]
    if len(widths) < MIN_WRAPPED_LINES:
        return None
    short = sorted(w for w in widths if w)
    if not short:
        return None
    page = short[int(0.9 * (len(short) - 1))]
    near = [0.75 * page <= w <= page + 4 for w in widths]
    consecutive = sum(a and b for a, b in itertools.pairwise(near))
    runs = consecutive >= MIN_WRAPPED_LINES and sum(near) >= 0.5 * len(widths)
    if not runs and _continued_lines(text_lines, page) < MIN_CONTINUED_LINES:
        return None
    mid_sentence = sum(is_near and not line.endswith(_SENTENCE_ENDS) for line, is_near in zip(lines, near, strict=True))
    if mid_sentence < 0.5 * sum(near):
        return None
    return max(w for w, is_near in zip(widths, near, strict=True) if is_near)


def _continued_lines(lines: list[str], page: int) -> int:
    """Unnumbered page-wide lines that stop mid-sentence and go on in an unnumbered line no wider than the
    page. Unwrapped text has hardly any: its own-line headings are numbered or followed by a paragraph
    wider than a page line, and its other lines end their sentence."""
    return sum(
        0.75 * page <= _width(line) <= page + 4
        and not line.endswith(_SENTENCE_ENDS)
        and not _PARAGRAPH_START_RE.match(line)
        and 0 < _width(following) <= page + 4
        and not _PARAGRAPH_START_RE.match(following)
        for line, following in itertools.pairwise(lines)
    )


def _starts_paragraph(line: str, following: str) -> bool:
    if _PARAGRAPH_START_RE.match(following):
        return True
    return bool(_ITEM_START_RE.match(following)) and line.endswith(_FINISHED)


def _heading_tail(line: str, following: str) -> bool:
    """A numbered heading wrapped before its last words (`一、…推动文旅市场加快回暖` / `复苏`): a short line
    without any punctuation goes on an unfinished heading."""
    heading = line.lstrip(" \t\u3000")
    return (
        bool(_PARAGRAPH_START_RE.match(heading))
        and not heading.endswith(_SENTENCE_ENDS)
        and 0 < len(following) <= MAX_HEADING_TAIL
        and not _PUNCTUATION_RE.search(following)
    )


def _join_hard_breaks(text: str, offsets: OffsetMap) -> tuple[str, OffsetMap]:
    """Join a page-wide line to the next unless the next one starts a paragraph (indented or numbered); in
    wrapped text a line ending in a number whose unit opens the next line (`…高速公路326` / `公里，…`) is
    joined whatever its width."""
    lines = text.split("\n")
    width = _page_width(lines)
    if width is None:
        return text, offsets
    joins: set[int] = set()
    offset = 0
    for line, following in itertools.pairwise(lines):
        offset += len(line)
        split_figure = line[-1:].isdigit() and _UNIT_START_RE.match(following)
        wide = _width(line) >= 0.75 * width or split_figure or _heading_tail(line, following)
        if wide and following and not _starts_paragraph(line, following):
            joins.add(offset)
        offset += 1
    return _pass(text, offsets, _LINE_BREAK_RE, lambda m: "" if m.start() in joins else "\n")
