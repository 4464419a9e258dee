"""Report metadata from the title, the opening sentence and the report's own words."""

import pytest

from apps.extraction.metadata import report_metadata
from apps.extraction.pipeline import document_structure

LEAD = "在县委的坚强领导下，"


@pytest.mark.parametrize(
    ("title", "preamble", "year", "period"),
    [
        ("XX区区长任期述职报告", "2019年至2021年，是我担任XX区区长的三年。", 2021, "multi_year"),
        ("XX省人民政府2016—2020年工作总结", "五年来，全省经济稳步发展。", 2020, "multi_year"),
        (None, "2018年到2022年，全县经济总量跃上新台阶。现将五年工作总结如下：", 2022, "multi_year"),
        ("XX镇2022年上半年工作总结", "今年以来，全镇上下攻坚克难。", 2022, "half_year"),
        ("XX局2021年工作总结", "2018年的418亿元增长到2021年的562亿元。", 2021, "annual"),
    ],
)
def test_year_and_period(title, preamble, year, period):
    meta = report_metadata(title, preamble, "")
    assert (meta.year, meta.period) == (year, period)


@pytest.mark.parametrize(
    ("title", "preamble", "org_name", "level"),
    [
        (
            "述职报告",
            "2021年，本人作为XX县农业农村局党组书记、局长，在县委的领导下，认真履职。",
            "XX县农业农村局",
            "department",
        ),
        ("XX区区长任期述职报告", "2019年至2021年，是我担任XX区区长的三年。", "XX区", "district"),
        (
            "XX市卫生健康委员会2020年工作总结",
            "2020年，全市卫生健康事业取得新成效。",
            "XX市卫生健康委员会",
            "department",
        ),
        ("中共XX县委员会2020年工作总结", "2020年，全县经济稳中有进。", "中共XX县委员会", "county"),
        ("中共XX县委常委会2023年度述职述廉报告", "2023年，县委常委会认真履职。", "中共XX县委常委会", "county"),
        ("XX县委常委班子2023年度述职述廉报告", "2023年，县委常委班子认真履职。", "XX县委常委", "county"),
        ("中共XX县委办公室2021年工作总结", "2021年，县委办公室认真履职。", "中共XX县委办公室", "department"),
        ("XX省人民政府2020年工作总结", "2020年，全省经济稳中有进。", "XX省人民政府", "province"),
        # A company is a unit, not a territory: the province in its name is its owner's.
        (
            "XX省交通投资集团有限公司党委2022年工作总结",
            "2022年，集团党委全面加强党的建设。",
            "XX省交通投资集团有限公司党委",
            "department",
        ),
        (None, f"2021年，{LEAD}紧紧围绕中心工作，各项工作稳步推进。", None, "unknown"),
        # round 5: a people's congress governs its place; a 社区/村 is the grassroots under the town level
        ("XX市人大常委会2023年工作报告", "过去一年，市人大常委会依法履职。", "XX市人大常委会", "city"),
        ("XX县政协2023年工作总结", "2023年，县政协认真履行职能。", "XX县政协", "county"),
        ("XX社区党支部书记2023年度述职报告", "这一年，我和社区两委班子一起为居民办事。", "XX社区党支部", "town"),
        ("XX村党总支2023年工作总结", "2023年，村党总支带领群众发展产业。", "XX村党总支", "town"),
        ("XX县纪委监委2024年工作总结", "2024年，县纪委监委坚持正风肃纪。", "XX县纪委监委", "department"),
        # round 6: an untitled opening naming the party committee and the government (`党委、政府`), under a web
        # headline line; the first body tells the level
        (None, "砥砺奋进丨总结来啦！\n\n2018年，XX镇党委、政府在县委的坚强领导下，实干。", "XX镇党委、政府", "town"),
        (None, "2023年，XX县委、县政府在市委的坚强领导下，全县经济平稳。", "XX县委、县政府", "county"),
        # round 7: one person's posts name the body of the first, without the member's rank
        ("XX县委常委、政法委书记2023年度述学述职述廉述法报告", "2023年，本人认真履职。", "XX县委", "county"),
        ("XX区委副书记、区长2022年度述职报告", "2022年，本人认真履职。", "XX区委", "district"),
        ("XX县委、县政府2023年工作总结", "2023年，全县经济平稳。", "XX县委、县政府", "county"),
    ],
)
def test_organisation_name_and_level(title, preamble, org_name, level):
    meta = report_metadata(title, preamble, "")
    assert (meta.org_name, meta.org_level) == (org_name, level)


@pytest.mark.parametrize(
    ("title", "preamble", "report_type"),
    [
        (None, "2022年，全区经济稳步发展。现将2022年工作情况汇报如下：", "work_summary"),
        (None, "2022年，我认真履行职责。现将本人履职情况报告如下：", "duty_report"),
        (None, "2022年，我认真履职。现将一年来的履职和党风廉政建设情况报告如下：", "duty_integrity_report"),
        ("XX局局长2020年度述职述德述廉报告", "", "duty_integrity_report"),
        ("XX市统计局2022年上半年工作总结及下半年工作打算", "上半年，全局认真履职。", "half_year_summary"),
    ],
)
def test_report_type(title, preamble, report_type):
    assert report_metadata(title, preamble, "").report_type == report_type


def test_title_less_report_gets_a_display_title_from_its_own_words():
    preamble = "2022年，在市委的坚强领导下，XX区人民政府坚持稳中求进。现将2022年工作情况汇报如下："
    meta = report_metadata(None, preamble, "")
    assert (meta.title, meta.display_title) == (None, "2022年XX区人民政府工作总结")


def test_title_less_text_without_its_own_name_for_itself():
    preamble = "今年以来，区商务局在区委、区政府的坚强领导下，围绕稳外贸、促消费积极作为，各项工作取得积极进展。"
    headings = "主要工作开展情况 存在的主要问题 下半年工作安排"
    meta = report_metadata(None, preamble, "上半年，全区新签约项目28个。", headings)
    assert (meta.org_name, meta.org_level) == ("区商务局", "department")
    assert (meta.period, meta.report_type, meta.year) == ("half_year", "half_year_summary", None)
    assert meta.display_title == "区商务局上半年工作总结"
    individual = report_metadata(None, "2021年，我认真履职，我带领班子，我深入基层。", "")
    assert (individual.speaker, individual.report_type) == ("individual", "duty_report")


def test_a_masked_year_ends_the_organisation_name_in_a_title():
    meta = report_metadata("XX街道党工委书记20XX年度述职述廉述责报告", "20XX年，本人认真履职。", "")
    assert (meta.org_name, meta.org_level, meta.year) == ("XX街道党工委", "town", None)


@pytest.mark.parametrize(
    ("subtitle", "year", "period", "org_name", "level"),
    [
        ("（2019—2021年）", 2021, "multi_year", None, "district"),  # the term, not the years compared with
        ("——在区人大常委会会议上", 2021, "annual", None, "district"),
        ("（2022年1月10日）", 2021, "annual", None, "district"),  # the day of the speech, not the period
        ("XX区发展和改革局局长　王XX", 2021, "annual", "XX区发展和改革局", "department"),
    ],
)
def test_lines_under_the_title_tell_the_term_and_the_organisation(subtitle, year, period, org_name, level):
    preamble = "2021年，我在区委的坚强领导下，认真履行职责。" if period == "annual" else "三年来，我认真履职。"
    body = "地区生产总值由2018年的356亿元增长到2021年的468亿元，规上企业比2018年增加72家，比2018年翻番。"
    meta = report_metadata("区长述职报告", preamble, body, subtitle=subtitle)
    assert (meta.year, meta.period, meta.org_name, meta.org_level) == (year, period, org_name, level)


def test_the_pipeline_reads_the_byline_and_term_under_the_title():
    text = (
        "任期述职报告\n（2019—2021年）\nXX县农业农村局局长　李XX\n\n"
        "三年来，本人在县委、县政府的坚强领导下，认真履行职责，较好完成了各项工作任务。现将履职情况报告如下：\n"
        "一、抓发展\n粮食总产量由2018年的45万吨增长到52万吨。\n"
    )
    (report,) = document_structure(text, "t").reports
    assert (report.year, report.period, report.org_name, report.org_level) == (
        2021,
        "multi_year",
        "XX县农业农村局",
        "department",
    )


def test_years_compared_with_do_not_date_an_untitled_report():
    body = "全区地区生产总值由2018年的356亿元增长到2021年的468亿元，比2018年增加112亿元。"
    assert report_metadata(None, "三年来，全区上下团结奋斗。", body).year == 2021


def test_a_bare_duty_report_title_with_the_year_in_the_second_sentence():
    preamble = (
        "本人张XX，现任XX县财政局党组书记、局长。二〇二二年，在县委的坚强领导下，我认真履行职责。现将履职情况报告如下："
    )
    meta = report_metadata("述职报告", preamble, "全年完成一般公共预算收入9.86亿元。")
    assert (meta.year, meta.speaker, meta.org_name, meta.org_level) == (2022, "individual", "XX县财政局", "department")


@pytest.mark.parametrize(
    ("subtitle", "level"),
    [("——在区委全会上的述职\n区长　王××", "district"), ("县长　王XX\n（2024年1月10日）", "county"), ("", "unknown")],
)
def test_a_bylines_position_tells_the_level_of_a_bare_duty_report(subtitle, level):
    meta = report_metadata("述职报告", "2023年，本人认真履行职责。", "", subtitle=subtitle)
    assert (meta.org_level, meta.report_type, meta.speaker) == (level, "duty_report", "individual")


def test_a_headline_over_an_occasion_line_is_the_title_and_the_occasion_tells_the_type():
    body = "\n2023年，在市委的坚强领导下，区委常委会认真履行职责，推动各项工作取得新成效。\n一、履职\n抓党建。\n"
    text = "凝心聚力谋发展　实干担当开新局\n——在区委全会上的述职\n" + body
    (report,) = document_structure(text, "t").reports
    assert (report.title, report.report_type, report.org_level) == (
        "凝心聚力谋发展　实干担当开新局",
        "duty_report",
        "district",
    )
    assert (report.org_name, report.speaker) == ("区委常委会", "collective")  # `…开新局` names no 局
    assert report.preamble.startswith("2023年，在市委")
