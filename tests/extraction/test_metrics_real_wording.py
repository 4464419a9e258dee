"""The metric finder on the forms real published reports use, field by field (sentences not in the corpora).

Chinese-numeral counts that close their clause vs. slogans, ranks without 位, the wider set of bounds,
ranges, percent words and fractions, 成 and 岁, thresholds that define a class, lists paired with the
levels before them, comparisons with last year or the start of the year, and period leaders.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from apps.extraction.records import Metric

from .metric_checks import AMOUNT, COUNT, GROWTH, RANK, SHARE, metrics_of


def brief(metric: Metric) -> tuple:
    return metric.name, metric.raw_value, metric.value, metric.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("年内召开常委会会议十二次。", [("召开常委会会议", "十二", Decimal(12), "次")]),
        ("组织开展专项整治三轮、明察暗访九次。", [("组织开展专项整治", "三", 3, "轮"), ("明察暗访", "九", 9, "次")]),
        (
            "举办乡村振兴培训班五期，培训干部860人次。",
            [("举办乡村振兴培训班", "五", 5, "期"), ("培训干部", "860", 860, "人次")],
        ),
        (
            "公开通报曝光典型案例四批15起。",
            [("公开通报曝光典型案例", "四", 4, "批"), ("公开通报曝光典型案例", "15", 15, "起")],
        ),
        ("对重点单位开展“回头看”两轮。", [("重点单位开展回头看", "两", 2, "轮")]),
    ],
)
def test_a_chinese_numeral_count_closing_its_clause_is_a_figure(text, expected):
    assert [brief(m) for m in metrics_of(text)] == [(n, r, Decimal(v), u) for n, r, v, u in expected]
    assert all(m.kind is COUNT and not m.masked for m in metrics_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("改造低产茶园八百亩。", [("改造低产茶园", "八百", 800, "亩", "")]),
        ("带动一百二十户脱贫户稳定增收。", [("带动脱贫户", "一百二十", 120, "户", "")]),
        ("解决了一千二百余人的饮水问题。", [("饮水问题解决", "一千二百", 1200, "人", "余")]),
        ("发放惠农补贴资金二百三十余万元。", [("发放惠农补贴资金", "二百三十", 230, "万元", "余")]),
        ("争取上级资金三千万元。", [("争取上级资金", "三千", 3000, "万元", "")]),
        (
            "完成村组道路硬化十二公里，新修产业便道二十余公里。",
            [
                ("村组道路硬化", "十二", 12, "公里", ""),
                ("新修产业便道", "二十", 20, "公里", "余"),
            ],
        ),
    ],
)
def test_chinese_numerals_with_hundreds_or_thousands_and_measures_closing_a_clause_are_figures(text, expected):
    found = [(*brief(m), m.bound) for m in metrics_of(text)]
    assert found == [(n, r, Decimal(v), u, b) for n, r, v, u, b in expected]


@pytest.mark.parametrize("text", ["建成千亩连片茶叶基地。", "实施百村示范工程。", "打通服务群众最后一公里。"])
def test_a_hundred_or_thousand_without_a_digit_or_a_last_mile_is_no_figure(text):
    assert metrics_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "树牢“四个意识”，坚定“四个自信”，做到“两个维护”。",
        "持续开展“两学一做”学习教育，严格落实“三会一课”制度和“一岗双责”。",
        "开展“五个一”活动，打好“三大攻坚战”，实现三项突破，抓好十件民生实事。",
        "先后两次对重点单位开展督查，第十轮巡察全面完成。",
        "党组每季度召开一次专题会议，一年两次向县委报告。",
        "问题线索按性质分为三类。",
        "县十八届人大三次会议胜利召开。",
    ],
)
def test_slogans_ordinals_frequencies_and_divisions_in_chinese_numerals_are_not_figures(text):
    assert metrics_of(text) == []


@pytest.mark.parametrize(
    ("text", "raw", "scope"),
    [
        ("全县地区生产总值增速排名全市第三，", "三", "全市"),
        ("营商环境评价位列全省第一。", "一", "全省"),
        ("综合考核排名第6、", "6", ""),
    ],
)
def test_a_rank_without_wei_closing_its_clause_has_unit_wei(text, raw, scope):
    (rank,) = metrics_of(text)
    assert (rank.kind, rank.raw_value, rank.unit, rank.rank_scope) == (RANK, raw, "位", scope)
    assert rank.value == (Decimal(raw) if raw.isdigit() else {"三": 3, "一": 1}[raw])


@pytest.mark.parametrize("text", ["位列中部地区第一方阵。", "荣获全省第一批示范县称号。", "名列全国第一梯队。"])
def test_a_first_rank_that_opens_a_noun_is_not_a_rank(text):
    assert metrics_of(text) == []


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("全年税收收入突破20亿元。", "突破"),
        ("接待游客超800万人次。", "超"),
        ("带动就业逾3000人。", "逾"),
        ("农产品网络零售额不足2亿元。", "不足"),
        ("确保办案数量不低于150件。", "不低于"),
        ("城镇登记失业率控制在4.5%以内。", "以内"),
        ("力争居民收入增长7%左右。", "左右"),
        ("细颗粒物浓度控制在35微克/立方米以下。", "以下"),
        ("投资占比八成以上。", "以上"),
    ],
)
def test_bounds_before_and_after_the_number_as_written(text, bound):
    assert metrics_of(text)[-1].bound == bound


@pytest.mark.parametrize("text", ["签约5个重大项目。", "最近3年累计投入8亿元。"])
def test_a_bound_character_ending_a_word_is_no_bound(text):
    assert metrics_of(text)[0].bound == ""


def test_a_range_is_written_as_is_with_no_single_value_and_nothing_hidden():
    (metric,) = metrics_of("每年培育省级专精特新企业10-15家。")
    assert (metric.raw_value, metric.value, metric.masked, metric.normalized_value, metric.base_unit) == (
        "10-15",
        None,
        False,
        None,
        "",
    )
    assert (metric.unit, metric.kind) == ("家", COUNT)


@pytest.mark.parametrize(
    ("text", "raw", "value", "bound"),
    [
        ("非公经济贡献了全县税收的三分之一。", "三分之一", Decimal("33.333333"), ""),
        ("农村集体产权制度改革完成率超过百分之九十五点五。", "百分之九十五点五", Decimal("95.5"), "超过"),
        ("全县四分之三以上的行政村通了公交。", "四分之三", Decimal(75), "以上"),
    ],
)
def test_percent_words_and_fractions_are_shares_in_percent(text, raw, value, bound):
    (metric,) = metrics_of(text)
    assert (metric.raw_value, metric.value, metric.unit, metric.normalized_value, metric.base_unit) == (
        raw,
        value,
        "%",
        value,
        "%",
    )
    assert (metric.bound, metric.masked) == (bound, False)


def test_a_fraction_after_a_decrease_is_a_negative_change():
    (metric,) = metrics_of("贫困人口减少了三分之一。")
    assert (metric.name, metric.value, metric.kind) == ("贫困人口", Decimal("-33.333333"), GROWTH)


@pytest.mark.parametrize("text", ["百分之百完成年度目标任务。", "三分之一强。"])
def test_percent_words_that_say_how_are_not_figures(text):
    assert [m for m in metrics_of(text) if m.unit == "%"] == []


def test_tenths_are_a_share_normalised_to_percent():
    (metric,) = metrics_of("民营经济贡献了近七成的税收。")
    assert (metric.raw_value, metric.value, metric.unit, metric.kind, metric.bound) == ("七", 7, "成", SHARE, "近")
    assert (metric.normalized_value, metric.base_unit) == (Decimal(70), "%")


def test_life_expectancy_and_average_age_are_figures_and_an_age_limit_is_not():
    found = metrics_of("人均预期寿命提高到79.2岁，为80岁以上老人发放高龄津贴，班子成员平均年龄46.5岁。")
    assert [(m.name, m.value, m.unit, m.kind) for m in found] == [
        ("人均预期寿命", Decimal("79.2"), "岁", AMOUNT),
        ("班子成员平均年龄", Decimal("46.5"), "岁", AMOUNT),
    ]


def test_a_threshold_defining_what_is_counted_is_no_figure():
    found = metrics_of("其中100万元以上的村32个，超过50万元的村占比达到百分之六十。")
    assert [(m.raw_value, m.unit) for m in found] == [("32", "个"), ("百分之六十", "%")]
    assert metrics_of("覆盖90%以上的行政村。")[0].raw_value == "90"


def test_respectively_without_names_pairs_with_the_last_levels():
    found = metrics_of("粮食产量31.5万吨，油料产量2.6万吨，分别增长1.2%、3.4%。")
    assert [(m.name, m.value, m.kind) for m in found[2:]] == [
        ("粮食产量", Decimal("1.2"), GROWTH),
        ("油料产量", Decimal("3.4"), GROWTH),
    ]


def test_respectively_shares_the_noun_of_its_last_name():
    found = metrics_of("城镇、农村常住居民人均可支配收入分别达到4.2万元、2.1万元。")
    assert [(m.name, m.normalized_value, m.bound) for m in found] == [
        ("城镇常住居民人均可支配收入", Decimal(42000), "达到"),
        ("农村常住居民人均可支配收入", Decimal(21000), "达到"),
    ]


def test_a_change_in_points_is_the_change_of_the_last_rate():
    _, _, share, points = metrics_of("森林蓄积量520万立方米，增长3%，森林覆盖率达到45.2%，较上年提高0.6个百分点。")
    assert (share.name, share.kind) == ("森林覆盖率", SHARE)
    assert (points.name, points.value, points.kind, points.year_on_year) == (
        "森林覆盖率",
        Decimal("0.6"),
        GROWTH,
        True,
    )


def test_from_one_level_to_another_over_years_and_the_yearly_average():
    first, second, average = metrics_of("全县财政总收入由2017年的9.8亿元增长到2022年的16.3亿元，年均增长10.7%。")
    assert [m.name for m in (first, second, average)] == ["财政总收入"] * 3
    assert [m.kind for m in (first, second, average)] == [AMOUNT, AMOUNT, GROWTH]


@pytest.mark.parametrize(
    ("text", "yoy"),
    [
        ("跨境电商交易额32亿元，是上年的1.8倍。", True),
        ("存款余额860亿元，比年初增加52亿元。", False),
        ("进出口总额386亿元，是“十三五”末的1.6倍。", False),
    ],
)
def test_a_comparison_base_is_no_name(text, yoy):
    level, change = metrics_of(text)
    assert change.name == level.name
    assert change.year_on_year is yoy


def test_an_aspect_of_the_level_before_takes_its_name():
    found = metrics_of("规上工业增加值增长9.1%，增速居全省第4位；民间投资186亿元，总量居全市首位。")
    assert [(m.name, m.kind) for m in found] == [
        ("规上工业增加值", GROWTH),
        ("规上工业增加值增速", RANK),
        ("民间投资", AMOUNT),
        ("民间投资总量", RANK),
    ]


def test_the_place_as_subject_leaves_the_name():
    assert [m.name for m in metrics_of("全省高速公路通车里程达到7850公里，全市新建5G基站1200个。")] == [
        "高速公路通车里程",
        "新建5G基站",
    ]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("下一步，力争2024年地区生产总值增长6.5%。", "2024年"),
        ("确保全年完成固定资产投资80亿元。", "全年"),
        ("明年，新建改建农村公路120公里。", "明年"),
        ("迎峰度冬期间，全省最高用电负荷达到4210万千瓦。", "迎峰度冬期间"),
        ("在疫情防控期间，累计发放物资1.2万份。", "疫情防控期间"),
    ],
)
def test_period_leaders_and_spells_of_time(text, period):
    assert metrics_of(text)[0].period == period


@pytest.mark.parametrize(
    ("text", "unit", "normalized", "base_unit", "kind"),
    [
        ("全省能源消费总量控制在1.2亿吨标准煤以内。", "亿吨标准煤", Decimal(120000000), "吨标准煤", AMOUNT),
        ("港口集装箱吞吐量完成86万标箱。", "万标箱", Decimal(860000), "标箱", COUNT),
        ("检查运输车辆12.6万辆次。", "万辆次", Decimal(126000), "辆次", COUNT),
        ("新增变电容量120万千伏安。", "万千伏安", Decimal(1200000), "kVA", AMOUNT),
        ("建成农家书屋藏书36万册。", "万册", Decimal(360000), "册", COUNT),
        ("不动产登记办理时限压缩至3个工作日。", "个工作日", Decimal(3), "个工作日", COUNT),
        ("完成免费婚检1260对。", "对", Decimal(1260), "对", COUNT),
    ],
)
def test_units_of_real_reports(text, unit, normalized, base_unit, kind):
    (metric,) = metrics_of(text)
    assert (metric.unit, metric.normalized_value, metric.base_unit, metric.kind) == (unit, normalized, base_unit, kind)


def test_durations_in_months_and_one_to_one_pairs_are_not_figures():
    assert metrics_of("整改期限为3个月，实行1对1帮扶。") == []


def test_a_minus_sign_makes_a_negative_change():
    (metric,) = metrics_of("规上工业增加值增长-2.3%。")
    assert (metric.raw_value, metric.value, metric.kind) == ("-2.3", Decimal("-2.3"), GROWTH)


def test_a_cut_in_spending_is_a_negative_change():
    (metric,) = metrics_of("压减一般性支出15%。")
    assert (metric.name, metric.value, metric.kind) == ("一般性支出", Decimal(-15), GROWTH)


def test_words_after_a_rank_scope_qualify_it_and_a_scope_may_stand_after_zai():
    town, zone = metrics_of("镇财政总收入1.8亿元，位居全县乡镇第三；在全市开发区综合考评中跃居第2位。")[1:]
    assert (town.name, town.raw_value, town.rank_scope) == ("镇财政总收入", "三", "全县")
    assert (zone.kind, zone.value, zone.rank_scope) == (RANK, Decimal(2), "全市")


def test_rainfall_in_millimetres_and_a_change_against_the_usual():
    rainfall, change = metrics_of("全年降水量1350毫米，较常年偏少12%。")
    assert (rainfall.unit, rainfall.normalized_value, rainfall.base_unit) == ("毫米", Decimal("1.350"), "m")
    assert (change.name, change.period, change.value, change.kind) == ("降水量", "全年", Decimal(-12), GROWTH)
    assert change.year_on_year is False  # against the usual, not last year


def test_a_barrier_passed_for_the_first_time_is_a_bounded_level_of_the_indicator_before():
    _, passed = metrics_of("全县社会消费品零售总额达到105.3亿元，首次突破百亿元大关。")
    assert (passed.name, passed.raw_value, passed.unit, passed.bound) == ("社会消费品零售总额", "百", "亿元", "突破")


def test_a_class_in_excess_is_no_figure():
    found = metrics_of("培育年营业收入超10亿元企业6家、超百亿元龙头企业1家。")
    assert [(m.raw_value, m.unit) for m in found] == [("6", "家"), ("1", "家")]


def test_a_projects_phase_is_no_count_but_issues_of_a_course_are():
    assert metrics_of("××产业园一期、污水处理厂二期等项目建成投用。") == []
    assert [(m.name, m.value) for m in metrics_of("举办培训班一期，编发工作简报十二期。")] == [
        ("举办培训班", Decimal(1)),
        ("编发工作简报", Decimal(12)),
    ]


def test_investment_and_area_after_a_count_belong_to_what_was_counted():
    _, investment = metrics_of("全年计划实施重点项目150个，完成投资260亿元以上。")
    assert (investment.name, investment.bound, investment.normalized_value) == (
        "计划实施重点项目投资",
        "以上",
        Decimal(26000000000),
    )
    assert metrics_of("完成改造小区14个、面积23.6万平方米。")[1].name == "改造小区面积"


def test_the_noun_after_a_count_stops_at_the_verb():
    (metric,) = metrics_of("县域3个国控断面水质稳定达到Ⅲ类标准。")
    assert metric.name == "县域国控断面水质"


def test_a_change_verb_after_a_figure_is_no_noun_of_it():
    before, after = metrics_of("全县规模以上工业企业由168家增加到231家。")
    assert [m.name for m in (before, after)] == ["规模以上工业企业", "规模以上工业企业"]


def test_urban_and_rural_residents_respectively_are_two_indicators():
    urban, rural = metrics_of("城乡居民人均可支配收入分别达到41250元和19860元。")
    assert (urban.name, rural.name) == ("城镇居民人均可支配收入", "农村居民人均可支配收入")


def test_comparisons_and_targets_take_the_name_of_the_level_before():
    found = metrics_of("地区生产总值增长6.5%，高于全市平均水平1.2个百分点；财政收入1.8亿元，完成全年任务的56.4%。")
    assert [m.name for m in found] == [
        "地区生产总值",
        "地区生产总值高于全市平均水平",
        "财政收入",
        "财政收入完成全年任务",
    ]


def test_a_rank_name_leaves_its_scope_phrase_and_a_conjunction_leaves_names():
    (rank,) = metrics_of("经济总量在全市的排位由第5位前移至第3位。")
    assert (rank.name, rank.rank_scope, rank.value) == ("经济总量", "全市", Decimal(5))
    assert metrics_of("召开县委全会2次和各类专题会议130余场。")[1].name == "各类专题会议"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("上报信息及时率达到98%。", "上报信息及时率"),
        ("及时率达到98%。", "及时率"),
        ("和美乡村建设投入资金1200万元。", "和美乡村建设投入资金"),
        ("全县域推进改厕1280户。", "全县域推进改厕"),
        ("全县粮食播种面积86.2万亩。", "粮食播种面积"),
    ],
)
def test_a_leading_place_or_conjunction_goes_but_words_that_start_with_it_stay(text, name):
    assert metrics_of(text)[0].name == name
