"""The metric finder on changes (differences from a base, net and gross, points, zeros), scope counts and periods.

Sentences written for these tests, in the genre's wording, not copied from any corpus.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from apps.extraction.vocabulary import MetricKind

from .metric_checks import AMOUNT, COUNT, GROWTH, SHARE, fields, metrics_of

FIGURE = ("name", "raw_value", "value", "unit", "kind")


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
    assert [fields(m, *FIGURE) for m in metrics_of(text)] == expected


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
    ("text", "name", "value", "year_on_year"),
    [
        ("实现地区生产总值120亿元，城镇化率达到56.3%，比上年提高1.2个百分点。", "城镇化率", "1.2", True),
        ("新建学校12所，学前三年毛入园率91%，提高3个百分点。", "学前三年毛入园率", "3", False),
        ("全年实现营业收入286亿元，资产负债率63.8%，较年初下降2.1个百分点。", "资产负债率", "-2.1", False),
        ("全市空气质量优良天数比例为85.3%，同比上升2.1个百分点。", "空气质量优良天数比例", "2.1", True),
        (
            "粮食总产量35万吨，耕种收综合机械化率82.6%，高于全省平均水平1.5个百分点。",
            "耕种收综合机械化率高于全省平均水平",
            "1.5",
            False,
        ),
        # the change follows a growth, not the rate: it is that growth's indicator
        ("城镇化率达到56%，地区生产总值增长7%，比上年提高1.2个百分点。", "地区生产总值", "1.2", True),
        ("城镇化率达到56%，地区生产总值100亿元，增速高于全市1个百分点。", "地区生产总值增速高于全市", "1", False),
    ],
)
def test_a_change_in_points_is_named_by_the_rate_stated_just_before(text, name, value, year_on_year):
    metric = metrics_of(text)[-1]
    assert (metric.name, metric.unit, metric.value) == (name, "个百分点", Decimal(value))
    assert metric.kind is MetricKind.GROWTH
    assert metric.year_on_year is year_on_year


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("高新技术企业总数达到215家，净增43家。", "43"),
        ("户籍人口46.2万人，净减少3200人。", "-3200"),
    ],
)
def test_a_net_change_after_a_level_is_a_growth_of_that_level(text, value):
    level, change = metrics_of(text)
    assert (change.name, change.kind, change.value) == (level.name, MetricKind.GROWTH, Decimal(value))


def test_a_gross_addition_stays_a_figure_of_its_own():
    _, added = metrics_of("通车里程达到5000公里，新增2386公里。")
    assert added.kind == MetricKind.AMOUNT


def test_a_change_of_output_is_a_growth():
    _, change = metrics_of("总产量达到43.2万吨，比上年增产1.1万吨。")
    assert (change.name, change.kind, change.year_on_year, change.value) == (
        "总产量",
        MetricKind.GROWTH,
        True,
        Decimal("1.1"),
    )


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
    assert [fields(m, *FIGURE) for m in metrics_of(text)] == expected


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
            "全县8个国控、省控断面水质优良比例达到100%。",
            [("国控省控断面水质优良比例", "100", Decimal(100), "%", SHARE)],
        ),
        ("全市6个省级、国家级开发区实现工业总产值860亿元。", [("工业总产值", "860", Decimal(860), "亿元", AMOUNT)]),
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
    assert [fields(m, *FIGURE) for m in metrics_of(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "全县12个乡镇、186个村（社区）党组织书记实现轮训全覆盖。",
        "全市9个县区、126个乡镇均建成便民服务中心。",
        "全区5个街道、XX个社区全部完成党群服务中心提档升级。",
    ],
)
def test_a_list_of_counts_after_the_place_as_a_whole_that_all_did_one_thing_is_its_scope(text):
    """Counts that only say what an activity covered (`全覆盖`, `均`, `全部` for the whole place) are no figures."""
    assert metrics_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("186个村党组织书记实现轮训全覆盖。", [("村党组织书记", "186", 186, "个")]),  # no place as a whole
        (
            "全县12个乡镇全部建成标准化水厂、3个片区建成污水处理站。",
            [("片区", "3", 3, "个")],  # after `全部` a new item, not the list of scopes
        ),
        (
            "全县12个乡镇、186个村完成党组织换届，选举产生村“两委”成员1126名。",  # no word of all: results
            [("乡镇", "12", 12, "个"), ("村", "186", 186, "个"), ("选举产生村两委成员", "1126", 1126, "名")],
        ),
    ],
)
def test_a_count_beside_a_coverage_word_stays_a_figure_outside_that_shape(text, expected):
    found = [(m.name, m.raw_value, m.value, m.unit) for m in metrics_of(text)]
    assert found == [(n, r, Decimal(v), u) for n, r, v, u in expected]


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
    ("text", "periods"),
    [
        ("年末资产总额达到1063亿元，资产负债率63.8%。", ["年末", "年末"]),
        ("到2025年，高速公路通车里程力争突破8500公里。", ["2025年"]),
        ("到年底，完成改造12个。", ["年底"]),
        ("到分管部门讲专题党课4次。", [""]),
    ],
)
def test_a_point_in_time_or_a_target_year_is_a_period(text, periods):
    metrics = metrics_of(text)
    assert [m.period for m in metrics] == periods
    assert all("力争" not in m.name and "年末" not in m.name for m in metrics)


def test_a_price_cut_is_a_negative_change():
    (cut,) = metrics_of("国家组织集中采购药品平均降价52%。")
    assert (cut.name, cut.kind, cut.value, cut.unit) == ("国家组织集中采购药品", MetricKind.GROWTH, Decimal("-52"), "%")
