"""Quantities whose number was deleted from a published copy: `集中学习次`, `提拔人`, `完成房屋征收户万㎡`.

A measure word straight after a word, closing its clause, is ungrammatical in Chinese unless the
two form a word (`案件`, `平台`, `负责人`); the lexicons below list those words so they are not
taken for deletions. Two levels of evidence:
- always: `%` or a scaled unit (`万元`, `亿元`, `万㎡`, `万人次`) right after a word, which never
  happens in prose (`破案率%`, `民生投入亿元`);
- only in a text that shows at least two of those, or three of the plain ones below (a copy published with
  its numbers deleted):
  plain measure words (`集中学习次，`), and measure words opening a noun after a clause start,
  `等` or a counting verb (`，个点位成为…`, `等个重特大项目`, `完成项长效管理整治任务`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from .metric_cues import CJK, mark_positions
from .units import UNITS, WRITTEN_UNITS, Measure, alternation, first_characters

# Characters after which a measure word is part of a number or a word, never a deleted number.
_NEVER_BEFORE = frozenset("的了着过这那每各某该此其几多数一二两三四五六七八九十百千万亿首第整半本上下前后个")
# Counting verbs and `等`, after which a deleted number may open a noun phrase.
_COUNTING_VERB_LIST = (
    "完成 清除 创成 建成 新建 新增 新开 实施 开展 举办 打造 培育 引进 拆除 整治 排查 办理 查处 处置 形成 鼓励 "
    "改造 认定 创建 签约 招引 开工 投产 竣工 涉及 覆盖 共有 拥有 选派 选拔 选树 提拔 招聘 录用 表彰 评选 慰问 "
    "走访 帮助 帮扶 救助 资助 安置 吸纳 带动 惠及 解决 约谈 问责 处理 组建 成立 发放 淘汰 关停 取缔 命名"
)
_COUNTING_VERBS = frozenset(_COUNTING_VERB_LIST.split())
_BOUNDARY_CLASS = "，,。；;、：:！？!?\n"  # what ends a clause

# `X` + measure word forms a word: a word ending in the measure word (left) …
_LEFT_WORDS = {
    "个": "各整这那每某哪单逐真",
    "次": "其此本首再依层档名多屡历逐班车位批主席渐",
    "项": "各事专立逐单强弱款选分子该本重进要",
    "家": "国大专业农回居作商厂全自管行东儒道名赢买卖玩老娘亲人住安持当发起学术画舍离在万百千",
    "件": "文案事条稿软硬邮证物配部要信附组快器零机原构",
    "起": "一引兴崛做抓说看想发提升建立树扛挑担撑响唤掀拿扶竖筑燃激鼓带联串托举记讲谈问算比了",
    "处": "之到好难长短各住相何去益妙痛深高远近此别事络分共总科局实",
    "所": "场出究务厕诊住处会寓哨儿院践有无之",
    "条": "萧面线教信便金链枝柳发钢头这那每各逐苗纸字",
    "名": "姓命报署提排知有闻著点实签罪盛威声英美骂功题挂除联匿冠更地书人成出记正",
    "户": "入农用客门住账开落业散商困营窗订储大万各每",
    "座": "讲宝星在满首底基客专插就入号",
    "篇": "长短通开诗全终首前中千名",
    "期": "时长近到初定预如同后分学假周短中晚早任星限逾延工汛日刑过末前本当每首",
    "场": "市现广立战机农会球商考工在登主职赛剧官当收冷捧圆出到退入排下专全牧林渔料宰车道气",
    "批": "审报签获分大成转呈核待复特这首",
    "轮": "新年车齿巨邮货客舵本",
    "株": "病菌守",
    "张": "紧主扩夸开伸嚣慌铺乖声东纸",
    "台": "平出舞前后电讲阳柜灶站月擂看戏景楼炮烟作",
    "本": "基根成资版样文书日原课账剧范标母脚笔副正读红口老固为",
    "套": "配成全外手老客圈俗",
    "份": "身股年月省部充过",
    "类": "各分门人同另种归这大",
    "元": "单多公美纪状欧港日上",
    "米": "玉大小厘毫纳",
    "栋": "画",
    "辆": "车",
}
# … or a two-character word ending in it (`个体户`; a 主体 before 户 is `市场主体X户`)
_LEFT_PAIRS = {"户": ("个体",)}
# … or a word starting with it (right); also checked after real numbers (`X项目` is a masked name).
# After a deleted number the unit must also not start these (`涉及个人…` is not `涉及X个人…`).
_OPENING_WORDS_AFTER_UNIT = {"个": "人"}
WORDS_AFTER_UNIT = {
    "个": "别体性案税月",  # `3个月` is a duration
    "次": "年日要生序第数",
    "项": "目链",
    "家": "庭风乡属长园具居电政教访底门族务用畜禽人境级",
    "件": "事件",
    "起": "草步点来诉始源因伏到码色身义飞航跑用居见劲落重止",
    "处": "理置分长罚于在室级事",
    "所": "有以属在得长谓需做说讲作学思见能知",
    "条": "件例款约目理文线块幅形码",
    "名": "单称义牌片录额次列言胜气誉声校师家字优特",
    "户": "口籍外型主头均",
    "人": "员民口才大社力生物居文工气均事类格们权情选心性身士家间手数群脉防行体造像道证头",
    "场": "所地景馆面合域院站内外长化",
    "篇": "章幅目",
    "批": "示准复评判发量件办转阅注",
    "台": "账阶湾风词球面站区州",
    "座": "谈位椅右次机",
    "天": "然气空津地下使才真生性堂平网线河际桥台数候窗山府门安",
    "本": "科地级届年部着身领土质能来人期单职色源意金息子市县区省镇乡村局系辖轮书",
    "期": "间限待望刊盼末初中满货权许",
    "张": "贴扬力家罗开望",
    "套": "餐路用装房间现取牢话",
    "份": "额子量内外",
    "轮": "胎船廓椅换流岗训值番回渡",
    "类": "似型别比推",
    "元": "素旦宵首老气帅件器年月",
    "米": "线粉饭面酒粮",
    "亩": "产均",
    "分": "之钟秒局公院队社支行部会所厂站类别批期享管片区理配工析解布散数值项",  # 3分之1, 15分钟, 3分局, 2分公司
    "栋": "梁",
    "位": "置于次列移数居子",
    "间": "隔距断接歇谍或苗",
    "床": "位单",
    "队": "伍员长列形旗",
    "部": "门分署长位队件委属落首",
    "支": "部持出付援队点柱撑线流书配委行票",
    "例": "会行如外题证句子",
    "只": "有要是能会需",
    "成": "员本果功为绩就立交效熟长型品都分不了",
    "对": "口接象话比于待应照标外策0123456789一",
    "岁": "月数末",
    "册": "子",
    "种": "植养子业类粮苗草猪鸡",  # `XX种植基地`, `种养大户`
    "顶": "层级端部尖岗替",
    "片": "区面段林状刻",  # `○○片区`, `XX片林`
}
# `人` ends so many nouns (负责人, 残疾人) that a deletion is only believed after these words.
_PEOPLE_WORDS = (
    "提拔 重用 录用 任用 聘用 干部 党员 人员 委员 职工 员工 群众 人才 学生 教师 代表 约谈 培训 走访 慰问 安置 救助 "
    "帮扶 招聘 抓获 表彰 表扬 晋级 选派 引进 转移 接待 涉及 留置 处理 处分 诫勉 就业 参保 吸纳 脱贫 受益 惠及 "
    "带动 新增 入选 问责 追责 移送 查处 处罚 资助 培养 选拔 交流 调整 提醒 推荐"
)
_PEOPLE_BEFORE = frozenset(_PEOPLE_WORDS.split())
_PEOPLE_AFTER_CHAR = frozenset("”》者件起次户")  # `“双创人才”人`, `志愿者人`, `立案X件X人`

# Units whose deletion can be recognised at all; the rest (单位, 时间, 加倍 …) are too often words.
_DELETABLE_COUNTS = (
    "个 次 项 家 人 名 户 件 起 处 所 条 座 篇 期 场 批 轮 株 棵 盏 栋 幢 张 台 本 套 份 辆 艘 类 大类 "
    "场次 批次 轮次 人次 频次 篇次 架次 车次 户次 件次"
)
# `成` (建成, 完成), `岁`, `分` and `斤` close too many clauses as words to be read as deleted numbers.
_MEASURED = {unit for unit, info in UNITS.items() if info.measure not in (Measure.COUNT, Measure.TIMES)} - {
    *("成", "岁", "分", "斤")  # 部分, 充分, 得分, 斤斤计较
}
_DELETABLE = frozenset(_DELETABLE_COUNTS.split()) | _MEASURED

# Counted things only: a deleted amount (`亿元`) never opens a noun, `亿元楼宇` is a name.
_OPENING_UNITS = frozenset(unit for unit in _DELETABLE if UNITS[unit].measure is Measure.COUNT) - {"人"}

_SCALED_UNITS = [written for written in WRITTEN_UNITS if written not in UNITS]
_ALWAYS = alternation([*_SCALED_UNITS, "%", "‰", "个百分点"])
_ANY = alternation([*_SCALED_UNITS, *_DELETABLE])
# Closing form: the unit ends the clause (or another deleted quantity follows). Unit first, the
# context as a lookahead, so the scan stays in the regex engine; what stands before is checked after.
ALWAYS_RE = re.compile(f"(?P<unit>{_ALWAYS})(?=以上|[{_BOUNDARY_CLASS}]|{_ANY}|\\Z)")
# Where a unit of ALWAYS_RE can start (see `_certain`), unless a written number stands right before it
# (`12.5亿元`, `XX%`: the common case, no deletion). Each branch starts with its literal mark, the lookbehind
# after it; the marks are found with `mark_positions`, the pattern matched at each.
_NUMBER_BEFORE = "(?<![0-9Xx*×○□.,]{mark})"
_CERTAIN_MARKS = ("万", "亿", "%", "‰", "个百分点")
_CERTAIN_MARK_RE = re.compile("|".join(mark + _NUMBER_BEFORE.format(mark=mark) for mark in _CERTAIN_MARKS))
_SCALE_HEADS = frozenset("十百千")
CLOSING_RE = re.compile(
    f"(?P<unit>{alternation([*_SCALED_UNITS, *_DELETABLE], scanning=True)})(?=以上|[{_BOUNDARY_CLASS}]|{_ANY}|\\Z)"
)
# Opening form: a clause start, `等`, a counting verb or the place as a whole (`完成全区个村换届`), then the
# unit, then a word.
_OPENING = alternation(_OPENING_UNITS)
# (two patterns: each starts with one kind of token, which keeps the scan fast)
OPENING_RES = (
    re.compile(f"[{_BOUNDARY_CLASS}等](?={first_characters(_OPENING_UNITS)})(?P<unit>{_OPENING})(?=[{CJK}“])"),
    re.compile(f"(?:{alternation(_COUNTING_VERBS)})(?P<unit>{_OPENING})(?=[{CJK}“])"),
    re.compile(f"全[国省市县区州镇乡](?P<unit>{_OPENING})(?=[{CJK}“])"),
)
_OPENING_UNIT_RE = re.compile(f"(?P<unit>{_OPENING})(?=[{CJK}“])")
_NUMBER_CHARS = frozenset("0123456789Xx*×○□.,")
# Bound words after which a round `万`/`亿` may be meant literally (`近万人`, `突破亿元`): not evidence.
_NOT_EVIDENCE_AFTER = frozenset("近约超逾达破上数")


class Deleted(NamedTuple):
    start: int  # the unit, or `余` before it
    end: int
    unit: str
    bound: str  # "余" or ""


def find_deleted(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Deleted]:
    """Deleted-number quantities in `text[start:end]`, in text order, not overlapping the sorted `taken` spans."""
    taken_starts = [span[0] for span in taken]
    if deletion_style(text):
        found = [d for m in CLOSING_RE.finditer(text, start, end) if (d := _closing(text, m, start, end))]
        found += [
            d
            for pattern in OPENING_RES
            for m in pattern.finditer(text, start, end)
            for d in _openings(text, m, start, end)
        ]
        found.sort()
    else:
        found = [d for d in _certain(text) if start <= d.start and d.end <= end]
    return [d for d in found if not _overlaps(d.start, d.end, taken, taken_starts)]


def _closing(text: str, match: re.Match, start: int, end: int) -> Deleted | None:
    """`集中学习次，`, `投入余万元，`, `比重达%`, `房屋征收户万㎡。`: the unit closes its clause."""
    unit_start, unit = match.start(), match["unit"]
    if unit_start > start and text[unit_start - 1] in _NUMBER_CHARS:
        return None  # a written number (`XX%`): the common case, rejected first
    at = _with_bound(text, unit_start, start)
    above = text.startswith("以上", match.end())
    after = match.end() + 2 if above else match.end()
    followed = after < end and text[after] not in _BOUNDARY_CLASS
    if followed and (above or not _chain_follows(text, after, start, end, unit)):
        return None  # `亿元以上项目` is a size class; only another deleted quantity may follow
    if not _word_before_allows(text, at, start, unit):
        return None
    return Deleted(at, after, unit, "余" if at < unit_start else "")


def _openings(text: str, match: re.Match, start: int, end: int) -> Iterator[Deleted]:
    """`，个点位成为…`, `等个重特大项目`, `完成项长效管理整治任务`, then `等类个…` (one after another)."""
    before = match.start("unit") - 1
    if text[before] == "等" and before - 1 >= start and text[before - 1] in _NEVER_BEFORE:
        return  # `一等座`: a class, not the end of an enumeration
    while match is not None and _opens(text, match.start("unit"), match.end(), match["unit"], end):
        yield Deleted(match.start("unit"), match.end(), match["unit"], "")
        match = _OPENING_UNIT_RE.match(text, match.end(), end)


def _opens(text: str, unit_start: int, unit_end: int, unit: str, end: int) -> bool:
    not_opening = "等和及与或的" + _OPENING_WORDS_AFTER_UNIT.get(unit, "")
    return unit_end < end and not right_is_word(unit, text, unit_end, end) and text[unit_end] not in not_opening


def _with_bound(text: str, unit_start: int, start: int) -> int:
    """Where the quantity starts: at `余` when one stands right before the unit (`投入余万元`)."""
    return unit_start - 1 if unit_start > start and text[unit_start - 1] == "余" else unit_start


def _word_before_allows(text: str, pos: int, start: int, unit: str) -> bool:
    if pos <= start:
        return False
    before = text[pos - 1]
    if before in _NEVER_BEFORE or not _is_word_end(before):
        return False
    if unit == "人":
        return before in _PEOPLE_AFTER_CHAR or text[max(start, pos - 2) : pos] in _PEOPLE_BEFORE
    return before not in _LEFT_WORDS.get(unit, "") and text[max(start, pos - 2) : pos] not in _LEFT_PAIRS.get(unit, ())


def _chain_follows(text: str, pos: int, start: int, end: int, unit: str) -> bool:
    """Another deleted quantity of a different unit closes the clause at once (`户万㎡。`, `件人。`)."""
    match = CLOSING_RE.match(text, pos, end)
    if match is None or match["unit"] == unit or not _word_before_allows(text, pos, start, match["unit"]):
        return False
    after = match.end()
    return after >= end or text[after] in _BOUNDARY_CLASS


def right_is_word(unit: str, text: str, pos: int, end: int) -> bool:
    """True when the character after the unit makes a word with it (`项目`, `人员`, `处理`)."""
    return pos < end and text[pos] in WORDS_AFTER_UNIT.get(unit, "")


def _is_word_end(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char in "”》"


def _overlaps(start: int, end: int, taken: list[tuple[int, int]], taken_starts: list[int]) -> bool:
    index = bisect_right(taken_starts, start) - 1  # the last taken span starting at or before `start`
    if index >= 0 and taken[index][1] > start:
        return True
    return index + 1 < len(taken) and taken[index + 1][0] < end


@lru_cache(maxsize=2)
def _certain(text: str) -> list[Deleted]:
    """The deletions that need no evidence (`破案率%`, `民生投入亿元`), over the whole text.

    Such a unit starts at a 万, 亿, %, ‰ or 个百分点, or right before a 万 (十万, 百万, 千万): the scan looks
    at those marks only, instead of trying the unit pattern at every 个, 十, 百 and 千 of the text.
    """
    found: list[Deleted] = []
    resume = 0
    for at in mark_positions(text, _CERTAIN_MARKS):
        if _CERTAIN_MARK_RE.match(text, at) is None:
            continue
        starts = (at - 1, at) if text[at - 1 : at] in _SCALE_HEADS and text[at] == "万" else (at,)
        # A unit after a written number is no deletion: skipped unmatched, which cannot let a later mark
        # inside it through (a unit character stands before that one, and `_closing` refuses it).
        starts = tuple(pos for pos in starts if pos >= resume and text[pos - 1 : pos] not in _NUMBER_CHARS)
        match = next((m for pos in starts if (m := ALWAYS_RE.match(text, pos))), None)
        if match is None:
            continue
        resume = match.end()
        if deleted := _closing(text, match, 0, len(text)):
            found.append(deleted)
    return found


@lru_cache(maxsize=2)
def deletion_style(text: str) -> bool:
    """True when the text shows at least two certain deletions, or at least three measure words closing a clause
    right after a word (`新建高标准农田亩，`, `救助困难群众人次。`: a copy whose figures in 万/亿 were masked and the
    plain counts cut; a report written whole shows one such closing at most), i.e. it was published with numbers
    cut."""
    evidence = [d for d in _certain(text) if d.unit[0] not in "万亿" or text[d.start - 1] not in _NOT_EVIDENCE_AFTER]
    return len(evidence) >= 2 or _closings_at_least(text, _PLAIN_EVIDENCE)


_PLAIN_EVIDENCE = 3


def _closings_at_least(text: str, count: int) -> bool:
    """Whether `count` clauses close on a measure word right after a word. The scan goes from clause marks
    that follow a unit's last character (the regex engine skips to those marks), then reads the unit back."""
    found = 0
    for mark in _CLOSING_MARK_RE.finditer(text):
        at = mark.start()
        if not _NUMBER_CHARS.isdisjoint(text[at - 5 : at]):
            continue  # a written number's unit (`12.5亿元，`): the common case
        for length in _UNIT_LENGTHS:
            if at < length or text[at - length : at] not in _CLOSING_UNITS:
                continue  # a set look-up spares the regex at most lengths
            match = CLOSING_RE.match(text, at - length, at)
            if match is not None and match.end() == at:
                found += _closing(text, match, 0, len(text)) is not None
                break
        if found == count:
            return True
    return False


_CLOSING_UNITS = frozenset((*_SCALED_UNITS, *_DELETABLE))
_UNIT_LENGTHS = sorted({len(unit) for unit in _CLOSING_UNITS}, reverse=True)  # the longest first
_UNIT_LAST = re.escape("".join(sorted({unit[-1] for unit in _CLOSING_UNITS})))
# (a Chinese character before the unit's last one: `12个，` is a number's unit, the common case)
_CLOSING_MARK_RE = re.compile(f"[{_BOUNDARY_CLASS}](?<=[{CJK}][{_UNIT_LAST}][{_BOUNDARY_CLASS}])")
