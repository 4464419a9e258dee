"""The metric finder on the genre's tricky cases, field by field (wording from the seed reports)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from apps.extraction.metrics import find_metrics

from .metric_checks import AMOUNT, COUNT, GROWTH, RANK, SHARE, fields, metrics_of


def test_growth_and_rank_after_a_level_take_its_name_and_period():
    found = metrics_of("前三季度，完成生产总值XX亿元，增长XX%，居全省第XX位；居民人均可支配收入实现XX元，增长XX%。")
    assert [fields(m, "name", "raw_value", "unit", "kind", "period", "rank_scope") for m in found] == [
        ("生产总值", "XX", "亿元", AMOUNT, "前三季度", ""),
        ("生产总值", "XX", "%", GROWTH, "前三季度", ""),
        ("生产总值", "XX", "位", RANK, "前三季度", "全省"),
        ("居民人均可支配收入", "XX", "元", AMOUNT, "前三季度", ""),
        ("居民人均可支配收入", "XX", "%", GROWTH, "前三季度", ""),
    ]
    assert all(m.masked and m.value is None and m.normalized_value is None and m.base_unit == "" for m in found)


def test_a_growth_with_its_own_name_is_what_a_following_rank_ranks():
    found = metrics_of("1-X月份，完成地方财政收入XX亿元，增长XX%；固定资产投资增长XX%，居全市第XX位。")
    assert [(m.name, m.kind, m.period) for m in found] == [
        ("地方财政收入", AMOUNT, "1-X月份"),
        ("地方财政收入", GROWTH, "1-X月份"),
        ("固定资产投资", GROWTH, "1-X月份"),
        ("固定资产投资", RANK, "1-X月份"),
    ]


def test_a_decrease_is_a_negative_change():
    drop, fewer = metrics_of("规模以上工业增加值下降5.2%，安全生产事故减少5起。")
    assert fields(drop, "name", "value", "kind", "normalized_value", "base_unit") == (
        "规模以上工业增加值",
        Decimal("-5.2"),
        GROWTH,
        Decimal("-5.2"),
        "%",
    )
    assert fields(fewer, "value", "kind", "unit") == (Decimal(-5), COUNT, "起")


def test_year_on_year_runs_from_the_comparison_to_the_changes_after_it():
    level, fewer, rate, other = metrics_of("今年共上报下发各类文件xxx件，同比减少xxx件，下降xx%，起草各类材料xxx多篇。")
    assert [m.year_on_year for m in (level, fewer, rate, other)] == [False, True, True, False]
    assert (fewer.name, fewer.kind, rate.name, rate.kind) == ("上报下发各类文件", GROWTH, "上报下发各类文件", GROWTH)
    assert {m.period for m in (level, fewer, rate, other)} == {"今年"}
    assert other.bound == "多"


@pytest.mark.parametrize(
    ("text", "raw", "value", "unit", "scope"),
    [
        ("城乡居民养老保险和医疗保险参保率居全县第一位。", "一", Decimal(1), "位", "全县"),
        ("教学质量再创佳绩，中考成绩居全县第三名。", "三", Decimal(3), "名", "全县"),
        ("中小微企业产业园数量居全市首位。", "首", Decimal(1), "位", "全市"),
        ("居民综合阅读率稳居全市首位。", "首", Decimal(1), "位", "全市"),
        ("全市生产总值增速居全省第XX位。", "XX", None, "位", "全省"),
    ],
)
def test_ranks_in_chinese_numerals_and_masks(text, raw, value, unit, scope):
    (rank,) = metrics_of(text)
    assert fields(rank, "raw_value", "value", "unit", "kind", "rank_scope") == (raw, value, unit, RANK, scope)
    assert rank.masked is (value is None)


@pytest.mark.parametrize("text", ["始终把人民群众利益放在首位。", "坚持把党风廉政建设摆在第一位。"])
def test_priority_idioms_are_not_ranks(text):
    assert metrics_of(text) == []


def test_deleted_numbers_in_a_copy_published_without_them():
    text = (
        "民生投入亿元，八类案件破案率%。组织市委理论中心组集中学习次，承办中宣部大型主题采访活动次。"
        "调整干部批次，提拔人，交流重用人。完成房屋征收户万㎡。整改安全隐患余处。"
    )
    found = metrics_of(text)
    assert [fields(m, "raw_value", "unit", "bound") for m in found] == [
        ("", "亿元", ""),
        ("", "%", ""),
        ("", "次", ""),
        ("", "次", ""),
        ("", "批次", ""),
        ("", "人", ""),
        ("", "人", ""),
        ("", "户", ""),
        ("", "万㎡", ""),
        ("", "处", "余"),
    ]
    assert all(m.masked and m.value is None for m in found)
    assert [m.name for m in found][:3] == ["民生投入", "八类案件破案率", "组织市委理论中心组集中学习"]
    assert found[1].kind is SHARE and found[8].kind is AMOUNT


def test_deleted_numbers_opening_a_noun():
    text = "民生投入亿元，研发投入占GDP比重达%。个点位成为全省参观点，等个重特大项目集中开工，完成项长效管理整治任务。"
    found = metrics_of(text)
    assert [m.unit for m in found[2:]] == ["个", "个", "项"]
    assert [m.name[:5] for m in found[2:]] == ["点位", "重特大项目", "长效管理整"]
    assert all(m.raw_value == "" and m.masked for m in found[2:])


def test_words_ending_in_a_measure_word_are_not_deleted_numbers():
    # A deletion-style text (two certain deletions) with common words that end in 人, 台, 件, 处 …
    text = (
        "民生投入亿元，八类案件破案率%。明确第一责任人，关爱残疾人，搭建服务平台，办理各类案件，"
        "推进全面从严治党落到实处，做到守土有责，违规乘坐一等座等问题得到纠正，涉及个人和组织。"
    )
    assert [m.unit for m in metrics_of(text)] == ["亿元", "%"]


def test_plain_measure_words_need_evidence_of_deletion():
    assert metrics_of("组织集中学习次，提拔人。") == []  # no certain deletion anywhere: not a deletion-style copy


def test_respectively_pairs_names_with_values():
    pm25, pm10 = metrics_of("前三季度，PM2.5、PM10平均浓度分别下降XX%、XX%。")
    assert (pm25.name, pm10.name) == ("PM2.5平均浓度", "PM10平均浓度")
    assert (pm25.kind, pm10.kind, pm25.period) == (GROWTH, GROWTH, "前三季度")
    first, second = metrics_of("新兴产业产值、高新技术产业产值占规模以上工业总产值比重分别达到XX%和XX%。")
    assert first.name == "新兴产业产值占规模以上工业总产值比重"
    assert second.name == "高新技术产业产值占规模以上工业总产值比重"
    assert (first.kind, first.bound, second.bound) == (SHARE, "达到", "达到")


def test_a_respectively_list_names_a_later_list_of_the_same_length():
    found = metrics_of("普通公路安防工程、危桥改造分别建成xxxx公里、xxx座，占年度目标的xxx.x%、xxx%。")
    assert [(m.name, m.unit, m.kind) for m in found] == [
        ("普通公路安防工程", "公里", AMOUNT),
        ("危桥改造", "座", COUNT),
        ("普通公路安防工程占年度目标", "%", SHARE),
        ("危桥改造占年度目标", "%", SHARE),
    ]


def test_one_value_for_each_of_several_names():
    found = metrics_of("督促按时办理各类建议、提案xxx件，办结率、满意率均达到xxx%。")
    assert [(m.name, m.unit, m.bound) for m in found[1:]] == [("办结率", "%", "达到"), ("满意率", "%", "达到")]
    text = "督促按时办理各类建议、提案xxx件，办结率、满意率均达到xxx%。"
    assert [text[m.span.start : m.span.end] for m in found[1:]] == ["办结率、满意率均达到xxx%", "满意率均达到xxx%"]


def test_per_capita_and_average_are_not_each_lists():
    found = metrics_of("城镇、农村居民人均可支配收入达到XX元，PM2.5、PM10年平均浓度为XX微克/立方米。")
    assert [m.unit for m in found] == ["元", "微克/立方米"]


def test_two_quantities_of_one_name():
    buildings, area = metrics_of("坚持“一把尺子量到底”，拆除各类违建XX处、XX万平方米。")
    assert (buildings.name, buildings.unit, buildings.kind) == ("拆除各类违建", "处", COUNT)
    assert (area.name, area.unit, area.kind) == ("拆除各类违建", "万平方米", AMOUNT)


def test_a_noun_after_the_number_names_it():
    found = metrics_of("完成XX个老旧小区、XX条背街小巷、XX处“三高”沿线整治提升，引进了XX名高校优秀人才到街镇企业挂职。")
    assert [m.name for m in found] == ["老旧小区", "背街小巷", "三高沿线整治提升", "引进高校优秀人才"]


def test_a_number_qualifying_a_noun_with_de_measures_that_noun():
    found = metrics_of("全面完成总投入X万元的农业综合开发项目，投资XX亿元的X有限公司、XX万元的XX有限公司等建成投产。")
    assert [m.name for m in found] == ["农业综合开发项目总投入", "X有限公司投资", "X有限公司投资"]


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("民生支出占一般公共预算支出超过XX%。", "超过"),
        ("民生和社会事业支出占财政支出的比重达到XX%以上。", "以上"),
        ("开展各类察访XX余次。", "余"),
        ("走访全区各板块XX多户家庭。", "多"),
        ("累计新增城镇就业约3.5万人次。", "约"),
        ("全面建成小康社会综合实现程度接近xxx%。", "近"),
        ("群众满意率达到XX%。", "达到"),
        ("建成区绿化覆盖率达XX%。", ""),
    ],
)
def test_bounds(text, bound):
    (metric,) = metrics_of(text)
    assert metric.bound == bound


def test_thousands_of_an_item_with_a_bound_keep_the_scale_in_the_unit():
    (orders,) = metrics_of("受理市民服务热线工单XX万余件，")
    assert fields(orders, "raw_value", "unit", "bound", "kind") == ("XX", "万件", "余", COUNT)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("截至目前，共开展集中学习*次。", "截至目前"),
        ("截止目前，共编发政务信息专报xx期。", "截止目前"),
        ("1-5月份共检查企业*家。", "1-5月份"),
        ("预计全年完成地区生产总值XX亿元。", "全年"),
        ("2023年新开工项目*个。", "2023年"),
        ("今年以来，立案查处违纪违法案件XX起。", "今年以来"),
        ("近三年，地方配套资金到位率最高仅xx.x%。", "近三年"),
        ("春节期间，走访慰问残疾人*人。", "春节期间"),
        ("发放2023年第一批农机购置补贴资金*万元。", ""),
        ("圆满完成xxxx年国评任务，实施普通国道灾害防治工程xx个。", ""),
    ],
)
def test_periods_open_a_clause(text, period):
    (metric,) = metrics_of(text)
    assert metric.period == period


def test_a_period_does_not_carry_into_the_next_sentence():
    first, second = metrics_of("全年实现地方财政收入XX万元。新增绿色认证农产品X个。")
    assert (first.period, second.period) == ("全年", "")


def test_share_of_a_target_after_a_level():
    level, share, growth = metrics_of("xxxx年，累计完成公路投资xxx.x亿元，占年度目标的xx.x%，同比增长xx%。")
    assert (level.name, share.name, growth.name) == ("公路投资", "公路投资占年度目标", "公路投资")
    assert (share.kind, growth.kind, growth.year_on_year, share.period) == (SHARE, GROWTH, True, "xxxx年")


@pytest.mark.parametrize(
    "text",
    [
        "2018年度领导班子工作总结",
        "存在近20年的XX市场即将搬迁。",
        "排查60岁以上老人及独居老人。",
        "深入学习党的十九大精神，X大桥、105省道建成通车。",
        "荣获第九届中国花卉博览会优秀组织奖。",
        "认真贯彻落实省委“1+5”部署，增强“四个意识”，做到“两个维护”。",
        "X集团晋升国家特级资质，XX茶入选全市十大特色农业品牌，投资建设X项目。",
        "三甲医院一期工程主体完成，打掉全省首个犯罪集团。",
        "举办为期x天读书班。",
        "通过12345便民服务热线解决群众诉求，X大会签约额超过全市签约额XX。",
        "发放2023年第一批补贴，推进工业、旅游、美丽乡村三项突破，先后两次开展检查。",
        "全年招引十亿元以上项目，千人养老床位数全省领先。",
    ],
)
def test_not_metrics(text):
    assert metrics_of(text) == []


def test_span_sentence_and_section_path():
    text = "一是强化理论武装。累计召开区政府常务会议XX次，班子成员带头讲党课。二是加强建设。"
    (metric,) = find_metrics(text, 0, len(text), "1.1")
    assert metric.span.slice(text) == "召开区政府常务会议XX次"
    assert metric.sentence == "累计召开区政府常务会议XX次，班子成员带头讲党课。"
    assert metric.section_path == "1.1"


def test_only_the_region_is_read_and_spans_stay_in_the_whole_text():
    text = "新建学校XX所。改造道路XX公里，新增绿地XX平方米。"
    start = text.index("改造")
    end = text.index("，新增")
    (metric,) = find_metrics(text, start, end, "3")
    assert (metric.name, metric.unit, metric.sentence) == ("改造道路", "公里", "改造道路XX公里")
    assert start <= metric.span.start < metric.span.end <= end
    assert text[metric.span.start : metric.span.end] == "改造道路XX公里"


def test_an_empty_region_has_no_metrics():
    assert find_metrics("新建学校XX所。", 3, 3, "1") == []


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 2), (0, 99)])
def test_a_region_outside_the_text_is_refused(start, end):
    with pytest.raises(ValueError, match="region"):
        find_metrics("新建学校XX所。", start, end, "1")
