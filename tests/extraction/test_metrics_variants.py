"""The metric finder on wording the seeds do not have: real numbers, other places and years, PDF copies.

Sentences are written in the genre's style; where a variant depends on cleaning (full-width digits,
placeholder glyphs, traditional characters) the text goes through the project's own cleaning first.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from apps.extraction.cleaning import clean
from apps.extraction.records import Metric

from .metric_checks import AMOUNT, COUNT, GROWTH, RANK, SHARE, metrics_of


def cleaned_metrics_of(raw: str) -> tuple[str, list[Metric]]:
    text = clean(raw).text
    return text, metrics_of(text)


def test_a_county_economy_sentence_with_real_numbers():
    level, growth, rank, revenue, revenue_growth = metrics_of(
        "2022年，全县实现地区生产总值128.6亿元，同比增长7.2%，增速居全市第3位；一般公共预算收入9.83亿元，增长12.1%。"
    )
    assert (level.name, level.value, level.normalized_value, level.base_unit) == (
        "地区生产总值",
        Decimal("128.6"),
        Decimal("12860000000"),
        "元",
    )
    assert (level.period, level.masked, level.kind) == ("2022年", False, AMOUNT)
    assert (growth.name, growth.value, growth.kind, growth.year_on_year) == (
        "地区生产总值",
        Decimal("7.2"),
        GROWTH,
        True,
    )
    assert (rank.name, rank.raw_value, rank.value, rank.unit, rank.rank_scope) == (
        "地区生产总值增速",
        "3",
        Decimal(3),
        "位",
        "全市",
    )
    assert (revenue.name, revenue.normalized_value) == ("一般公共预算收入", Decimal("983000000"))
    assert (revenue_growth.value, revenue_growth.year_on_year) == (Decimal("12.1"), False)


def test_from_one_level_to_another_is_two_levels_not_a_change():
    before, after = metrics_of("城镇居民人均可支配收入由2.9万元增长到3.4万元。")
    assert [(m.name, m.value, m.normalized_value, m.kind) for m in (before, after)] == [
        ("城镇居民人均可支配收入", Decimal("2.9"), Decimal("29000"), AMOUNT),
        ("城镇居民人均可支配收入", Decimal("3.4"), Decimal("34000"), AMOUNT),
    ]


@pytest.mark.parametrize(
    ("text", "name", "value", "unit", "kind", "yoy"),
    [
        ("外贸进出口总额增长2.7倍。", "外贸进出口总额", Decimal("2.7"), "倍", GROWTH, False),
        ("城镇化率比上年提高1.2个百分点。", "城镇化率", Decimal("1.2"), "个百分点", GROWTH, True),
        ("万元GDP能耗下降3.5%。", "万元GDP能耗", Decimal("-3.5"), "%", GROWTH, False),
        ("PM2.5浓度同比下降8%。", "PM2.5浓度", Decimal(-8), "%", GROWTH, True),
        ("森林覆盖率达到62.3%。", "森林覆盖率", Decimal("62.3"), "%", SHARE, False),
        ("新增城镇就业1,234人。", "新增城镇就业", Decimal(1234), "人", COUNT, False),
        ("建成5G基站320个。", "建成5G基站", Decimal(320), "个", COUNT, False),
        ("全年空气质量优良天数达到320天。", "空气质量优良天数", Decimal(320), "天", COUNT, False),
        ("粮食总产量达到52.3万吨。", "粮食总产量", Decimal("52.3"), "万吨", AMOUNT, False),
    ],
)
def test_real_numbers_in_other_wording(text, name, value, unit, kind, yoy):
    (metric,) = metrics_of(text)
    assert fields_of(metric) == (name, value, unit, kind, yoy)
    assert metric.masked is False


def fields_of(metric: Metric) -> tuple:
    return (metric.name, metric.value, metric.unit, metric.kind, metric.year_on_year)


def test_a_comparison_does_not_carry_over_to_another_indicator():
    found = metrics_of("全年实现地区生产总值186.4亿元，同比增长8.1%；规模以上工业增加值增长10.3%。")
    assert [(m.name, m.year_on_year) for m in found] == [
        ("地区生产总值", False),
        ("地区生产总值", True),
        ("规模以上工业增加值", False),
    ]


def test_item_labels_and_target_verbs_are_not_part_of_names():
    found = metrics_of("重点抓好以下工作：一是实施重点项目50个以上；二要新建农村公路200公里。失业率控制在3.5%以内。")
    assert [(m.name, m.bound) for m in found] == [
        ("实施重点项目", "以上"),
        ("新建农村公路", ""),
        ("失业率", "以内"),
    ]


@pytest.mark.parametrize(
    ("text", "unit", "normalized", "base_unit", "kind"),
    [
        ("实际利用外资3200万美元。", "万美元", Decimal("32000000"), "美元", AMOUNT),
        ("PM2.5平均浓度下降至32微克/立方米。", "微克/立方米", Decimal(32), "μg/m³", AMOUNT),
        ("新增光伏装机容量120兆瓦。", "兆瓦", Decimal(120000), "kW", AMOUNT),
    ],
)
def test_units_beyond_the_seeds(text, unit, normalized, base_unit, kind):
    (metric,) = metrics_of(text)
    assert (metric.unit, metric.normalized_value, metric.base_unit, metric.kind) == (unit, normalized, base_unit, kind)


@pytest.mark.parametrize(
    ("text", "normalized", "base_unit"),
    [
        ("完成固定资产投资12.5亿元。", Decimal("1250000000"), "元"),
        ("接待游客3.2万人次。", Decimal("32000"), "人次"),
        ("新建改建农村公路86.5公里。", Decimal("86500"), "m"),
        ("新增造林面积1.2万亩。", Decimal("12000"), "亩"),
        ("改造老旧小区15.6万㎡。", Decimal("156000"), "m²"),
        ("新增集中供热45万平方米。", Decimal("450000"), "m²"),
        ("惠及农户1.5万户。", Decimal("15000"), "户"),
        ("栽植绿化苗木3万株。", Decimal("30000"), "株"),
        ("发放创业担保贷款6800万元。", Decimal("68000000"), "元"),
        ("举办培训班12期。", Decimal("12"), "期"),
        ("森林覆盖率达到62.3%。", Decimal("62.3"), "%"),
    ],
)
def test_values_are_normalised_into_base_units(text, normalized, base_unit):
    (metric,) = metrics_of(text)
    assert (metric.normalized_value, metric.base_unit) == (normalized, base_unit)


@pytest.mark.parametrize(
    ("text", "raw", "value", "unit", "scope"),
    [
        ("全县综合考核排名全市第5位。", "5", Decimal(5), "位", "全市"),
        ("营商环境评价位列全省第12名。", "12", Decimal(12), "名", "全省"),
        ("县域经济综合实力跃居全省首位。", "首", Decimal(1), "位", "全省"),
        ("我县粮食产量居全省第二位。", "二", Decimal(2), "位", "全省"),
    ],
)
def test_ranks_in_other_wording(text, raw, value, unit, scope):
    (rank,) = metrics_of(text)
    assert (rank.raw_value, rank.value, rank.unit, rank.kind, rank.rank_scope) == (raw, value, unit, RANK, scope)


@pytest.mark.parametrize(
    ("text", "bound", "value"),
    [
        ("实现税收收入超过1亿元。", "超过", Decimal(1)),
        ("举办培训班12期，培训干部1,500余人次。", "余", Decimal(1500)),
        ("规模以上工业企业达到126家。", "达到", Decimal(126)),
        ("带动周边群众就业近千人。", "近", Decimal(1000)),
        ("开展宣讲活动二十余场次。", "余", Decimal(20)),
    ],
)
def test_bounds_with_real_numbers(text, bound, value):
    metric = metrics_of(text)[-1]
    assert (metric.bound, metric.value) == (bound, value)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("上半年，全区完成固定资产投资45.6亿元。", "上半年"),
        ("一季度，全市实现地区生产总值320亿元。", "一季度"),
        ("1至5月，累计接待游客12万人次。", "1至5月"),
        ("截至10月底，全县新增市场主体3120户。", "截至10月底"),
        ("“十三五”期间，累计减贫2.1万人。", "“十三五”期间"),
    ],
)
def test_periods_in_other_wording(text, period):
    (metric,) = metrics_of(text)
    assert metric.period == period


def test_a_pdf_line_break_between_number_and_unit():
    text = "全年完成固定资产投资12.5\n亿元，同比增长8%。"
    level = metrics_of(text)[0]
    assert (level.value, level.unit, level.normalized_value) == (Decimal("12.5"), "亿元", Decimal("1250000000"))
    assert level.span.slice(text).endswith("12.5\n亿元")


def test_placeholder_glyphs_are_masks():
    first, second = metrics_of("××镇新建村级活动场所××处，改造危房○○户。")
    assert [(m.raw_value, m.unit, m.masked, m.value) for m in (first, second)] == [
        ("××", "处", True, None),
        ("○○", "户", True, None),
    ]


def test_placeholders_and_full_width_digits_after_cleaning():
    text, found = cleaned_metrics_of("××镇新建村级活动场所○○处，完成投资１２．５亿元，增长１５％，覆盖率达到１００％。")
    assert [(m.raw_value, m.value, m.unit, m.kind) for m in found] == [
        ("XX", None, "处", COUNT),
        ("12.5", Decimal("12.5"), "亿元", AMOUNT),
        ("15", Decimal(15), "%", GROWTH),
        ("100", Decimal(100), "%", SHARE),
    ]
    assert all(text[m.span.start : m.span.end] for m in found)


def test_traditional_characters_after_cleaning():
    _, found = cleaned_metrics_of("全縣實現地區生產總值128.6億元，同比增長7.2%。")
    assert [(m.value, m.unit, m.kind, m.year_on_year) for m in found] == [
        (Decimal("128.6"), "亿元", AMOUNT, False),
        (Decimal("7.2"), "%", GROWTH, True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2018年以来，我县始终坚持以人民为中心。",
        "认真学习贯彻党的十九大和二十大精神。",
        "105省道改造工程、G310国道绕城段建成通车。",
        "存在近20年的历史遗留问题得到解决，为60岁以上老人免费体检。",
        "成功举办第九届农民丰收节。",
        "落实“1+5”工作机制，树牢“四个意识”，坚决做到“两个维护”。",
        "X集团、XX茶业、○○合作社获评省级龙头企业。",
        "县人民医院创成三甲医院。",
        "持续打好“三大攻坚战”，推进“五大振兴”。",
        "PM2.5浓度持续下降，5G网络实现全覆盖。",
    ],
)
def test_not_metrics_in_other_wording(text):
    assert metrics_of(text) == []


def test_a_partly_masked_number_is_masked():
    (metric,) = metrics_of("完成投资2X.5亿元。")
    assert (metric.raw_value, metric.value, metric.masked, metric.normalized_value) == ("2X.5", None, True, None)


@pytest.mark.parametrize("text", ["增幅为12%。", "同比增长率为5%。", "物价涨幅3.1%。", "增速达8.2%。"])
def test_a_rate_of_change_is_growth(text):
    (metric,) = metrics_of(text)
    assert metric.kind is GROWTH


def test_a_size_class_is_not_a_figure():
    found = metrics_of("新开工亿元以上项目15个，其中10亿元以上项目2个，覆盖80%以上的行政村。")
    assert [(m.raw_value, m.unit) for m in found] == [("15", "个"), ("2", "个"), ("80", "%")]
    assert found[1].name == "10亿元以上项目"


def test_an_increase_over_last_year_belongs_to_the_level_before_it():
    level, increase = metrics_of("全县规上工业企业达到86家，比上年新增12家。")
    assert (increase.name, increase.value, increase.kind, increase.year_on_year) == (
        "规上工业企业",
        Decimal(12),
        GROWTH,
        True,
    )
    assert (level.bound, level.year_on_year) == ("达到", False)


def test_visits_counted_per_enterprise_and_a_speaker_before_the_name():
    visits, target = metrics_of("走访企业150余家次。2023年，我将力争规上工业总产值突破180亿元。")
    assert (visits.name, visits.unit, visits.bound) == ("走访企业", "家次", "余")
    assert (target.name, target.period) == ("规上工业总产值", "2023年")


def test_a_figure_with_nothing_but_a_verb_before_it_keeps_that_verb_as_its_name():
    (metric,) = metrics_of("新增12家。")
    assert (metric.name, metric.value) == ("新增", Decimal(12))


def test_numbers_beyond_what_a_report_holds_are_not_quantities():
    # More digits than the database keeps (15 + 6 decimals) or an endless mask: an identifier, not a figure.
    assert metrics_of("编号1234567890123456789个，校验码XXXXXXXXXXXX项，精度1.1234567亩。") == []
    (metric,) = metrics_of("储备资金123456789012345.123456元。")
    assert metric.value == Decimal("123456789012345.123456")


def test_a_report_without_deletions_has_no_deleted_numbers():
    text = (
        "全年完成固定资产投资12.5亿元。明确第一责任人，关爱残疾人，搭建服务平台，办理各类案件，"
        "推进全面从严治党落到实处，把纪律挺在前面，抓好意识形态工作，建成便民服务站点，组织集中学习，提拔重用干部。"
    )
    assert [m.raw_value for m in metrics_of(text)] == ["12.5"]
