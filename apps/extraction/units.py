"""The measure words a metric can carry, what they measure, and how to scale them into a base unit.

A written unit is an optional scale (`万`, `亿`, `千万` …) followed by a base unit from `UNITS`:
`万元` is 万 × 元, `万㎡` is 万 × ㎡, `万人次` is 万 × 人次. Base units that already carry a factor
(`公里` = 1000 m, `平方公里`) keep it, so `万公里` = 10⁷ m.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Measure(StrEnum):
    """What a unit measures; decides the metric kind when no growth or share cue does."""

    MONEY = "money"
    AREA = "area"
    LENGTH = "length"
    VOLUME = "volume"
    WEIGHT = "weight"
    ENERGY = "energy"
    AGE = "age"
    COUNT = "count"
    PERCENT = "percent"  # %, ‰
    POINTS = "points"  # 个百分点: a change of a rate
    TIMES = "times"  # 倍
    SCORE = "score"  # 分: a rating (满意度得分96.8分), read as an amount


AMOUNT_MEASURES = frozenset(
    {
        *(Measure.MONEY, Measure.AREA, Measure.LENGTH, Measure.VOLUME, Measure.WEIGHT, Measure.ENERGY),
        *(Measure.AGE, Measure.SCORE),
    }
)


@dataclass(frozen=True, slots=True)
class Unit:
    base: str  # the unit normalised values are expressed in
    factor: Decimal  # one of this unit in `base`
    measure: Measure


def _unit(base: str, factor: int | str, measure: Measure) -> Unit:
    return Unit(base, Decimal(factor), measure)


_MEASURED = {
    "元": _unit("元", 1, Measure.MONEY),
    "千元": _unit("元", 1000, Measure.MONEY),
    "平方米": _unit("m²", 1, Measure.AREA),
    "㎡": _unit("m²", 1, Measure.AREA),
    "平方公里": _unit("m²", 1_000_000, Measure.AREA),
    "公顷": _unit("m²", 10_000, Measure.AREA),
    "亩": _unit("亩", 1, Measure.AREA),
    "米": _unit("m", 1, Measure.LENGTH),
    "公里": _unit("m", 1000, Measure.LENGTH),
    "千米": _unit("m", 1000, Measure.LENGTH),
    "厘米": _unit("m", "0.01", Measure.LENGTH),
    "毫米": _unit("m", "0.001", Measure.LENGTH),  # rainfall
    "立方米": _unit("m³", 1, Measure.VOLUME),
    "微克/立方米": _unit("μg/m³", 1, Measure.VOLUME),  # air quality: a level, read as an amount
    "吨": _unit("吨", 1, Measure.WEIGHT),
    "吨标准煤": _unit("吨标准煤", 1, Measure.WEIGHT),  # energy statistics count coal-equivalent tonnes apart
    "公斤": _unit("kg", 1, Measure.WEIGHT),
    "斤": _unit("kg", "0.5", Measure.WEIGHT),  # grain output (粮食总产量5.9亿斤)
    "千克": _unit("kg", 1, Measure.WEIGHT),
    "美元": _unit("美元", 1, Measure.MONEY),
    "千瓦": _unit("kW", 1, Measure.ENERGY),
    "兆瓦": _unit("kW", 1000, Measure.ENERGY),
    "千瓦时": _unit("kWh", 1, Measure.ENERGY),
    "千伏安": _unit("kVA", 1, Measure.ENERGY),  # transformer capacity
    "分": _unit("分", 1, Measure.SCORE),  # never scaled, never deleted, never in Chinese numerals (十分, 百分之)
    "岁": _unit("岁", 1, Measure.AGE),  # life expectancy, average age; an age limit (60岁以上) is not a figure
    "%": _unit("%", 1, Measure.PERCENT),
    "成": _unit("%", 10, Measure.PERCENT),  # tenths: 八成 is 80 %
    "‰": _unit("‰", 1, Measure.PERCENT),
    "个百分点": _unit("个百分点", 1, Measure.POINTS),
    "百分点": _unit("百分点", 1, Measure.POINTS),
    "倍": _unit("倍", 1, Measure.TIMES),
}

# Measure words of counted things. `位`/`名` also serve ranks (第三名); `天` counts days (a duration
# such as 为期x天 is excluded where it is found, not here); `个工作日` is one unit (压缩至1个工作日);
# `对` counts couples (孕前优生健康检查3260对); `标箱` counts containers (TEU); `个月` counts months as `天`
# counts days (商品房去化周期16个月; 为期3个月 is excluded where it is found); `羽` counts poultry, `顶` tents,
# `种` kinds (病种增加到56种), `枚` medals, `片` pitches and courts (运动场34片).
_COUNT_WORDS = (
    "个 次 项 家 人 名 位 户 件 起 处 所 条 座 篇 期 场 批 轮 株 棵 盏 栋 幢 张 台 本 天 套 份 辆 艘 架 只 头 间 "
    "床 宗 例 部 支 队 类 大类 场次 批次 轮次 人次 频次 篇次 架次 车次 户次 件次 家次 台次 条次 处次 "
    "个次 项次 起次 辆次 工作日 个工作日 个月 册 对 标箱 剂 剂次 羽 顶 种 枚 片"
)
COUNT_WORDS = _COUNT_WORDS.split()

_COUNTED = {word: _unit(word, 1, Measure.COUNT) for word in COUNT_WORDS}

# Rates written as one compound unit, a measure per time or a price per measure (`万吨/日`, `立方米/秒`,
# `吨/年`, `元/吨`): the base unit is the base of the measure over the same denominator (`万吨/日` → 吨/日).
_PER_TIME = ("日", "天", "月", "年", "小时", "时", "秒")
_RATES_OVER_TIME = ("吨", "立方米", "千瓦时", "千瓦", "公斤", "千克", "人次", "辆", "车次", "标箱")
_PRICED = ("吨", "平方米", "亩", "人", "月", "年", "斤", "公斤", "千克", "千瓦时", "度")


def _per(numerator: str, denominator: str) -> Unit:
    unit = _MEASURED.get(numerator) or _COUNTED[numerator]
    return Unit(f"{unit.base}/{denominator}", unit.factor, unit.measure)


_RATES = {
    **{f"{word}/{time}": _per(word, time) for word in _RATES_OVER_TIME for time in _PER_TIME},
    **{f"元/{per}": _per("元", per) for per in _PRICED},
}
UNITS: dict[str, Unit] = {**_MEASURED, **_COUNTED, **_RATES}

# Scales written before a base unit (亿元, 万㎡, 千万元). `千` is not one: 千米/千瓦/千元 are units.
SCALES: dict[str, Decimal] = {
    "万亿": Decimal(10**12),
    "千万": Decimal(10**7),
    "百万": Decimal(10**6),
    "十万": Decimal(10**5),
    "亿": Decimal(10**8),
    "万": Decimal(10**4),
}

# People or households counted with a scale only, the noun standing for the unit (`2.1万农村人口`,
# `1.2万脱贫户`): the unit is the scale as written, the base what the noun counts (人, or 户 for households).
POPULATION_NOUNS = (
    *("人口", "群众", "居民", "农民", "村民", "市民", "职工", "学生", "劳动力", "患者", "老年人", "老人"),
    *("残疾人", "儿童", "游客", "考生", "党员", "干部", "户"),
)


def population_unit(scale: str, noun: str) -> Unit:
    """The unit of a count written as a scale before the counted noun (`万` + `脱贫户` → 万 × 户)."""
    return Unit("户" if noun.endswith("户") else "人", SCALES[scale], Measure.COUNT)


# Base units that take no scale (`XX万%` is not a quantity).
UNSCALED = frozenset({"%", "‰", "个百分点", "百分点", "倍", "成", "岁", "分"})


def alternation(words, *, scanning: bool = False) -> str:
    """A regex matching any of `words`, the longest where several fit (`人次` over `人`).

    Built as a trie (`人(?:次)?|万(?:元|㎡|人次?)…`): the regex engine then tries one branch per
    character instead of every word in turn, which is what keeps the unit scan fast. `scanning` is for
    a pattern that starts with the words and is searched for: every top-level branch then starts with
    its literal character (no `[…]` of one-character words), which lets the engine skip ahead to the
    next character that can start a word instead of trying the whole pattern at every position.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie, literal_leaves=scanning)


def first_characters(words) -> str:
    """A regex class of the characters `words` start with, for a lookahead that prunes a match early: the
    engine then gives up at once where no word can start, instead of trying every branch of their trie."""
    return "[" + "".join(re.escape(char) for char in sorted({word[0] for word in words})) + "]"


def _trie_pattern(node: dict, literal_leaves: bool = False) -> str:
    leaves = sorted(char for char, child in node.items() if char and list(child) == [""])
    inner = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char and char not in leaves
    ]
    if len(leaves) > 1 and not literal_leaves:
        inner.append("[" + "".join(re.escape(char) for char in leaves) + "]")
    else:
        inner.extend(re.escape(char) for char in leaves)
    body = inner[0] if len(inner) == 1 else "(?:" + "|".join(inner) + ")"
    return f"(?:{body})?" if "" in node else body


def _scaled(scale: str, unit: Unit) -> Unit:
    return Unit(unit.base, unit.factor * SCALES[scale], unit.measure)


# Every written form: a base unit, or a scale before one that takes scales.
WRITTEN_UNITS: dict[str, Unit] = {
    **UNITS,
    **{scale + word: _scaled(scale, unit) for scale in SCALES for word, unit in UNITS.items() if word not in UNSCALED},
}
