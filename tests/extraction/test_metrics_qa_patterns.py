"""The metric finder on the patterns a QA pass over unseen report texts found wrong (round 3), field by field.

Sentences written for these tests, in the genre's wording, not copied from any corpus.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from apps.extraction.metrics import find_metrics
from apps.extraction.records import Metric
from apps.extraction.vocabulary import MetricKind

AMOUNT, COUNT, GROWTH, SHARE = MetricKind.AMOUNT, MetricKind.COUNT, MetricKind.GROWTH, MetricKind.SHARE


def metrics_of(text: str) -> list[Metric]:
    return find_metrics(text, 0, len(text), "1")


def fields(metric: Metric) -> tuple:
    return metric.name, metric.raw_value, metric.value, metric.unit, metric.kind


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
    ("text", "expected"),
    [
        (
            "一般公共预算收入142.6亿元，按自然口径计算增长3.2%，剔除减税降费因素后增长9.8%。",
            [
                ("一般公共预算收入", "142.6", AMOUNT),
                ("一般公共预算收入", "3.2", GROWTH),
                ("一般公共预算收入", "9.8", GROWTH),
            ],
        ),
        (
            "地区生产总值2186.4亿元，按可比价格计算增长7.3%。",
            [("地区生产总值", "2186.4", AMOUNT), ("地区生产总值", "7.3", GROWTH)],
        ),
        ("出口总额52亿元，按美元计价增长6%。", [("出口总额", "52", AMOUNT), ("出口总额", "6", GROWTH)]),
        (
            "非税收入847.2亿元，扣除留抵退税因素后增长12.1%。",
            [("非税收入", "847.2", AMOUNT), ("非税收入", "12.1", GROWTH)],
        ),
    ],
)
def test_a_calibration_phrase_is_no_name(text, expected):
    assert [(m.name, m.raw_value, m.kind) for m in metrics_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("党员总数达到1126名，比2015年增加72名。", "党员总数"),
        ("市场主体总数达到26.7万户，比“十二五”末增长35%。", "市场主体总数"),
        ("政府债务率控制在82.3%，比上年末下降5.1个百分点。", "政府债务率"),
        ("森林覆盖率达到42.6%，与2018年相比提高3.1个百分点。", "森林覆盖率"),
    ],
)
def test_a_comparison_phrase_is_no_name(text, name):
    assert {m.name for m in metrics_of(text)} == {name}


@pytest.mark.parametrize(
    ("text", "name", "bound"),
    [
        ("民生支出占比始终保持在78%以上。", "民生支出占比", "以上"),
        ("农村生活垃圾收运处置体系覆盖率一直保持100%。", "农村生活垃圾收运处置体系覆盖率", ""),
        ("城乡居民医保参保率始终稳定在98%以上。", "城乡居民医保参保率", "以上"),
        ("两项指标都达到90%。", "两项指标", "达到"),
        ("年度目标完成率依然保持在95%以上。", "年度目标完成率", "以上"),
    ],
)
def test_an_adverb_of_constancy_leaves_the_name_end(text, name, bound):
    (metric,) = metrics_of(text)
    assert (metric.name, metric.bound) == (name, bound)


def test_a_name_ending_in_a_city_keeps_its_du():
    (metric,) = metrics_of("新增航线通达首都8条。")
    assert metric.name == "新增航线通达首都"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "存款余额3562.8亿元，比年初增加326.5亿元。",
            [
                ("存款余额", "3562.8", Decimal("3562.8"), "亿元", AMOUNT),
                ("存款余额", "326.5", Decimal("326.5"), "亿元", GROWTH),
            ],
        ),
        (
            "党员总数达到1126名，比2015年增加72名。",
            [("党员总数", "1126", Decimal(1126), "名", COUNT), ("党员总数", "72", Decimal(72), "名", GROWTH)],
        ),
        (
            "重污染天数12天，较上年减少9天。",
            [("重污染天数", "12", Decimal(12), "天", COUNT), ("重污染天数", "9", Decimal(-9), "天", GROWTH)],
        ),
    ],
)
def test_a_change_against_a_base_is_a_difference(text, expected):
    assert [fields(m) for m in metrics_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("新增城镇就业1.2万人。", COUNT),  # a flow, no base
        ("税收收入占比增加，新增减税降费412亿元。", AMOUNT),  # 占比 is no comparison
        ("全年新建学校3所，比重较大的项目增加5个。", COUNT),  # 比重, 较大: no base
    ],
)
def test_a_change_without_a_base_keeps_its_unit_kind(text, kind):
    assert metrics_of(text)[-1].kind is kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市8个国控断面水质优良比例达到100%。", [("国控断面水质优良比例", "100", Decimal(100), "%", SHARE)]),
        (
            "全市3个省级开发区实现规模以上工业总产值1560亿元。",
            [("规模以上工业总产值", "1560", Decimal(1560), "亿元", AMOUNT)],
        ),
        ("全乡12个村集体经济收入全部超过10万元。", [("村集体经济收入", "10", Decimal(10), "万元", AMOUNT)]),
        ("全县12个乡镇全部建成标准化水厂。", []),
        (
            "3个国控断面、5个省控断面水质优良比例均达到100%。",
            [
                ("国控断面水质优良比例", "100", Decimal(100), "%", SHARE),
                ("省控断面水质优良比例", "100", Decimal(100), "%", SHARE),
            ],
        ),
    ],
)
def test_a_count_heading_its_clause_is_the_scope_of_what_follows(text, expected):
    assert [fields(m) for m in metrics_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("建成5G基站1260个，新建学校3所。", [("建成5G基站", "1260", 1260, "个"), ("新建学校", "3", 3, "所")]),
        ("412个贫困村全部出列。", [("贫困村", "412", 412, "个")]),  # alone in its clause: a result
        ("全县仅有6个项目进入省级项目库。", [("项目进入省级项目库", "6", 6, "个")]),  # after a verb
        ("12个重点项目开工建设。", [("重点项目", "12", 12, "个")]),
        ("XX个部门、XX项审批服务事项进驻服务大厅。", [("部门", "XX", None, "个"), ("审批服务事项", "XX", None, "项")]),
    ],
)
def test_a_count_that_is_a_result_stays(text, expected):
    found = [(m.name, m.raw_value, m.value, m.unit) for m in metrics_of(text)]
    assert found == [(n, r, None if v is None else Decimal(v), u) for n, r, v, u in expected]


def test_a_total_before_a_part_in_its_unit_stays():
    total, part = metrics_of("XX栋安置楼已开工建设XX栋。")
    assert (total.name, total.unit, part.unit) == ("安置楼", "栋", "栋")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "农村贫困发生率由2014年的18.6%降至零。",
            [("农村贫困发生率", "18.6", Decimal("18.6"), "%", SHARE), ("农村贫困发生率", "零", Decimal(0), "%", SHARE)],
        ),
        (
            "重污染天数由2017年的21天降至零。",
            [("重污染天数", "21", Decimal(21), "天", COUNT), ("重污染天数", "零", Decimal(0), "天", COUNT)],
        ),
        (
            "劣V类水体由3个降为零，黑臭水体由12条实现清零。",
            [
                ("劣V类水体", "3", Decimal(3), "个", COUNT),
                ("劣V类水体", "零", Decimal(0), "个", COUNT),
                ("黑臭水体", "12", Decimal(12), "条", COUNT),
                ("黑臭水体", "零", Decimal(0), "条", COUNT),
            ],
        ),
        ("安全事故降至零，零星降雨降至零下。", []),  # no figure after 由 to give zero a unit
    ],
)
def test_zero_after_a_figure_from_which_it_fell_is_the_end_value(text, expected):
    assert [fields(m) for m in metrics_of(text)] == expected
