"""Self-criticism and plan items: splitting rules, lead-ins, and pledges closing a criticism passage."""

import pytest

from apps.extraction.pipeline import document_structure

HEAD = (
    "XX县2021年工作总结\n2021年，在市委的坚强领导下，县政府认真履职，圆满完成了全年各项目标任务。现将有关情况报告如下：\n"
    "一、抓发展\n全年地区生产总值增长6.1%。\n"
)


def items(tail: str):
    (report,) = document_structure(HEAD + tail, "t").reports
    return [i.text for i in report.self_criticisms], [p.text for p in report.plans]


@pytest.mark.parametrize(
    ("tail", "criticisms"),
    [
        # a `、` list names parts of one shortcoming; `，` separates shortcomings of their own
        (
            "二、存在问题\n对照目标要求，少数干部法治意识不强、依法办事能力不足，行政复议纠错率仍然偏高。",
            ["少数干部法治意识不强、依法办事能力不足", "行政复议纠错率仍然偏高"],
        ),
        # the lead-in before the colon is no item; `；` splits
        (
            "同时，我们也清醒看到，工作中仍有差距：经济总量偏小；项目支撑不足；民生欠账较多。",
            ["经济总量偏小", "项目支撑不足", "民生欠账较多"],
        ),
        # `主要是` opens the list without a colon too; it is no part of the first item
        (
            "二、存在的不足\n主要是深入基层调研不够，抓落实的力度还需加强，创新意识不强。",
            ["深入基层调研不够", "抓落实的力度还需加强", "创新意识不强"],
        ),
        # `本人还存在A、B、C等问题` is one item A、B、C
        ("回顾一年来，本人还存在理论学习不深、调研不够、创新不足等问题。", ["理论学习不深、调研不够、创新不足"]),
        # a context clause before a shortcoming stays with it; a sentence with no shortcoming is no item
        (
            "还存在一些不足之处。囿于具体事务，深入基层调研不够，工作谋划不够充分。这些问题，我们将认真加以解决。",
            ["囿于具体事务，深入基层调研不够", "工作谋划不够充分"],
        ),
    ],
)
def test_criticism_splitting(tail, criticisms):
    assert items(tail)[0] == criticisms


def test_a_pledge_closing_a_numbered_criticism_chapter_is_a_plan():
    criticisms, plans = items("二、存在的不足和今后打算\n本人还存在学习不够深入等问题。今后，我将进一步加强学习。")
    assert criticisms == ["学习不够深入"]
    assert plans == ["今后，我将进一步加强学习"]


def test_plan_forms():
    pledge = "下一步，我们将坚持稳中求进，奋力推动高质量发展"
    assert items(pledge + "。")[1] == [pledge]
    assert items("下半年工作打算：抓项目；促消费；保民生。")[1] == ["抓项目", "促消费", "保民生"]
    assert items("二、下一步打算\n（一）持续抓党建；（二）全力抓发展。")[1] == ["持续抓党建", "全力抓发展"]
    # the chapter's intro runs into the first item after a comma
    assert items("二、明年打算\n2022年，我们将紧扣目标，一是抓项目、促发展；二是抓治理、保稳定。")[1] == [
        "抓项目、促发展",
        "抓治理、保稳定",
    ]


def test_a_last_exclamation_after_a_plan_chapter_is_the_closing_not_part_of_the_last_plan():
    rally = "我们将在市委的坚强领导下，凝心聚力，真抓实干，奋力谱写高质量发展新篇章！"
    tail = "二、明年工作打算\n（一）全力抓项目。力争投资增长8%。\n（二）用心办实事。办好十件民生实事。\n\n" + rally
    (report,) = document_structure(HEAD + tail, "t").reports
    assert [p.text for p in report.plans] == ["全力抓项目。力争投资增长8%", "用心办实事。办好十件民生实事"]
    assert report.closing == rally and report.sections[-1].kind == "closing"


@pytest.mark.parametrize(
    ("tail", "criticisms"),
    [
        # a lead-in ending in `：` is no item, whether it states a shortcoming or names problems in general
        ("当前，我县经济发展基础还不牢固：一是产业结构单一；二是县级财力紧张。", ["产业结构单一", "县级财力紧张"]),
        (
            "二、存在的问题\n当前，我县经济发展基础还不牢固：产业结构单一；县级财力紧张。",
            ["产业结构单一", "县级财力紧张"],
        ),
        ("但也清醒看到，还存在一些困难和问题：产业结构单一；县级财力紧张。", ["产业结构单一", "县级财力紧张"]),
        (
            "二、存在的问题\n存在的问题主要有：\n产业结构单一。\n县级财力较为紧张。",
            ["产业结构单一", "县级财力较为紧张"],
        ),
        (
            "二、存在的问题\n与先进地区相比还有一定差距，主要表现在：\n（一）产业结构单一。\n（二）县级财力紧张。",
            ["产业结构单一", "县级财力紧张"],
        ),
        # a lead-in stating a shortcoming of its own, with no numbered items after it, is an item
        (
            "当前，我县经济发展基础还不牢固，产业结构单一，县级财力较为紧张。",
            ["我县经济发展基础还不牢固", "产业结构单一", "县级财力较为紧张"],
        ),
        (
            "当前，我县经济发展基础还不牢固。产业结构单一；县级财力紧张。",
            ["我县经济发展基础还不牢固", "产业结构单一", "县级财力紧张"],
        ),
        # a generic lead-in sentence is none
        ("同时也要看到，我们的工作还存在一些不足。产业结构单一；县级财力紧张。", ["产业结构单一", "县级财力紧张"]),
    ],
)
def test_lead_ins(tail, criticisms):
    assert items(tail)[0] == criticisms


def test_achievements_saying_nothing_happened_open_no_criticism_passage():
    (report,) = document_structure(
        HEAD + "二、抓安全\n全年未发生较大安全事故，尚未发生重大舆情事件，还不断完善应急预案。", "t"
    ).reports
    assert report.self_criticisms == () and [s.kind for s in report.sections][-1] == "achievement"


def test_pledges_listed_under_a_plan_heading_without_a_colon_are_one_item_each():
    tail = "二、2024年工作打算\n坚持项目为王，全力抓好招商引资；坚持民生为本，办好实事；坚持从严治党，锻造过硬队伍。"
    (report,) = document_structure(HEAD + tail, "t").reports
    assert [p.text for p in report.plans] == [
        "坚持项目为王，全力抓好招商引资",
        "坚持民生为本，办好实事",
        "坚持从严治党，锻造过硬队伍",
    ]


def test_a_pledge_sentence_listing_with_semicolons_stays_one_item():
    tail = "二、下一步打算\n下一步，我们将抓好招商引资；办好民生实事；锻造过硬队伍。"
    (report,) = document_structure(HEAD + tail, "t").reports
    assert [p.text for p in report.plans] == ["下一步，我们将抓好招商引资；办好民生实事；锻造过硬队伍"]


def test_a_first_person_pledge_after_numbered_plans_is_a_plan_of_its_own():
    tail = "二、明年打算\n1.把支部建得更强。\n2.办好养老和托育服务。\n我一定严格要求自己，干干净净做人，踏踏实实做事。"
    (report,) = document_structure(HEAD + tail, "t").reports
    assert [p.text for p in report.plans] == [
        "把支部建得更强",
        "办好养老和托育服务",
        "我一定严格要求自己，干干净净做人，踏踏实实做事",
    ]
    assert [s.kind.value for s in report.sections][-2:] == ["plan", "plan"]
