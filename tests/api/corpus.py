"""A hand-built corpus shaped like the genre: four reports in three sources, every dimension varied.

Expected API results are computed from these records in Python, never from the database.
"""

from __future__ import annotations

from decimal import Decimal

from apps.extraction.records import ParsedDocument
from apps.extraction.vocabulary import (
    CriticismCategory,
    MetricKind,
    OrgLevel,
    Period,
    ReportType,
    SectionKind,
    Speaker,
    Theme,
)

from .factories import PARTY, criticism, document, metric, plan, report, section

DISTRICT_2018 = report(
    "2018年度领导班子工作总结",
    sections=(
        section(
            "1",
            "加强理论学习，提高政治素质",
            label="一",
            themes=(Theme.THEORY_STUDY,),
            children=(
                section("1.1", "强化理论武装。", body="坚持集体学习。", label="一是", themes=(Theme.THEORY_STUDY,)),
                section(
                    "1.2",
                    "加强党的建设。",
                    body="累计召开区政府常务会议XX次。",
                    label="二是",
                    themes=(Theme.PARTY_BUILDING,),
                ),
            ),
        ),
        section(
            "2",
            "坚持第一要务，实现高质量发展",
            label="二",
            themes=(Theme.ECONOMY,),
            body="前三季度，完成生产总值XX亿元。",
        ),
        section("3", "存在的问题", kind=SectionKind.SELF_CRITICISM, body="主要表现在经济总量不够大。"),
        section("4", "下一步打算", kind=SectionKind.PLAN, body="下一步，我们将聚焦发展。"),
    ),
    metrics=(
        metric("区政府常务会议", "XX", "次", "1.2", kind=MetricKind.COUNT),
        metric("生产总值", "XX", "亿元", "2", period="前三季度"),
        metric("地方财政收入", "12.5", "亿元", "2", period="1-X月份", normalized_value=None),
        metric("生产总值", "8.5", "%", "2", kind=MetricKind.GROWTH, year_on_year=True),
        metric("民生支出占比", "60", "%", "2", kind=MetricKind.SHARE, bound="以上"),
        metric("全省", "3", "位", "2", kind=MetricKind.RANK, rank_scope="全省"),
    ),
    self_criticisms=(
        criticism(1, "经济总量不够大、结构不够优", CriticismCategory.ECONOMY, "3"),
        criticism(2, "民生保障欠账较多", CriticismCategory.LIVELIHOOD, "3"),
    ),
    plans=(plan(1, "聚焦发展的难点、痛点、堵点", Theme.ECONOMY, "4"),),
)

TOWN_2023_HALF = report(
    "2023年上半年领导班子工作总结",
    title=None,
    year=2023,
    period=Period.HALF_YEAR,
    report_type=ReportType.HALF_YEAR_SUMMARY,
    org_level=OrgLevel.TOWN,
    org_name="XX镇",
    preamble="2023年，在市委、市政府的正确领导下……",
    closing="路虽远，行则将至；事虽难，做则必成。",
    sections=(
        section(
            "1",
            "着力推进全面振兴",
            label="一",
            themes=(Theme.ECONOMY, Theme.LIVELIHOOD),
            body="规模以上工业产值完成*亿元，同比增长*％。",
        ),
        section("2", "存在问题", kind=SectionKind.SELF_CRITICISM),
        section("3", "下半年工作打算", kind=SectionKind.PLAN),
    ),
    metrics=(
        metric("规模以上工业产值", "*", "亿元", "1"),
        metric("规模以上工业产值", "*", "％", "1", kind=MetricKind.GROWTH, year_on_year=True),
        metric("整改完成率", "100", "％", "1", kind=MetricKind.SHARE, bound="达到", period="1－5月份"),
    ),
    self_criticisms=(criticism(1, "传统产业转型升级不快", CriticismCategory.ECONOMY, "2"),),
    plans=(
        plan(1, "全面学习贯彻党的二十大精神", Theme.THEORY_STUDY, "3"),
        plan(2, "加强综合环境治理", Theme.ECOLOGY, "3"),
    ),
)

PROVINCE_2023 = report(
    "党委领导班子2023年述职述廉报告",
    title="党委领导班子2023年述职述廉报告",
    year=2023,
    report_type=ReportType.DUTY_INTEGRITY_REPORT,
    org_level=OrgLevel.PROVINCE,
    org_name="省公路局",
    substitutions=(PARTY,),
    sections=(
        section(
            "1",
            "牢记主责固本强基",
            label="一",
            themes=(Theme.PARTY_BUILDING,),
            body="推动全局基层党建全面进步、全面过硬。",
        ),
        section("2", "存在问题", kind=SectionKind.SELF_CRITICISM),
    ),
    metrics=(
        metric("公路投资", "xxx.x", "亿元", "1"),
        metric("普通国道", "120", "公里", "1", base_unit="m", normalized_value=Decimal("120000")),
    ),
    self_criticisms=(
        criticism(1, "全面从严管党治党压力传导仍有差距", CriticismCategory.DISCIPLINE, "2"),
        criticism(2, "地方配套资金筹集问题仍未解决", CriticismCategory.FUNDING, "2"),
    ),
)

OFFICE_NO_YEAR = report(
    "县政府办公室领导班子述职报告",
    year=None,
    report_type=ReportType.DUTY_REPORT,
    org_level=OrgLevel.DEPARTMENT,
    speaker=Speaker.INDIVIDUAL,
    sections=(section("1", "围绕大局，紧扣中心", label="一", themes=(Theme.WORK_STYLE,)),),
)

DOCUMENTS: tuple[ParsedDocument, ...] = (
    document("000_district.txt", DISTRICT_2018),
    document("003_town.txt", TOWN_2023_HALF),
    document("004_compilation.txt", PROVINCE_2023, OFFICE_NO_YEAR),
)
REPORTS = tuple(r for doc in DOCUMENTS for r in doc.reports)
