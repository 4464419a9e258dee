"""Recognising the closing passages of a report: self-criticism, plans (next steps) and the closing words.

The wording varies a lot (DOMAIN.md), so each kind is a set of cues, matched at the start of a paragraph
or sentence, or anywhere in a passage's first sentences for the self-criticism lead-in.
"""

from __future__ import annotations

import re

from .vocabulary import SectionKind

# Self-criticism lead-ins: `还有一定差距`, `还存在不足之处`, `也清醒地认识到`, `存在的问题和不足`.
# (Every branch starts with its own literal word, so the regex engine skips ahead to candidate characters.)
_STILL_SHORT = r"(?:然)?(?:有|存在)[^。]{0,14}(?:差距|不足|问题|困难|短板|薄弱)"
CRITICISM_CUE_RE = re.compile(
    "|".join(f"{word}{_STILL_SHORT}" for word in ("还", "仍", "尚", "依然", "也"))
    + r"|清醒(?:地)?(?:看到|认识到)|不足之处|存在的(?:主要)?(?:问题|不足)|问题(?:和|与|及)不足|差距(?:和|与|及)不足"
    + "|短板和不足"
    # `我县经济发展基础还不牢固：`, `服务意识仍不强`: a shortcoming stated at once (not `还不断`, `尚未发生`).
    + "".join(f"|{word}然?(?:不(?!断|仅|但|光|只|忘|懈)|没有(?!发生|出现)|未(?!发生|出现|来))" for word in "还仍尚")
)
# How many sentences of a paragraph may precede its self-criticism cue.
CRITICISM_LEAD_SENTENCES = 3
# A pledge starts a sentence: `下一步，我们将…`, `新的一年，我将…`, `在今后的工作中，我们将…`,
# `下半年工作打算：`, `…我局将重点抓好以下工作。`
PLAN_START_RE = re.compile(
    r"(?:(?:在)?(?:下一步|下步|下一阶段|新的一年|新一年|明年|来年|今后|未来|下半年|接下来"
    r"|新的?(?:任期|征程|起点)|新的[^。，！？]{1,10}?[里中上])"
    r"[^。！？]{0,40}?(?:将|要|继续|计划|打算|努力)"
    # A year may be the report's own (`2022年，我们继续深化…`, `2022年，我们将党建摆在首位`): only a
    # future-tense verb makes it a pledge (`2023年，我局将重点抓好以下工作`).
    r"|(?:(?:19|20)[0-9]{2}|[xX]{2,4})年[^。！？]{0,40}?(?:将(?:重点|继续|进一步|着力|全力|持续|坚持|围绕|聚焦|突出"
    r"|抓好|做好|紧盯|紧扣|大力|加快|深入|切实|全面|努力|以)|计划|打算|力争|确保)"
    r"|[^。！？：]{0,30}(?:工作)?(?:打算|思路|计划|安排|设想|重点)(?:如下)?[：:]"
    r"|[^。！？]{0,60}(?:将|要)(?:重点)?(?:抓好|做好|着力|突出|推进)?以下[^。！？]{0,8}工作)"
)
# The closing words: `以上是我代表班子所作的述职述廉报告，请…提出宝贵意见。`, `路虽远，行则将至…`, `各位代表！…`
CLOSING_START_RE = re.compile(
    r"以上(?:是|就是|为|报告|述职|汇报)|特此(?:报告|汇报)|(?:我的)?述职(?:报告)?完毕|(?:不妥|不当|不足)之处，?(?:敬)?请"
    r"|请(?:各位|与会|考核组)?[^。]{0,20}(?:审议|批评指正|提出宝贵意见|评议)|谢谢大家|路虽远|行而不辍|征途漫漫|让我们"
    # The audience hailed with an exclamation (`各位代表！…表示衷心的感谢！`): the thanks or the rallying call.
    r"|(?:各位(?:领导、)?(?:代表|委员|领导)|(?:各位领导、)?同志们)[！!]"
)
# The sign-off under a report (`述职人：王XX`, `XX镇人民政府`, `2022年7月5日`): no body text of any section.
_SIGNATURE_LINE_RE = re.compile(r"(?:述职人|报告人|汇报人|发言人|署名)[：:\s\u3000]*[^，。；！？\s]{1,12}")
_DATE_LINE_RE = re.compile(
    r"[（(]?(?:(?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4}|[xX]{2,4})年"
    r"[0-9一二三四五六七八九十〇零○xX]{1,3}月(?:[0-9一二三四五六七八九十〇零○xX]{1,3}日)?[）)]?"
)
_SIGNER_LINE_RE = re.compile(
    r"[^，。；：！？\s]{1,30}(?:人民政府|政府|委员会|常委会|党委|党组|支部|总支|办公室|办事处|局|厅|委|镇|乡|街道|公司"
    r"|集团|中心|书记|镇长|乡长|县长|区长|市长|局长|主任|经理|董事长)(?:[\s\u3000]+[^，。；！？\s]{2,4})?"
)
MAX_SIGNOFF_LINES = 4

# Headings of numbered or own-line passages: `四、存在的问题和不足`, `五、下一步工作打算`, `2020年工作思路`,
# `三、工作中的不足`, `四、整改措施`. Achievement headings say `着力解决突出问题`, `补齐民生短板` or
# `理清工作思路`, so the words must name the passage itself.
CRITICISM_HEADING_RE = re.compile(
    r"(?:存在|主要)的?(?:突出)?(?:困难|问题|不足|差距|短板)|^突出的?(?:问题|困难)|(?:问题|困难)(?:和|与|及)(?:不足|差距|问题)"
    r"|不足(?:之处|和|与|及)|(?:差距|短板)(?:和|与|及)不足|中的?不足$|的不足$|教训|^(?:问题|不足|困难|短板)"
    r"|(?:不够|不足|不到位|欠缺)的地方$"  # `三、自己做得不够的地方`
)
PLAN_HEADING_RE = re.compile(
    r"下一步|下步|下一阶段|今后|明年|来年|下半年工作|新的一年|展望|(?:打算|思路|计划|设想|安排)$"
    r"|(?:整改|改进)(?:措施|方向|举措|思路)|努力方向"
    r"|(?:19|20|[xX]{2})[0-9xX]{0,2}年(?:工作)?(?:打算|思路|计划|重点|目标|任务)"
)
# A run-in self-criticism heading opening a paragraph (`问题：1.…2.…`, `存在的不足：一是…`, `不足之处：…`): short,
# and ending in the word for shortcomings, so `问题整改：` or `困难帮扶：` (work done) is none.
_RUN_IN_CRITICISM_RE = re.compile(r"[^。，；！？：:\n]{0,10}(?:问题|不足|困难|短板|差距|弱项)(?:之处)?(?=[：:])")

# A promise to mend the shortcomings just named (`认真查找不足`, `切实加以改进`), no work of its own.
_AMENDS_RE = re.compile(r"(?:查找|正视|弥补|克服)不足|加以(?:改进|解决|整改|克服)|切实(?:改进|整改)")

# Words that make a clause a shortcoming of its own (`项目带动力不强`, `有待进一步提高`).
SHORTCOMING_RE = re.compile(
    r"不够|不足|不强|不高|不优|不大|不快|不多|不深|不透|不到位|不充分|不平衡|不完善|不明显|不严|不实|偏少|偏小|偏低|偏弱"
    r"|较少|较多|较弱|较大|较小|较低|较差|较重|有待|亟待|亟需|仍需|还需|需要进一步|缺乏|欠缺|滞后|薄弱|难度|困难|差距"
    r"|短板|瓶颈|制约|减弱|弱化|尚未|仍未|未能|松懈|淡化|单一|落后|欠账|偏高|过高|过低|过多|过少|不规范|不匹配|不牢"
    r"|紧张|缺口|参差不齐"
)
# The words a generic lead-in uses for shortcomings in general (`还存在一些困难和问题`, `还有一定差距`).
GENERIC_SHORTCOMINGS = frozenset(("差距", "不足", "困难", "短板", "薄弱"))
_SENTENCE_END_RE = re.compile("[。！？]")
_ACTED_UPON_RE = re.compile("对(?!照|标|比|于)|整改|解决|帮助|督促")  # not 对照…要求仍有差距


def heading_kind(heading: str) -> SectionKind | None:
    """The kind a numbered heading announces, if it is a self-criticism or plan heading."""
    criticism = CRITICISM_HEADING_RE.search(heading)
    plan = PLAN_HEADING_RE.search(heading)
    if criticism and (not plan or criticism.start() < plan.start()):
        return SectionKind.SELF_CRITICISM
    return SectionKind.PLAN if plan else None


def paragraph_kind(text: str, start: int, end: int) -> SectionKind | None:
    """The passage kind an unnumbered paragraph `text[start:end]` opens, or None for ordinary content."""
    if CLOSING_START_RE.match(text, start, end):
        return SectionKind.CLOSING
    if PLAN_START_RE.match(text, start, end):
        return SectionKind.CLOSING if _answers_shortcomings(text, start, end) else SectionKind.PLAN
    run_in = _RUN_IN_CRITICISM_RE.match(text, start, end)
    if run_in and heading_kind(run_in.group()) == SectionKind.SELF_CRITICISM:
        return SectionKind.SELF_CRITICISM
    lead_end = start
    for _ in range(CRITICISM_LEAD_SENTENCES):
        found = _SENTENCE_END_RE.search(text, lead_end, end)
        lead_end = found.end() if found else end
    if any(not _acted_upon(text, start, cue.start()) for cue in CRITICISM_CUE_RE.finditer(text, start, lead_end)):
        return SectionKind.SELF_CRITICISM
    return None


def _answers_shortcomings(text: str, start: int, end: int) -> bool:
    """`今后，本人将认真查找不足，切实加以改进，努力做一名…的镇长。`: one sentence that only promises to mend the
    shortcomings just named plans no work; it is the closing words (closing words that more content follows
    are taken back: outline._retract_closing)."""
    one_sentence = _SENTENCE_END_RE.search(text, start, end - 1) is None
    return one_sentence and _AMENDS_RE.search(text, start, end) is not None


def _acted_upon(text: str, start: int, cue: int) -> bool:
    """`对仍存在问题的15个村党组织逐一整改`: problems that work dealt with, not the report's own shortcomings."""
    clause = max(text.rfind(mark, start, cue) for mark in "，。；：") + 1
    return _ACTED_UPON_RE.search(text, max(clause, start), cue) is not None


def is_rallying_close(text: str, start: int, end: int) -> bool:
    """A report's last paragraph as one exclamation (`我们将在…领导下，…奋力谱写新篇章！`): the closing words,
    which no plan item or chapter should absorb."""
    return text.endswith("！", start, end) and _SENTENCE_END_RE.search(text, start, end - 1) is None


def pledge_start(text: str, start: int, end: int) -> int | None:
    """Where a pledge sentence starts inside a self-criticism paragraph (`…等等。下一步，我们将…`)."""
    for found in _SENTENCE_END_RE.finditer(text, start, end):
        if found.end() < end and PLAN_START_RE.match(text, found.end(), end):
            return found.end()
    return None


def signoff_start(text: str, lines: list[tuple[int, int]]) -> int:
    """How many of the report's `lines` come before its sign-off: a signature or date line, maybe with the
    signer's organisation or office, at the very end (all lines when there is none)."""
    first, dated = len(lines), False
    for start, end in reversed(lines[-MAX_SIGNOFF_LINES:]):
        line = text[start:end].strip()
        stamp = is_signoff_line(line)
        if not (stamp or _SIGNER_LINE_RE.fullmatch(line)):
            break
        first, dated = first - 1, dated or stamp
    return first if dated and first > 0 else len(lines)


def is_signoff_line(line: str) -> bool:
    """A line that can end a report's sign-off (`2022年7月5日`, `述职人：王XX`)."""
    line = line.strip()
    return bool(_SIGNATURE_LINE_RE.fullmatch(line) or _DATE_LINE_RE.fullmatch(line))
