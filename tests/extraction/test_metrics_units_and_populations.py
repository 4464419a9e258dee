"""The metric finder on units: compound rate units, counts of people written with their scale only, doses,
months, poultry, tents and kinds, medals and pitches, durations and ages.

Sentences written for these tests, in the genre's wording, not copied from any corpus.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from apps.extraction.vocabulary import MetricKind

from .metric_checks import AMOUNT, COUNT, metrics_of


@pytest.mark.parametrize(
    ("text", "name", "unit", "normalized", "base_unit"),  # a rate of a count is a count (人次/日)
    [
        ("新增污水处理能力12万吨/日。", "新增污水处理能力", "万吨/日", "120000", "吨/日"),
        ("全市危险废物利用处置能力达到42万吨/年。", "危险废物利用处置能力", "万吨/年", "420000", "吨/年"),
        ("水库最大下泄流量1260立方米/秒，下游安全。", "水库最大下泄流量", "立方米/秒", "1260", "m³/秒"),
        ("日均客流3.6万人次/日。", "日均客流", "万人次/日", "36000", "人次/日"),
        ("最低工资标准提高到1900元/月。", "最低工资标准", "元/月", "1900", "元/月"),
    ],
)
def test_a_compound_unit_stays_whole(text, name, unit, normalized, base_unit):
    (metric,) = metrics_of(text)
    assert (metric.name, metric.unit, metric.kind) == (name, unit, COUNT if "次" in unit else AMOUNT)
    assert (metric.normalized_value, metric.base_unit) == (Decimal(normalized), base_unit)


@pytest.mark.parametrize(
    ("text", "name", "raw", "unit", "normalized", "base_unit"),
    [
        ("解决2.1万农村人口饮水安全问题。", "解决农村人口", "2.1", "万", "21000", "人"),
        ("28.6万建档立卡贫困人口全部脱贫。", "建档立卡贫困人口", "28.6", "万", "286000", "人"),
        ("帮助1.2万脱贫户稳定增收。", "帮助脱贫户", "1.2", "万", "12000", "户"),
        ("惠及3万余名群众。", "惠及", "3", "万余名", None, None),  # a written unit wins: 名
        ("带动1.5万个体工商户复工。", "带动个体工商户", "1.5", "万", "15000", "户"),
        ("全市12万户籍人口纳入保障。", "户籍人口", "12", "万", "120000", "人"),
    ],
)
def test_a_count_of_people_written_with_its_scale_only(text, name, raw, unit, normalized, base_unit):
    (metric,) = metrics_of(text)
    assert (metric.raw_value, metric.kind) == (raw, COUNT)
    if normalized is None:
        assert metric.unit == "万名" and metric.bound == "余"
        return
    assert (metric.name, metric.unit, metric.value) == (name, unit, Decimal(raw))
    assert (metric.normalized_value, metric.base_unit) == (Decimal(normalized), base_unit)


def test_the_counted_noun_ends_the_name_of_a_population():
    metrics = metrics_of("全县1.2万脱贫户、4.3万脱贫人口收入稳定增长。")
    assert [(m.name, m.raw_value, m.base_unit) for m in metrics] == [("脱贫户", "1.2", "户"), ("脱贫人口", "4.3", "人")]


@pytest.mark.parametrize("text", ["投资3万亿元。", "发行债券1万亿，用于基础设施。", "居民收入增长3万元人民币。"])
def test_a_scale_before_no_people_is_no_population(text):
    assert all(metric.unit != "万" for metric in metrics_of(text))


def test_vaccine_doses_are_a_count_unit():
    (metric,) = metrics_of("累计接种新冠病毒疫苗86.7万剂次。")
    assert (metric.name, metric.unit, metric.normalized_value, metric.base_unit) == (
        "接种新冠病毒疫苗",
        "万剂次",
        Decimal("867000"),
        "剂次",
    )


@pytest.mark.parametrize(
    ("text", "name", "unit", "normalized"),
    [
        ("商品房库存去化周期控制在16个月以内。", "商品房库存去化周期", "个月", "16"),
        ("家禽出栏860万羽。", "家禽出栏", "万羽", "8600000"),
        ("调拨救灾帐篷1200顶。", "调拨救灾帐篷", "顶", "1200"),
        ("门诊慢特病病种增加到56种。", "门诊慢特病病种", "种", "56"),
    ],
)
def test_months_poultry_tents_and_kinds_are_count_units(text, name, unit, normalized):
    (metric,) = metrics_of(text)
    assert (metric.name, metric.unit, metric.kind, metric.normalized_value) == (
        name,
        unit,
        MetricKind.COUNT,
        Decimal(normalized),
    )


@pytest.mark.parametrize(
    ("text", "names", "unit"),
    [
        ("代表团获得金牌46枚、银牌38枚。", ["代表团获得金牌", "银牌"], "枚"),
        ("新建社区多功能运动场34片、笼式足球场12片。", ["新建社区多功能运动场", "笼式足球场"], "片"),
    ],
)
def test_medals_and_pitches_are_counted_in_mei_and_pian(text, names, unit):
    metrics = metrics_of(text)
    assert [(metric.name, metric.unit, metric.kind) for metric in metrics] == [(name, unit, COUNT) for name in names]


@pytest.mark.parametrize(
    "text", ["呈现一片繁荣景象，茶园连片成片。", "打造示范片区，分片包干，获得金牌枚。", "完成○○片区、XX片林改造。"]
)
def test_pian_in_a_word_or_after_no_digit_is_no_figure(text):
    assert metrics_of(text) == []


@pytest.mark.parametrize("text", ["建设XX种植基地和X种养示范园。", "完成X顶层设计，明确工作方向。"])
def test_a_kind_or_tent_unit_that_starts_a_word_is_no_figure(text):
    assert metrics_of(text) == []


def test_a_duration_in_months_is_no_figure():
    assert [m.unit for m in metrics_of("开展为期3个月的专项整治行动，查处案件12起。")] == ["起"]


def test_a_change_in_years_of_life_expectancy_is_a_figure():
    metrics = metrics_of("人均预期寿命达到78.6岁，比上年提高0.4岁，60岁以上老人体检率72%。")
    assert [(m.name, m.raw_value, m.unit, m.kind) for m in metrics] == [
        ("人均预期寿命", "78.6", "岁", MetricKind.AMOUNT),
        ("人均预期寿命", "0.4", "岁", MetricKind.GROWTH),
        ("60岁以上老人体检率", "72", "%", MetricKind.SHARE),
    ]


def test_grain_in_jin_is_a_weight_in_kilograms():
    (output,) = metrics_of("粮食总产量达到5.9亿斤。")
    assert (output.kind, output.unit, output.normalized_value, output.base_unit) == (
        AMOUNT,
        "亿斤",
        Decimal("295000000"),
        "kg",
    )


def test_a_score_in_fen_is_an_amount_and_its_change_a_growth():
    score, change, rank = metrics_of("纳税人满意度调查得分96.8分，较上年提高1.5分，在全市排名第2位。")
    assert (score.name, score.value, score.unit, score.kind) == ("纳税人满意度调查得分", Decimal("96.8"), "分", AMOUNT)
    assert (change.value, change.kind, change.year_on_year) == (Decimal("1.5"), MetricKind.GROWTH, True)
    assert (rank.name, rank.value, rank.rank_scope) == ("纳税人满意度调查得分", Decimal(2), "全市")


@pytest.mark.parametrize(
    "text",
    [
        "建成15分钟便民生活圈。",
        "上午9时30分召开专题会议。",
        "新设3分局、2分公司。",
        "这项工作十分重要，占比达到百分之九十以上的村十分踊跃。",
        "充分发挥考核得分的导向作用，部分项目进展缓慢。",
    ],
)
def test_fen_as_minutes_a_branch_an_adverb_or_a_word_is_no_score(text):
    assert [m for m in metrics_of(text) if m.unit == "分"] == []
