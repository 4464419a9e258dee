"""The metric finder on names: calibration, comparison, cause and limit phrases left out, long names cut,
judged clauses, subsets, parallel counts, thresholds and shares.

Sentences written for these tests, in the genre's wording, not copied from any corpus.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from apps.extraction.vocabulary import MetricKind

from .metric_checks import AMOUNT, GROWTH, metrics_of


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
    ("text", "name"),
    [
        ("县委常委、县政府党组成员、副县长及县政府班子成员带头开展调研120次。", "县政府班子成员带头开展调研"),
        # no conjunction leaves a tail short enough: the phrase stays whole (it lost 全面 and 习近 before)
        (
            "全面贯彻落实习近平新时代中国特色社会主义思想主题教育整治整改监督检查12次。",
            "贯彻落实习近平新时代中国特色社会主义思想主题教育整治整改监督检查",
        ),
        (
            "局领导班子成员与各科室各直属单位主要负责人签订党风廉政建设责任书26份。",
            "局领导班子成员与各科室各直属单位主要负责人签订党风廉政建设责任书",
        ),
    ],
)
def test_a_long_name_is_cut_after_a_conjunction_or_not_at_all(text, name):
    (metric,) = metrics_of(text)
    assert metric.name == name


def test_a_cause_phrase_is_no_name():
    metrics = metrics_of("全省完成营业性客运量3.86亿人次，受疫情影响同比下降41.2%。")
    assert [(m.name, m.raw_value, m.value, m.year_on_year) for m in metrics] == [
        ("营业性客运量", "3.86", Decimal("3.86"), False),
        ("营业性客运量", "41.2", Decimal("-41.2"), True),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("资产负债率控制在国资委要求的65%以内。", "资产负债率"),
        ("单位GDP能耗保持在省下达的控制目标3.2%以内。", "单位GDP能耗"),
        ("城镇登记失业率稳定在3.5%以内。", "城镇登记失业率"),
    ],
)
def test_a_limit_is_named_before_its_verb(text, name):
    (metric,) = metrics_of(text)
    assert (metric.name, metric.bound, metric.kind) == (name, "以内", MetricKind.SHARE)


@pytest.mark.parametrize(
    ("text", "name", "unit"),
    [
        ("专业技术人才缺口较大，约1800人。", "专业技术人才缺口", "人"),
        ("城区大班额仍有12个；农村教师缺口仍然较大，约650人。", "农村教师缺口", "人"),
        ("全县留守儿童数量较多，达3200余名。", "留守儿童数量", "名"),
    ],
)
def test_a_clause_judging_a_quantity_names_the_figure_after_it(text, name, unit):
    metric = metrics_of(text)[-1]
    assert (metric.name, metric.unit) == (name, unit)


@pytest.mark.parametrize(
    ("text", "name", "raw"),
    [
        ("撰写调研报告3篇，其中2篇被市农业农村局转发。", "撰写调研报告被市农业农村局转发", "2"),
        ("全市有326名学生被清华大学、北京大学录取。", "学生被清华大学北京大学录取", "326"),
        ("全县有XX个项目被列入省重点项目。", "项目被列入省重点项目", "XX"),
    ],
)
def test_a_subset_told_by_a_passive_is_named_by_the_noun_and_the_passive(text, name, raw):
    metric = metrics_of(text)[-1]
    assert (metric.name, metric.raw_value, metric.kind) == (name, raw, MetricKind.COUNT)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("新开工项目47个，竣工投产31个。", ["新开工项目", "竣工投产项目"]),
        ("签约企业12家，落地8家，开业5家。", ["签约企业", "落地企业", "开业企业"]),
        # another unit: no parallel count
        ("实施普通国道建设120公里，建成86.5公里。", ["实施普通国道建设", "建成"]),
    ],
)
def test_a_count_named_by_its_verb_takes_the_noun_of_the_parallel_count(text, names):
    assert [metric.name for metric in metrics_of(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [("全县仅有6个项目进入省级项目库。", "项目进入省级项目库"), ("农产品加工转化率只有62%。", "农产品加工转化率")],
)
def test_have_only_carries_the_figure(text, name):
    assert metrics_of(text)[0].name == name


def test_a_threshold_after_a_count_qualifies_what_is_counted():
    (metric,) = metrics_of("全镇仍有*个村集体经济收入低于20万元，发展后劲不足。")
    assert (metric.name, metric.raw_value, metric.unit) == ("村集体经济收入低于20万元", "*", "个")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("一般公共预算收入21.6亿元，完成年度预算的54.3%。", "一般公共预算收入完成年度预算"),
        ("其中，工业投资增长15.6%，占全部投资的比重为36.4%。", "工业投资占全部投资的比重"),
        ("全年猪牛羊禽肉产量分别为18.2万吨、2.1万吨。", "猪牛羊禽肉产量"),
    ],
)
def test_shares_of_a_budget_or_after_a_growth_and_a_respective_list(text, name):
    assert metrics_of(text)[-1].name == name


def test_investment_after_counts_of_what_the_projects_concern_is_the_projects():
    text = "启动实施城镇老旧小区改造项目126个，涉及居民1.38万户、建筑面积142.5万平方米，完成投资9.7亿元。"
    assert metrics_of(text)[-1].name == "启动实施城镇老旧小区改造项目投资"


def test_a_total_after_a_net_change_is_of_the_things_changed_not_of_an_earlier_clause():
    found = metrics_of("新增规模以上工业企业23家，总数达到186家；高新技术企业净增14家，总数达到62家。")
    assert [(m.name, m.raw_value) for m in found] == [
        ("新增规模以上工业企业", "23"),
        ("规模以上工业企业总数", "186"),
        ("高新技术企业", "14"),
        ("高新技术企业总数", "62"),
    ]
