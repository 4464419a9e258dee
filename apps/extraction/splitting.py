"""Splitting a source text into its reports: report boundaries are title lines.

A compilation header (`…报告汇编（3篇）`) is not a report; a text without any title is one report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from . import passages
from .vocabulary import SectionKind

# A title line ends with the genre's name for itself (`工作回顾` for a review of a term), maybe followed by a
# bracketed note.
_TITLE_RE = re.compile(
    r"(?P<prefix>(?:【?(?:篇|范文|材料|文章)[一二三四五六七八九十0-9]{1,3}】?|第[一二三四五六七八九十0-9]{1,3}篇)[：:、.\s]*)?"
    r"(?P<title>[^。；，！？\n]{0,50}?(?:总结|报告|汇报|述职|述廉|工作回顾)(?:（[^）\n]{1,20}）)?"
    # `…上半年工作总结及下半年工作打算`: a plan named after the summary is part of the title.
    r"(?:[及和暨与][^。；，！？\n]{0,16}(?:打算|计划|思路|安排|要点))?)"
)
# A numbered line, the report's own words, or a part heading (`第一部分  2023年工作总结`) inside a report.
_NOT_TITLE_START_RE = re.compile(
    r"[一二三四五六七八九十]{1,3}[、是要]|[（(][一二三四五六七八九十0-9]|[0-9]{1,2}[、.．]|现将|以上|特此|[—\-－]"
    r"|第[一二三四五六七八九十0-9]{1,3}(?:部分|章|节)"
)
# `（3篇）` counts a compilation's reports; `第一篇` numbers a part.
_COMPILATION_RE = re.compile(
    r"汇编|合集|合辑|精选|大全|范文|(?<![第0-9一二三四五六七八九十])[0-9一二三四五六七八九十]+篇"
)
_GENRE_RE = re.compile(r"总结|报告|汇报|述职|述廉|工作回顾")
_PART_ONLY_GENRE = "工作回顾"  # names a report when it stands alone, a part of one after `第X篇`
# A title that names its year or its organisation (`XX镇2020年工作总结`), unlike a bare `述职报告`, also
# starts a report right after the previous report's last line (compilations whose noise was removed).
_NAMED_TITLE_RE = re.compile(
    r"(?:19|20)[0-9]{2}|[xX]{4}|[〇一二三四五六七八九]{4}年|[省市区县镇乡局厅委办]|街道|党组|党委|政府|班子|长|书记"
)
_ORGANISATION_RE = re.compile(r"[省市区县镇乡局厅委办]|街道|党组|党委|政府|班子|长|书记|公司|集团|中心")
_DASHES = ("—", "－", "-")
_SUBTITLE_LEAD = "".join(_DASHES) + " \u3000"  # stripped off a `——` line to read its words
# Where a report was given, in a `——` line: `在区委全会上的述职`, `区委书记　王XX在2023年度述职会议上的报告`.
_OCCASION_RE = re.compile("在[^，。；：]{1,30}?(?:会|上|时|中)[^，。；：]{0,3}?的")
MAX_HEADLINE = 30
MAX_HEADER_LINES = 2  # a headline and a label line above the `——` title
_PASSAGE_END = tuple("。！？…）)”")
MAX_TITLE = 60
MIN_BODY = 20  # Chinese characters
_HAN_RE = re.compile("[\u4e00-\u9fff]")
# Lines between a title and the text that belong to the header: `——在…大会上`, `（2019年12月）`, a byline.
_SUBTITLE_RE = re.compile(r"[—\-－]{1,2}|[（(][^）)]{1,30}[）)]$|[^，。；：]{2,20}$")
# A numbered line (`（一）…`) or the report's own words (`现将…`) are content, never a subtitle; a dated
# line such as `（2021年7月5日）` is one.
_NOT_SUBTITLE_RE = re.compile(
    r"[一二三四五六七八九十]{1,3}[、是要]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[、.．]|现将|以上|特此"
)

# The opening of a report that has no title (`2023年，在县委的坚强领导下，…`, `一年来，在…指导下`, a salutation
# `尊敬的各位领导、同志们：`). It starts a report only right after another report's last words (a pledge or
# closing words) when the chapters are numbered from `一、` again after it.
_OPENING_RE = re.compile(
    r"(?:(?:(?:19|20)[0-9]{2}|[xX]{2,4}|[〇零一二三四五六七八九]{4})年(?:度|上半年|以来)?|一年来|今年以来|半年来"
    r"|[二三四五]年来)，[^。\n]{0,30}?在[^。\n]{1,40}?(?:领导|指导|关心|支持)下"
    r"|尊敬的[^。\n]{1,30}[：:]$|各位(?:领导|代表|委员|同志)[^。\n]{0,20}[：:]$"
)
_CHAPTER_LINE_RE = re.compile(r"\n([一二三四五六七八九十]{1,3})、")
_REPORT_END_KINDS = (SectionKind.PLAN, SectionKind.CLOSING)


@dataclass(frozen=True, slots=True)
class Segment:
    """One report's region of the text: the title line (if any) and where its content starts."""

    start: int
    end: int
    title: str | None
    content_start: int
    title_start: int  # the title line (after a headline and a label line when the title is a `——` subtitle)


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def title_of(line: str) -> str | None:
    """The title written on `line`, without a compilation's `篇一：` prefix; None if it is no title."""
    if not line or len(line) > MAX_TITLE or _NOT_TITLE_START_RE.match(line):
        return None
    match = _TITLE_RE.fullmatch(line)
    if not match or (match.group("prefix") and _is_part_heading(match.group("prefix"), match.group("title"))):
        return None  # `第一篇：2023年工作回顾` is the first part of a report (a review, then the plans)
    return match.group("title")


def _is_part_heading(prefix: str, title: str) -> bool:
    """After a part's ordinal (`第一篇：`), a review, or a title naming no organisation (`2023年工作总结`: the
    report's own title names it), is a part of a report; `篇二：XX镇2023年工作总结` is a compiled report."""
    if title.endswith(_PART_ONLY_GENRE):
        return True
    return prefix.startswith("第") and not _before_genre(_ORGANISATION_RE, title)


def _before_genre(pattern: re.Pattern[str], title: str) -> bool:
    """`pattern` occurs in the words of `title` before its genre word (`XX镇2023年` of `XX镇2023年工作总结`)."""
    return pattern.search(title, 0, _GENRE_RE.search(title).start()) is not None


def is_compilation_header(line: str) -> bool:
    """`…述职述廉报告汇编（3篇）`, `…工作总结范文3篇`: names a set of reports, is none itself."""
    if not line or len(line) > MAX_TITLE or any(mark in line for mark in "。；，！？"):
        return False
    return bool(_GENRE_RE.search(line) and _COMPILATION_RE.search(line))


def _starts_report(line: str, title: str, previous: str, first: bool) -> bool:
    """A title line starts a report at the top of the text, after an empty line or a compilation
    header, or, when it names its year or organisation, right after a paragraph's last line."""
    if first or not previous.strip() or is_compilation_header(previous):
        return True
    prefixed = line.strip() != title  # `篇二：…`
    named = _before_genre(_NAMED_TITLE_RE, title)
    ended = previous.rstrip().endswith(_PASSAGE_END) or passages.is_signoff_line(previous)  # `2022年7月5日`
    return ended and (named or prefixed)


def split(text: str) -> list[Segment]:
    """The reports of `text`, in order; each segment ends where the next title (or untitled opening) starts."""
    titles: list[tuple[int, str | None, int, int]] = []  # (start, title or None when untitled, line end, title line)
    headers = []
    previous = prose = ""  # the line before, and the last non-empty one
    chapters = False  # a chapter numbered since the last report started
    for start, line in _lines(text):
        if is_compilation_header(line):
            headers.append((start, line, start + len(line)))
        elif (title := title_of(line)) is not None and _starts_report(line, title, previous, not titles):
            titles += [(start, title, start + len(line), start)] if _after_prose(text, titles, start) else []
            chapters = False
        elif line.startswith(_DASHES) and (dashed := _dashed_header(text, start, line, previous, titles)) is not None:
            titles += [dashed] if _after_prose(text, titles, dashed[0]) else []
            chapters = False
        elif chapters and _opens_untitled_report(text, start, line, prose):
            titles.append((start, None, start, start))
            chapters = False
        chapters = chapters or line.startswith("一、")
        previous, prose = line, line or prose
    bounds = sorted([t[0] for t in titles] + [h[0] for h in headers])
    segments = []
    lead_end = titles[0][0] if titles else len(text)
    lead_start = max((h[2] for h in headers if h[2] <= lead_end), default=0)
    if _has_body(text[lead_start:lead_end]):
        segments.append(Segment(lead_start, _next_bound(bounds, lead_start, lead_end), None, lead_start, lead_start))
    for start, title, line_end, title_start in titles:
        end = _next_bound(bounds, start, len(text))
        content = _content_start(text, line_end, end) if title else start
        segments.append(Segment(start, end, title, content, title_start))
    return [_trimmed(text, s) for s in segments]


def _dashed_header(
    text: str, start: int, line: str, previous: str, titles: list[tuple[int, str | None, int, int]]
) -> tuple[int, str, int, int] | None:
    """A report headed by a headline over a `——` line: (where it starts, its title, the title line's end and
    start), the title from an occasion line's report title or headline, else from the dashed line itself."""
    head = _header_start(text, start, titles[-1][2] if titles else 0)
    if (occasion := _occasion_title(text, start, line, previous)) is not None:
        title, title_start, title_end = occasion
        return head, title, title_end, title_start
    title = _dashed_title(line, previous)
    return (head, title, start + len(line), start) if title is not None else None


def _dashed_title(line: str, previous: str) -> str | None:
    """`——XX乡2023年工作总结` under a headline (`凝心聚力谋发展　实干担当开新局`): the title is the subtitle."""
    if not _is_headline(previous):
        return None
    title = title_of(line.lstrip(_SUBTITLE_LEAD))
    return title if title and _before_genre(_NAMED_TITLE_RE, title) else None


def _occasion_title(text: str, start: int, line: str, previous: str) -> tuple[str, int, int] | None:
    """`凝心聚力谋发展　实干担当开新局` / `——在区委全会上的述职`: a subtitle naming where the report was given is no
    title (its genre word still tells the report's type); the title is the report's own title line when one
    follows, else the headline. Returns the title and its line's start and end."""
    subtitle = line.lstrip(_SUBTITLE_LEAD)
    occasion = _OCCASION_RE.search(subtitle)
    if not occasion or not _GENRE_RE.search(subtitle, occasion.end()) or not _is_headline(previous):
        return None
    following = start + len(line) + 1
    while text.startswith("\n", following):
        following += 1
    following_end = text.find("\n", following)
    following_end = len(text) if following_end == -1 else following_end
    if (own := title_of(text[following:following_end].strip())) is not None:
        return own, following, following_end
    return previous.strip(), start - 1 - len(previous), start - 1


def _is_headline(line: str) -> bool:
    """A short line without sentence punctuation or numbering: a headline or a compilation's label (`XX乡`)."""
    line = line.strip()
    return (
        0 < len(line) <= MAX_HEADLINE
        and not any(mark in line for mark in "。，；：！？、")
        and not _NOT_SUBTITLE_RE.match(line)
        and not passages.is_signoff_line(line)
    )


def _header_start(text: str, title_line: int, floor: int) -> int:
    """Where a report whose title is a subtitle starts: at its headline, or at a label line above it."""
    start = title_line
    for _ in range(MAX_HEADER_LINES):
        above = text.rfind("\n", floor, start - 1) + 1 if start > floor else start
        if above >= start or not _is_headline(text[above : start - 1]):
            break
        start = above
    return start


def _opens_untitled_report(text: str, start: int, line: str, prose: str) -> bool:
    """`2023年，在县委的坚强领导下，…` after a report's closing pledge, its chapters numbered from `一、` again."""
    if not _OPENING_RE.match(line) or not prose.endswith(("。", "！")):
        return False
    sentence_end = line.find("。")
    if "将" in line[: sentence_end if sentence_end != -1 else len(line)]:
        return False  # `2024年，在县委的领导下，我们将…` pledges: a report opens with what was done
    if passages.paragraph_kind(line, 0, len(line)) is not None:
        return False
    if passages.paragraph_kind(prose, 0, len(prose)) not in _REPORT_END_KINDS:
        return False
    chapter = _CHAPTER_LINE_RE.search(text, start)
    return chapter is not None and chapter.group(1) == "一"


def _after_prose(text: str, titles: list[tuple[int, str | None, int, int]], start: int) -> bool:
    """A title right under a title (`…工作总结和2023年工作计划` / `2022年工作总结`) is a part heading."""
    return not titles or _has_body(text[titles[-1][2] : start])


def _has_body(text: str) -> bool:
    """Enough prose to be a report rather than leftover furniture (stops counting at MIN_BODY)."""
    return next(islice(_HAN_RE.finditer(text), MIN_BODY - 1, None), None) is not None


def _next_bound(bounds: list[int], start: int, default: int) -> int:
    return next((b for b in bounds if b > start), default)


def _content_start(text: str, position: int, end: int) -> int:
    """Skip the empty lines and subtitle lines that follow a title."""
    while position < end:
        line_end = text.find("\n", position + 1)
        line_end = end if line_end == -1 or line_end > end else line_end
        line = text[position:line_end].strip()
        subtitle = len(line) <= 40 and _SUBTITLE_RE.match(line) and not _NOT_SUBTITLE_RE.match(line)
        if line and not (subtitle or passages.is_signoff_line(line)):  # `述职人：王XX` under the title
            break
        position = line_end
    while position < end and text[position] == "\n":
        position += 1
    return position


def _trimmed(text: str, segment: Segment) -> Segment:
    end = segment.end
    while end > segment.start and text[end - 1] in "\n ":
        end -= 1
    return Segment(segment.start, end, segment.title, min(segment.content_start, end), segment.title_start)
