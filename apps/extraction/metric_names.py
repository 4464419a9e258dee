"""Naming rules: which words of a clause name the indicator a quantity measures.

- The name is the noun phrase before the quantity in its clause (`累计召开区政府常务会议XX次` →
  `召开区政府常务会议`), trimmed of words that only carry the action or the figure: leading adverbs,
  carrier verbs, item labels, speakers and the place as subject (累计, 共, 先后, 完成, 全面, 一是, 我将,
  全县 …), a leading period (全年, 截至目前), and trailing carriers, bounds, comparisons and change
  words (实现, 达到, 为, 有, 仅有, 约, 超过, 增长, 同比, 比年初, 年均, 控制在, 降至, 连续三年 …); a limit
  verb ends the name wherever it stands (`资产负债率控制在国资委要求的65%以内` → `资产负债率`). What is left when
  the words only compare (`是上年的2.1倍`, `增长到2020年的452亿元`) is no name: the figure inherits one.
  In `由A增长到B`, the name stands before `由`. A subject before an adverb or light verb goes too
  (`局系统已经查处xx起` → `查处`, `全县实现地区生产总值` → `地区生产总值`). Verbs that say what is
  counted stay: `新增集中供热`, `拆除各类违建`, `召开区政府常务会议`.
- When the quantity comes first, the noun after it names it (`完成XX个老旧小区` → `老旧小区`), cut
  where a verb or conjunction starts (`XX名高校优秀人才到街镇企业挂职` → `高校优秀人才`), but a passive
  says which are meant and stays (`326名学生被…录取` → `学生被…录取`); a phrase
  of up to ten characters before it is kept (`新增XX家创新载体平台` → `新增创新载体平台`), unless it
  ends an enumeration with 等 (`签约引进X、X、等X个重大项目` → `重大项目`). A quantity qualifying a
  noun with 的 is that noun's measure: `总投入X万元的农业综合开发项目` → `农业综合开发项目总投入`.
- Enumerations end at 等 (`A、B等各类信息XX条` → `各类信息`); purpose phrases (通过, 围绕) are cut;
  a very long phrase keeps what follows its last 的, then its last 20 characters.
- Names never hold the number, the unit or punctuation: quotes, brackets and 、 are dropped, and so
  is a parenthetical (`领军人才（创新团队）` → `领军人才`).
Inheritance, `分别` and `均` lists are applied by `metrics.py` with `split_names`.
"""

from __future__ import annotations

import re

from .metric_cues import (
    CHANGE_WORDS,
    CLAUSE_END,
    EACH_RE,
    LIST_SEPARATOR_RE,
    PERIOD_FIRST_CHARS,
    PERIOD_LAST_CHARS,
    PERIOD_RE,
    PERIOD_REACH,
    SENTENCE_END,
    WordEnds,
)
from .units import COUNT_WORDS, alternation

# Parentheticals, quotes, brackets, 、 and spaces: what a name never holds.
_PARENTHETICAL_RE = re.compile(r"（[^（）]*）|\([^()]*\)")
_NOT_IN_NAME = str.maketrans("", "", "“”‘’\"'《》「」『』【】〈〉、·• \t\n\u3000")
_CLEANED_CHARS = frozenset(map(chr, _NOT_IN_NAME)) | {"（", "("}
# Words that only carry the action at the start of a name: adverbs, carrier verbs, prepositions,
# item labels (一是, 二要, 首先 …), `我市`/`我县`.
_LEADING_WORDS = (
    "其中 另外 同时 此外 并 并且 还 又 共计 总计 合计 累计完成 共完成 累计 共有 拥有 共 先后 已经 现已 "
    "目前已 已 预计 全部 均 成功 有效 高质量 高标准 高效 精准 全面 完成 完成了 实现 实现了 确保 力争 "
    "向 把 将 由 从 有 为 首先 其次 再次 最后 我们 我将 同比 比上年 比去年 较上年 较去年 所有 首次 "
    "增长到 增加到 提高到 提升到 上升到 下降到 减少到 降至 降到 增至 以及"
)
# Conjunctions, not the first character of a word (和谐, 和美, 及时, 与会): cut after in a long name, dropped
# at its start.
_AND, _AS_WELL, _WITH = "和(?![谐美平睦顺气])", "及(?![时格早])", "与(?!会)"
_LEADING_RE = re.compile(
    f"^(?:{alternation(_LEADING_WORDS.split())}|在(?![建校岗职编册线库])|对(?!外)|我[市县区镇乡局省州旗*X]"
    # the place as subject (全县, not 全县域, 全乡镇) and a conjunction (和, not 和谐, 和美; 及, not 及时)
    f"|全(?:[省市县区镇](?![域场份])|乡(?!镇))|{_AND}|{_AS_WELL}|{_WITH}"
    "|[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+[，、])"
)
_LEADING_FIRST = frozenset(word[0] for word in _LEADING_WORDS.split()) | set("在对我一二三四五六七八九十第全和及与")
# Words that only carry the figure at the end of a name: carrier verbs, bounds, comparisons, changes.
_CARRIERS = (
    "完成 完成了 实现 实现了 达到 达到了 已达 高达 共计 累计 合计 总计 共有 现有 已有 拥有 "
    "有 只有 仅有 仍有 还有 分别为 接近 约 近 超过 超 突破 逾 不到 不足 仅 最高 最低 分别 均 已 了 的 "
    "共 等 到 至 由 从 "
    "同比 环比 比上年 比去年 较上年 较去年 比上年同期 比去年同期 较上年同期 较去年同期 "
    "与上年相比 与去年相比 与上年同期相比 与去年同期相比 控制在 保持在 稳定在 保持 仅为 全部 "
    "比年初 较年初 比常年 较常年 比常年同期 较常年同期 年均 平均 两年平均 三年平均 五年平均 "
    "降至 降到 降为 减为 减至 下降为 下降至 下降到 提高到 提高至 提升到 提升至 "
    "上升到 上升至 增长到 增加到 增至 扩大到 扩大至 缩短至 缩短到 减少到 减少至 不超过 不低于 不少于 "
    "力争 确保 争取 "  # target verbs (`通车里程力争突破`)
    "始终 一直 都 仍 仍然 依然 持续"  # adverbs of constancy (`比重始终保持在`, `覆盖率一直保持`)
)
# `均` carries a figure (`均达到`) except as the end of 平均, 人均, 亩均 (`两年平均增长` keeps 平均 for the
# longer word to take).
_WORD_BEFORE_EACH = frozenset("平人亩户年")
_WORD_BEFORE_ALL = frozenset("首成京古国帝")  # 都 ends 首都, 成都 …: only an adverb after other words
# What only says how a figure was computed or what it is compared with is never a name nor part of one
# (`按可比价格计算`, `按自然口径`, `按美元计价`, `剔除减税降费因素后`, `扣除…因素`; `比2015年`, `较“十二五”末`,
# `比上年末`, `与2018年相比` at the end). A literal first in every branch: a fast scan.
_CALIBRATION_RE = re.compile(
    r"按[^，,；;。]{0,8}?(?:口径|价格|计价|现价格?|不变价格?|可比价格?)(?:计算)?|[剔扣]除[^，,；;。]{1,12}?因素后?"
    r"|受[^，,；;。]{1,8}?影响"  # a cause: `受疫情影响同比下降41.2%`
)
_COMPARISON_TAIL_RE = re.compile(
    r"(?:比|较|与)(?:\d{4}年|[xX]{4}年|上年|去年|年初|上半年|十[一二三四五]五)(?:底|末|初|同期)?(?:相比)?$"
)
_COMPARISON_LAST = frozenset("年底末初期比五")
# A count opening the phrase (or a list item of it) is the scope the quantities speak of, not part of a
# name (`全市8个国控断面水质优良比例`, `3个国控断面、5个省控断面…`: see quantities._scope).
_SCOPE_COUNT_RE = re.compile(
    r"(?:^|(?<=\x00))(?:全[国省市县区州盟旗镇乡]|所有|我[省市县区镇乡])?(?:\d[\d,.]*|[Xx×*]{1,4})"
    f"(?:{alternation(COUNT_WORDS)})"
)
_SCOPE_COUNT_FIRST = frozenset("0123456789Xx×*全所我")
_DURATION_TAIL_RE = re.compile("连续[一二两三四五六七八九十0-9]{1,2}年$")  # `投资规模连续三年居全国第5位`
_SCOPE_TAIL_RE = re.compile("在全[国省市县区州盟旗镇乡]$")
# A limit (`资产负债率控制在国资委要求的65%以内`): the indicator is named before the limit verb; what follows
# it up to the figure says whose limit it is, no name.
_LIMIT_RE = re.compile("(?:控制|保持|稳定|维持)在")
# `由A增长到B`: the name stands before 由 (not 由于, 自由, 理由, 缘由, 经由).
_FROM_RE = re.compile("由(?<![自理缘经]由)(?![于此])")  # (literal first, then the lookbehind: a fast scan)
_TRAILING_WORDS = frozenset(_CARRIERS.split()) | CHANGE_WORDS
_TRAILING_LAST = frozenset(word[-1] for word in _TRAILING_WORDS) | {"为", "达"}
_TRAILING_ENDS = WordEnds(word for word in _TRAILING_WORDS if len(word) <= 7)
_RATE_ENDS = frozenset("率重数额量度值比例")  # `销号率为`, `覆盖率达`: 为/达 carry the figure after these
# Cut points, keeping what follows: an enumeration's 等 (not 中等, 一等 …), a purpose phrase, and the
# adverbs and light verbs that stand between a subject and the counted action (`局系统已经查处xx起`
# → `查处`, `党员干部积极撰写…稿X篇` → `撰写…稿`, `对局属单位进行“窗口指导”xx次` → `窗口指导`);
# a cut never leaves less than two characters.
# (Every alternative starts with its literal, the lookbehinds follow it: that keeps the scan fast.)
_BREAK_RE = re.compile(
    r"等(?<![中同一二三四上次平优高均对相头特初何]等)(?=.)|通过|围绕|按照|根据|其中|已经|已|了|进行|实现|完成"
    r"|积极|认真|主动|大力|全力|扎实|切实|深入|持续|不断|进一步|努力|着力|共(?<![公中]共)(?![享建同产青和识赢治计有])"
)
RIGHT_STOPS = frozenset(CLAUSE_END + SENTENCE_END + "、")  # what ends the noun after a quantity
_RIGHT_STOP_RE = re.compile(f"[{CLAUSE_END}{SENTENCE_END}、]")
_CLAUSE_STOP_RE = re.compile(f"[{CLAUSE_END}{SENTENCE_END}]")
_RIGHT_NOT_NOUN_RE = re.compile(
    r"^(?:已|被|均|将|在|到|是|由|对|给|让|使|以|并|和|与|及|或|同比|比|较|占|居|分别|共|全部|达|累计|等|左右|以下"
    # `由196家增加到268家`, `由3个降为零`
    r"|增长|增加|增至|上升|提升|扩大|下降|降至|降为|降到|减至|减为|减少|提高|突破|达到|进行|建成|开工|完成|实现"
    r"|大关|关口)"  # `突破千亿元大关`: a figure of speech, no name
)
# Where the noun after a quantity ends: a verb or conjunction (from the second character on).
_RIGHT_CUT_RE = re.compile(
    r"已|均|全部|全面|全覆盖|先后|陆续|正在|即将|达到|稳定|保持|到|进驻|入选|获评|荣获|获|成为|被|实现|完成|建成|开工"
    r"|加速|加快|进行|和|与|及(?<!涉及)|共|纳入|参与|中$"  # (every branch literal first: a fast scan)
)
_LONG = 20
# Conjunctions a long name may be cut after (nor the end of a word: 普及, 总和; 以及 is one word).
_JOINER_RE = re.compile(f"以及|(?<![普涉危波顾]){_AS_WELL}|(?<![总缓温柔平]){_AND}|{_WITH}|并(?![购网])")
_LEFT_WITH_NOUN = 10  # a left phrase up to this long is kept before a noun that follows the number


def clean(phrase: str) -> str:
    """Drop parentheticals, quotes, brackets, 、 and spaces."""
    if _CLEANED_CHARS.isdisjoint(phrase):
        return phrase  # the common case: nothing to drop
    if "（" in phrase or "(" in phrase:
        phrase = _PARENTHETICAL_RE.sub("", phrase)
    return phrase.translate(_NOT_IN_NAME)


def left_name(phrase: str, shorten: bool = True) -> str:
    """The indicator named by the words between the clause start and the quantity."""
    if not _CLEANED_CHARS.isdisjoint(phrase):  # most phrases have nothing to clean
        phrase = clean(phrase)
    if phrase[:1] == "是" and phrase[-1:] == "的":
        return ""  # a base of comparison: `是“十二五”时期的1.9倍`
    if phrase[:1] in PERIOD_FIRST_CHARS and not PERIOD_LAST_CHARS.isdisjoint(phrase[:PERIOD_REACH]):
        period = PERIOD_RE.match(phrase)  # (a period ends in one of PERIOD_LAST_CHARS: spare the regex)
        if period and period.end() < len(phrase):
            phrase = phrase[period.end() :]
    if "在" in phrase and (limit := _LIMIT_RE.search(phrase, 2)):
        phrase = phrase[: limit.start()]
    if "由" in phrase and (origin := _FROM_RE.search(phrase, 2)):
        phrase = phrase[: origin.start()]
    if phrase[:1] in _SCOPE_COUNT_FIRST or "\x00" in phrase:
        phrase = _SCOPE_COUNT_RE.sub("", phrase)
    if "按" in phrase or "除" in phrase or "受" in phrase:
        phrase = _CALIBRATION_RE.sub("", phrase)
    if phrase[-1:] in _TRAILING_LAST:
        phrase = _strip_trailing(phrase)
    if phrase[-1:] in _COMPARISON_LAST and ("比" in phrase or "较" in phrase or "与" in phrase):
        phrase = _COMPARISON_TAIL_RE.sub("", phrase)
    if "连续" in phrase:
        phrase = _DURATION_TAIL_RE.sub("", phrase)
    if "在全" in phrase:
        phrase = _SCOPE_TAIL_RE.sub("", phrase)  # `经济总量在全市的排位`: the scope goes to the rank
    if len(phrase) > 3 and _BREAK_RE.search(phrase):  # a cut needs something before it and two characters after
        breaks = [match.end() for match in _BREAK_RE.finditer(phrase) if len(phrase) - match.end() >= 2]
        if breaks:
            phrase = phrase[breaks[-1] :]
    if phrase[:1] in _LEADING_FIRST:
        phrase = _strip_leading(phrase)
    phrase = phrase.rstrip("*X")
    if len(phrase) < 2 or phrase in _TRAILING_WORDS or (phrase[-1:] in PERIOD_LAST_CHARS and _only_period(phrase)):
        return ""  # nothing, only a carrier (`均达到`) or only a period (`增长到2020年的`)
    return _shorten(phrase) if shorten and len(phrase) > _LONG else phrase


def _only_period(phrase: str) -> bool:
    return phrase[:1] in PERIOD_FIRST_CHARS and PERIOD_RE.fullmatch(phrase) is not None


def _strip_leading(phrase: str) -> str:
    """Repeatedly drop a leading carrier word; a lone character left over (`完成率`) keeps it."""
    while (match := _LEADING_RE.match(phrase)) is not None and len(phrase) - match.end() != 1:
        phrase = phrase[match.end() :]
    return phrase


def _strip_trailing(phrase: str) -> str:
    """Repeatedly drop a trailing carrier word (`销号率为`, `总量达到`, `同比增长`), as `_strip_leading`."""
    while phrase[-1:] in _TRAILING_LAST:
        word = _TRAILING_ENDS.ending(phrase)
        if not word and phrase[-1:] in "为达" and phrase[-2:-1] in _RATE_ENDS:
            word = phrase[-1]
        if (word == "均" and phrase[-2:-1] in _WORD_BEFORE_EACH) or (
            word == "都" and phrase[-2:-1] in _WORD_BEFORE_ALL
        ):
            return phrase
        if not word or len(phrase) - len(word) == 1:
            return phrase
        phrase = phrase[: -len(word)]
    return phrase


def _shorten(phrase: str) -> str:
    """A long phrase keeps what follows its last 的, or else the longest tail within `_LONG` characters that
    starts after a conjunction (`…副县长及县政府班子成员…`); with no such word it stays whole, never cut
    inside a word (a cut at a fixed length gave `子成员…`)."""
    if len(phrase) <= _LONG:
        return phrase
    tail = phrase.rsplit("的", 1)[-1]
    if len(tail) >= 4:
        return tail if len(tail) <= _LONG else _shorten_at_word(tail)
    return _shorten_at_word(phrase)


def _shorten_at_word(phrase: str) -> str:
    for match in _JOINER_RE.finditer(phrase):
        if 4 <= len(phrase) - match.end() <= _LONG:
            return phrase[match.end() :]
    return phrase


def right_noun(text: str, pos: int, limit: int) -> tuple[str, int, bool]:
    """(noun after a quantity, where it ends, whether it was joined by 的) — `("", pos, False)` if none."""
    if pos >= limit or text[pos] in RIGHT_STOPS:
        return "", pos, False  # the common case: a delimiter right after the unit
    stop = _RIGHT_STOP_RE.search(text, pos, limit)
    stretch_end = stop.start() if stop else limit
    stretch = text[pos:stretch_end]
    linked = stretch.startswith("的")
    if linked:
        stretch = stretch[1:]
    if not stretch or _RIGHT_NOT_NOUN_RE.match(stretch):
        return "", pos, False
    cut = _RIGHT_CUT_RE.search(stretch, 1)
    # a passive says which of the counted are meant (`326名学生被…录取`): the noun keeps it
    if cut and stretch[cut.start()] == "被":
        noun = stretch[: cut.start()]
        passive = passive_predicate(text, pos + int(linked) + cut.start(), limit)
        return _shorten(clean(noun) + passive), pos + int(linked) + len(noun) + len(passive), linked
    noun = stretch[: cut.start()] if cut else stretch
    name = clean(noun)
    if len(name) < 1:
        return "", pos, False
    return _shorten(name), pos + int(linked) + len(noun), linked


def passive_predicate(text: str, pos: int, limit: int) -> str:
    """`被市农业农村局转发` right after a quantity, to the clause end (cleaned), else ""."""
    if pos >= limit or text[pos] != "被":
        return ""
    stop = _CLAUSE_STOP_RE.search(text, pos, limit)
    return clean(text[pos : stop.start() if stop else limit])


# A clause that only judges a quantity (`专业技术人才缺口较大，约1800人`) names the figure of the next clause.
_JUDGEMENT_RE = re.compile("(?:较|比较|仍然|仍|依然|十分|非常|相当|还|尚)(?:大|多|突出|紧张|严重|不足|短缺)$")


def judged_name(clause: str) -> str:
    """The indicator a judging clause names (`…人才缺口较大` → `…人才缺口`), else ""."""
    judgement = _JUDGEMENT_RE.search(clause)
    return left_name(clause[: judgement.start()]) if judgement else ""


# A name ending in a verb of completion or start names no thing (`新开工项目47个，竣工投产31个`): the thing is
# the counted noun of the parallel count before it in the sentence.
_DONE_END_RE = re.compile("(?:投产|开工|竣工|建成|完工|投用|落地|签约|开业|达产|入驻|在建|续建|验收|运营|启动)$")
_COUNTED_NOUN_RE = re.compile(
    "(?:项目|企业|工程|村|社区|学校|园区|基地|平台|合作社|家庭农场|小区|户|场所|站点?|中心|机构|单位|园|厂)$"
)


def names_a_thing(name: str) -> bool:
    """Whether a count's name ends in a counted thing (`…改造项目`), not in people or an action (`涉及居民`)."""
    return _COUNTED_NOUN_RE.search(name) is not None


def with_parallel_noun(own: str, counted: str) -> str:
    """`竣工投产` after a count of `新开工项目` → `竣工投产项目`; else `own` as it is."""
    if not counted or own[-2:] == counted[-2:] or _DONE_END_RE.search(own) is None:
        return own
    noun = _COUNTED_NOUN_RE.search(counted)
    return own + noun.group() if noun else own


def join_left_right(left: str, right: str, linked: bool) -> str:
    """Combine the words before a quantity with the noun after it (see the module rules)."""
    if linked:
        return right + left if left else right
    if len(left) <= _LEFT_WITH_NOUN:
        return left + right
    return right


_MODIFIER = 4  # a first list item up to this long may be a modifier of the last item's noun
# Nouns an indicator's name starts its head with, after the modifiers a list varies (城镇/农村, 工业/服务业).
_INDICATOR_NOUNS = (
    *("居民", "常住", "户籍", "人均", "平均", "人口", "投资", "收入", "支出", "总额", "浓度", "增加值"),
    *("产值", "产量", "面积", "装机", "消费", "零售", "企业", "项目"),
    *("覆盖率", "达标率", "入学率", "参保率", "优良率", "合格率"),
)


def split_names(phrase: str, count: int) -> list[str] | None:
    """Split `A、B平均浓度` into `count` names sharing the tail: [`A平均浓度`, `B平均浓度`].

    `城乡居民人均可支配收入分别达到X元和Y元` is the genre's idiom for 城镇 and then 农村.
    """
    if count == 2 and phrase.startswith("城乡") and "、" not in phrase:
        return [_shorten(clean("城镇" + phrase[2:])), _shorten(clean("农村" + phrase[2:]))]
    parts = [part for part in phrase.split("、") if part]
    if len(parts) != count:
        parts = [part for part in LIST_SEPARATOR_RE.split(phrase) if part]
    if len(parts) != count or count < 2:
        return None
    tail = _shared_tail(parts[0], parts[-1])
    return [_shorten(clean(part + tail)) for part in parts[:-1]] + [_shorten(clean(parts[-1]))]


def _shared_tail(first: str, last: str) -> str:
    """What the last item adds after its own head (`PM10平均浓度` → `平均浓度`), for the others to share.

    A short first item is a modifier (`城镇、农村居民人均可支配收入`, `工业、服务业投资`): the tail starts
    at the first indicator noun of the last item, or else after a head as long as the first item.
    """
    if first[-1:].isascii():
        head = re.match(r"[A-Za-z0-9.]+", last)
        return last[head.end() :] if head else ""
    end = last.find(first[-2:]) if len(first) >= 2 else -1
    if end >= 0:
        tail = last[end + 2 :]
        return tail if len(tail) >= 2 else ""  # `税收、非税收入` share nothing
    if len(first) > _MODIFIER or len(last) < len(first) + 2:
        return ""
    heads = [at for at in (last.find(noun, 1) for noun in _INDICATOR_NOUNS) if at > 0]
    return last[min(heads) if heads else len(first) :]


def each_names(context: str, name: str) -> list[str]:
    """`办结率、满意率均达到xxx%`: one metric per name sharing the value (not `人均`, `平均`)."""
    each = EACH_RE.search(context) if "均" in context else None
    if each is None:
        return [name]
    phrase = context[: each.start()]
    return split_names(list_phrase(phrase), phrase.count("、") + 1) or [name]


def last_distinct(names: list[str], count: int) -> list[str] | None:
    """The last `count` different names, in text order (`A由X增长到Y，B Z` gives A, B)."""
    distinct: list[str] = []
    for name in reversed(names):
        if name not in distinct:
            distinct.insert(0, name)
        if len(distinct) == count:
            return distinct
    return None


def list_phrase(phrase: str) -> str:
    """The names part of a 分别/均 list, trimmed like a name but keeping its 、 separators."""
    listed = phrase.replace("”“", "、").replace("、", "\x00")  # `“五一”“十一”假期` lists two
    return left_name(listed, shorten=False).replace("\x00", "、")
