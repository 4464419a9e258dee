"""The words around a quantity that say what it is: periods, bounds, changes, year-on-year, ranks.

Every pattern is a compiled module constant; the metric finder only asks them questions (and which
periods open the clauses of a sentence).
"""

from __future__ import annotations

import re

CJK = "\u4e00-\u9fff"

# Sentences end at these (and at a line break); clauses inside a sentence at the second set.
SENTENCE_END = "。！？!?\n"
CLAUSE_END = "，,；;：:"

# The period a figure covers, recognised where it opens a clause (`前三季度，完成…`, `全年实现…`,
# `2023年新开工项目…`, `截至目前共…`), perhaps after a target verb (`力争2023年…`, `确保全年…`); a year
# inside a name (`完成2022年农村集体资产清产核资`) is not one.
_YEAR = r"(?:\d{4}|[xX]{4}|[一二〇○零三四五六七八九]{4})年度?"
_MONTH = r"(?:\d{1,2}|[xX]{1,2}|[一二三四五六七八九十]{1,2})"
_PERIOD_LEADERS = "预计|其中|同时|另外|在|力争|确保|争取|到"
PERIOD_RE = re.compile(
    rf"(?:{_PERIOD_LEADERS})?"
    rf"(?P<period>{_YEAR}(?:以来|上半年|下半年|前三季度|[一二三四]季度|1-{_MONTH}月份?)?"
    rf"|截[至止](?:目前|今|当前|年底|年末|{_MONTH}月(?:底|末|份)?(?:\d{{1,2}}日)?)"
    rf"|{_MONTH}(?:-|~|—|至|到){_MONTH}月份?"
    r"|前[一二三]季度|第?[一二三四]季度|上半年|下半年|全年|年内|今年以来|年初以来|今年|本年度|去年|上年|明年|新的一年"
    r"|年末|年底"
    r"|近[一二三四五六七八九十两\d]{1,2}年"
    r"|目前|当前"
    r"|“?十[一二三四五]五”?(?:期间|以来))"
)
# The characters a period phrase (or its leader) can start with: other clauses skip the regex.
PERIOD_FIRST_CHARS = frozenset("预其同另在力确争到0123456789xX一二〇○零三四五六七八九十截前第上下全今年本去近目当明新“")
# The characters every PERIOD_RE phrase ends with (keep in step with it): a phrase without one of them
# near its start cannot open with a period, which spares the regex.
PERIOD_LAST_CHARS = frozenset("年度来月份前今底末日内间")
PERIOD_REACH = 16  # the longest period phrase with its leader
# `春节期间`, `迎峰度夏期间`, `疫情防控期间`: tried only where the sentence has `期间`.
SPELL_PERIOD_RE = re.compile(rf"(?:{_PERIOD_LEADERS})?(?P<period>[{CJK}]{{1,6}}期间)")

# Bounds written before the number (`超过XX%`, `突破500亿元`, `近XX万人次`, `约万人次`, `达到XX%`,
# `不低于200件`) and after it (`XX余次`, `XX多户`, `XX%以上`, `3.5%以内`, `6%左右`, `37微克/立方米以下`),
# recorded as written except `接近`, recorded as `近`. A bound after the number wins over one before.
PREFIX_BOUNDS = (
    *(("超过", "超过"), ("接近", "近"), ("达到", "达到"), ("不到", "不到"), ("近", "近"), ("约", "约")),
    *(("突破", "突破"), ("超", "超"), ("逾", "逾"), ("不足", "不足")),
    *(("不超过", "不超过"), ("不低于", "不低于"), ("不少于", "不少于")),
)
SUFFIX_BOUNDS = ("以上", "以下", "以内", "左右")
PREFIX_BOUND_WORDS = frozenset(recorded for _, recorded in PREFIX_BOUNDS)

# The decreases among the change words: they make the change negative.
NEGATIVE_CHANGES = frozenset(
    {"下降", "减少", "降低", "降幅", "减幅", "压缩", "压减", "压降", "缩短", "缩减", "回落", "下滑", "减"}
    | {"净减", "净减少", "减产", "降价", "偏少", "偏低"}
)
# A change of the indicator named before it: `增长XX%`, `同比下降XX%`, `比去年增加XX个`.
# `增长到`/`增至` name the new level instead, so they are not changes.
CHANGE_WORDS = NEGATIVE_CHANGES | frozenset(
    {"增长", "增加", "新增", "增幅", "增速", "增长率", "涨幅", "提高", "提升", "上升", "上涨", "扩大"}
    | {"净增", "净增加"}  # a net change (净减 too): the difference of a stock (kind growth)
    | {"增产"}  # of an output (`比上年增产1.1万吨`; 减产 too)
    | {"涨价"}  # of a price (降价 too: `集采药品平均降价52%`)
    | {"偏多", "偏高"}  # against the usual: `降雨量较常年偏多18%` (偏少, 偏低 too)
)
# `是上年的2.1倍` compares with last year too.
YOY_RE = re.compile(  # every branch starts with its literal character: the engine skips to candidates
    r"同比|比(?:上年|去年)(?:同期)?|较(?:上年|去年)(?:同期)?|与(?:上年|去年)(?:同期)?相比|是(?:上年|去年)(?:同期)?的"
)
YOY_CHARS = frozenset("比较是")  # one of them is in every comparison: a cheap test before the regex
# Any comparison with a base (`比年初`, `比2015年`, `较常年`, `与上年末相比`, `环比`): a change after one is a
# difference, whatever its unit. Not the 比 of 比重, 比例, 占比, 对比, nor the 较 of 较好, 较大
# (every branch literal first).
COMPARISON_RE = re.compile(r"比(?<![占对]比)(?![重例率值])|较(?![好为大小多少高低快慢强弱])|相比")

# Rank: a verb of standing, up to a few characters (scope, `团体`), then 第N位/名 or 首位.
# `居` is not the one in 居民/居住; priority idioms (`摆在第一位`, `放在首位`) have no rank verb.
RANK_VERBS = r"稳居|位居|跃居|居于|名列|位列|排名|排位|排在|升至|获得|荣获|夺得|斩获|居(?![民住家委])|列|排|获"
RANK_SCOPE_RE = re.compile("全(?:国|省|市|县|区|州|盟|旗|镇|乡)")

# Listing cues: `A、B分别达到X%和Y%` pairs names with values; `办结率、满意率均达到X%` gives one
# value to each name (均 before a predicate: not the 均 of 人均, 平均, 均衡).
RESPECTIVELY = "分别"
EACH_RE = re.compile("均(?=达|为|超|在|实现|居|位居|完成|下降|增长|提高|保持|控制|排)")
LIST_SEPARATOR_RE = re.compile("、|和|与|及")


class WordEnds:
    """A set of words indexed by their last character and length, to tell which of them a phrase ends with:
    one set lookup per length instead of one `endswith` per word (13 words end in 到)."""

    __slots__ = ("_by_last",)

    def __init__(self, words) -> None:
        by_last: dict[str, dict[int, set[str]]] = {}
        for word in words:
            by_last.setdefault(word[-1], {}).setdefault(len(word), set()).add(word)
        self._by_last = {
            last: tuple((length, frozenset(same)) for length, same in sorted(lengths.items(), reverse=True))
            for last, lengths in by_last.items()
        }

    def ending(self, phrase: str) -> str:
        """The longest of the words that `phrase` ends with, or ""."""
        for length, words in self._by_last.get(phrase[-1:], ()):
            if phrase[-length:] in words:  # (a shorter phrase is no word of this length)
                return phrase[-length:]
        return ""


def mark_positions(text: str, marks, start: int = 0, end: int | None = None) -> list[int]:
    """Where any of `marks` (strings that cannot overlap one another) starts in `text[start:end]`, in order.

    `str.find` per mark: a regex scan that starts with a character class (`[。！？]`, `[万亿]`) tests every
    character of Chinese text several times more slowly than `find` skips to the next mark. A pattern with
    lookarounds is then matched at each position found (`pattern.match(text, at)`), as its scan would have.
    """
    end = len(text) if end is None else end
    found = []
    for mark in marks:
        at = text.find(mark, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + len(mark), end)
    found.sort()
    return found


def clause_periods(text: str, clause_starts: list[int], end: int) -> list[tuple[int, str]]:
    """The period phrases opening a clause: (where, phrase as written)."""
    spells = text.find("期间", clause_starts[0], end) >= 0
    found = []
    for clause_start in clause_starts:
        # a period starts with one of PERIOD_FIRST_CHARS and ends with one of PERIOD_LAST_CHARS: most clauses
        # are spared the regex (the test is written inline: it runs for every clause of every sentence)
        if (
            clause_start < end
            and text[clause_start] in PERIOD_FIRST_CHARS
            and not PERIOD_LAST_CHARS.isdisjoint(text[clause_start : clause_start + PERIOD_REACH])
        ):
            match = PERIOD_RE.match(text, clause_start, end)
            if match is None and spells:
                match = SPELL_PERIOD_RE.match(text, clause_start, end)
        elif spells:
            match = SPELL_PERIOD_RE.match(text, clause_start, end)
        else:
            continue
        if match:
            found.append((match.start("period"), match["period"]))
    return found


def period_before(periods: list[tuple[int, str]], pos: int) -> str:
    """The phrase of the last period found before `pos`, or ""."""
    period = ""
    for at, phrase in periods:
        if at >= pos:
            break
        period = phrase
    return period
