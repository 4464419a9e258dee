"""Variants beyond the seeds (DOMAIN.md), on synthetic snippets in the genre's wording; and bad input."""

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from apps.extraction import ExtractionError
from apps.extraction.pipeline import document_structure

PREAMBLE = (
    "一年来，在县委、县政府的坚强领导下，我们认真贯彻落实党的二十大精神，圆满完成了各项目标任务。现将有关情况报告如下："
)


def parse(text):
    return document_structure(text, "snippet").reports


def test_arabic_numbering_acts_as_subsections_and_paren_numbers_as_items():
    text = (
        f"XX乡2021年工作总结\n{PREAMBLE}\n一、经济发展稳中有进\n1、项目建设提速。全年引进项目12个。\n"
        "（1）工业项目。新建厂房3栋。\n（2）农业项目。新增大棚20座。\n2、财政收入增长。完成财政收入1200万元。\n"
        "二、存在的问题和不足\n（一）经济总量偏小，产业结构不优。\n（二）基础设施欠账较多。\n"
        "三、下一步工作打算\n第一，加快项目建设。第二，抓好乡村振兴。\n"
    )
    (report,) = parse(text)
    chapter = report.sections[1]
    assert [(c.label, c.heading, c.level) for c in chapter.children] == [
        ("1", "项目建设提速", 2),
        ("2", "财政收入增长", 2),
    ]
    assert [(c.label, c.heading, c.level) for c in chapter.children[0].children] == [
        ("（1）", "工业项目", 3),
        ("（2）", "农业项目", 3),
    ]
    assert report.sections[2].kind == "self_criticism"
    assert [i.text for i in report.self_criticisms] == ["经济总量偏小，产业结构不优", "基础设施欠账较多"]
    assert [i.text for i in report.plans] == ["加快项目建设", "抓好乡村振兴"]
    assert report.org_level == "town" and report.year == 2021


def test_individual_speaker_multi_year_county_report():
    text = (
        "XX县县长2019—2021年任期述职报告\n三年来，我在县委的坚强领导下，认真履行职责。现将我的履职情况报告如下：\n"
        "一、加强理论学习。我始终把学习放在首位，本人带头学习。\n二、狠抓经济发展。我带领班子抓项目。\n"
        "以上报告，请予审议。"
    )
    (report,) = parse(text)
    assert (report.year, report.period, report.report_type) == (2021, "multi_year", "duty_report")
    assert (report.speaker, report.org_level) == ("individual", "county")
    assert report.sections[-1].kind == "closing" and report.closing == "以上报告，请予审议。"
    assert [s.heading for s in report.sections[1:3]] == ["加强理论学习", "狠抓经济发展"]


def test_title_less_text_is_one_report_with_derived_title():
    text = (
        "2022年，在区委的坚强领导下，街道党工委团结带领全街道干部群众攻坚克难。"
        "现将街道上半年工作总结汇报如下：\n一、抓党建促发展\n正文内容说明情况。"
    )
    (report,) = parse(text)
    assert report.title is None
    assert report.display_title == "2022年街道上半年工作总结"
    assert (report.period, report.report_type, report.org_level) == ("half_year", "half_year_summary", "town")


def test_compilation_with_web_noise_between_reports():
    one = f"XX街道2020年工作总结\n{PREAMBLE}\n一、抓实党建工作\n正文。"
    two = f"XX省交通运输厅2020年述职述廉报告\n{PREAMBLE}\n一、强化政治建设\n正文。"
    noise = "【某某素材库】每天更新材料，有意加入请联系客服\n欢迎加入会员群\n"
    reports = parse(f"工作总结汇编（2篇）\n\n{one}\n\n{noise}\n{two}\n")
    assert [r.title for r in reports] == ["XX街道2020年工作总结", "XX省交通运输厅2020年述职述廉报告"]
    assert [r.org_level for r in reports] == ["town", "department"]
    assert reports[1].report_type == "duty_integrity_report"


def test_traditional_text_and_pdf_line_breaks():
    text = (
        "XX鎮2019年工作總結\n一年來，在縣委的堅強領導下，全鎮經濟發展取得新成效。"
        "現將有關情況報告如下：\n一、加強黨的建設\n正文內容。"
    )
    (report,) = parse(text)
    assert report.title == "XX镇2019年工作总结"
    assert report.sections[1].heading == "加强党的建设"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   \n\t　", "empty"),
        ("\x00\x01\x02binary\x03" * 30 + "工作总结", "binary"),
        ("This annual work report describes what the team achieved in 2019. " * 5, "not Chinese"),
        ("2019年工作总结", "too short"),
    ],
)
def test_bad_input_raises_extraction_error_naming_the_reason(text, reason):
    with pytest.raises(ExtractionError, match=reason):
        document_structure(text, "bad")


# Pieces of the genre, so that generated texts have titles, numbering, passages and noise to trip on.
GENRE_PIECES = [
    "XX县2021年工作总结", "述职报告", "\n", "\n\n", "一、", "二、", "（一）", "（二）", "1、", "(1)", "一是", "二是",
    "第一，", "首先，", "其次，", "抓发展。", "全年增长6.1%。", "存在的问题和不足", "还存在一些不足：",
    "下一步，我们将",
    "2023年工作打算", "以上报告，请审议。", "；", "，", "、", "D委", "社市", "××", "１２％", "- 2 -", "点击关注",
    "##paidbegin##", "在县委的坚强领导下，", "本人", "现将有关情况报告如下：", "工作总结汇编（2篇）",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.characters(), min_size=0, max_size=400)
    | st.text(alphabet="一二三是、（）。；：，\n下一步存在问题党委D市社年XX2019报告总结以上", max_size=400)
    | st.lists(st.sampled_from(GENRE_PIECES), max_size=120).map("".join)
)
def test_arbitrary_unicode_only_raises_extraction_error_and_spans_nest(text):
    try:
        document = document_structure(text * 3, "fuzz")
    except ExtractionError:
        return
    size = len(document.cleaned_text)
    for report in document.reports:
        assert 0 <= report.span.start <= report.span.end <= size
        paths = [section.path for section in report.all_sections()]
        assert len(paths) == len(set(paths))
        for section in report.all_sections():
            assert report.span.start <= section.span.start <= section.span.end <= report.span.end
            assert 1 <= section.level <= 3 and section.themes
            for child in section.children:
                assert section.span.start <= child.span.start <= child.span.end <= section.span.end
        for item in (*report.self_criticisms, *report.plans):
            assert report.span.start <= item.span.start <= item.span.end <= report.span.end
            assert item.span.slice(document.cleaned_text) == item.text


def test_inline_continuation_of_a_top_level_numbering_is_a_top_level_section():
    text = "（一）XX县2021年工作总结现将有关情况报告如下：（二）" * 3  # found by hypothesis: crashed the outline
    (report,) = document_structure(text, "fuzz").reports
    assert [(s.label, s.level) for s in report.sections] == [("（一）", 1), ("（二）", 1)]


def test_package_never_imports_django():
    code = (
        "import sys, pathlib; from apps.extraction.pipeline import document_structure; "
        "document_structure(pathlib.Path('fixtures/seeds/000_7f86634c6e6bb5ce.txt').read_text(), 'x'); "
        "assert 'django' not in sys.modules, 'django imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(__import__("pathlib").Path(__file__).parents[2]))


def test_numbered_plan_chapter_keeps_its_intro_paragraph_and_items():
    text = (
        f"XX县2022年工作总结\n{PREAMBLE}\n一、经济发展稳中有进\n全年地区生产总值增长6.1%。\n"
        "二、存在的困难和问题\n一是产业结构偏重；二是要素制约突出。\n"
        "三、2023年工作打算\n2023年，我们将重点抓好以下工作：\n（一）稳增长。力争增长6%。\n（二）抓项目。\n"
        "以上报告，请予审议。"
    )
    (report,) = parse(text)
    assert [(s.label, s.kind.value, len(s.children)) for s in report.sections] == [
        ("", "preamble", 0),
        ("一", "achievement", 0),
        ("二", "self_criticism", 2),
        ("三", "plan", 2),
        ("", "closing", 0),
    ]
    assert report.sections[3].body == "2023年，我们将重点抓好以下工作："
    assert [p.text for p in report.plans] == ["稳增长。力争增长6%", "抓项目"]


def test_a_numbered_line_is_one_section_not_also_an_item():
    text = f"XX区2021年工作总结\n{PREAMBLE}\n一、抓发展\n(1)经济总量持续壮大。正文。\n(2)产业结构不断优化。正文。"
    (report,) = parse(text)
    assert [(c.label, c.heading, c.level, len(c.children)) for c in report.sections[1].children] == [
        ("（1）", "经济总量持续壮大", 2, 0),
        ("（2）", "产业结构不断优化", 2, 0),
    ]


def test_inline_labels_continuing_a_numbered_line_are_its_siblings():
    text = (
        f"XX街道2022年工作总结\n{PREAMBLE}\n一、抓党建\n正文。\n二、下一步打算\n"
        "（一）持续抓好党建引领；（二）全力推动经济发展；（三）认真履行主体责任。\n"
        "三、其他\n（一）抓安全。重点是：（1）甲；（2）乙。"
    )
    (report,) = parse(text)
    plan = report.sections[2]
    assert [(c.label, c.heading, c.level) for c in plan.children] == [
        ("（一）", "持续抓好党建引领", 2),
        ("（二）", "全力推动经济发展", 2),
        ("（三）", "认真履行主体责任", 2),
    ]
    assert [(c.label, c.level) for c in report.sections[3].children[0].children] == [("（1）", 3), ("（2）", 3)]


def test_chapters_numbered_anew_after_a_plan_part_heading_are_its_subsections():
    text = (
        f"XX局2022年工作总结和2023年工作计划\n{PREAMBLE}\n一、抓项目\n全年引进项目12个。\n二、抓服务\n正文。\n"
        "同时，我们也清醒认识到，还存在一些不足：项目偏少；服务不优。\n"
        "2023年工作计划\n一、稳增长，力争增长6%。\n二、抓项目，全年引进项目15个。\n"
    )
    (report,) = parse(text)
    assert [(s.label, s.heading, s.kind.value, len(s.children)) for s in report.sections] == [
        ("", "", "preamble", 0),
        ("一", "抓项目", "achievement", 0),
        ("二", "抓服务", "achievement", 0),
        ("", "", "self_criticism", 0),
        ("", "2023年工作计划", "plan", 2),
    ]
    assert [c.level for c in report.sections[4].children] == [2, 2]
    assert [i.text for i in report.self_criticisms] == ["项目偏少", "服务不优"]
    assert [p.text for p in report.plans] == ["稳增长，力争增长6%", "抓项目，全年引进项目15个"]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("着力解决突出问题，群众满意度持续提升", "achievement"),  # solving problems is an achievement
        ("聚焦短板弱项，补齐民生欠账", "achievement"),
        ("工作中的不足", "self_criticism"),
        ("存在的突出问题", "self_criticism"),
        ("整改措施", "plan"),
        ("努力方向和改进措施", "plan"),
        ("自己做得不够的地方", "self_criticism"),  # round 5: plain words
        ("工作中还有哪些不足的地方", "self_criticism"),
    ],
)
def test_chapter_kind_comes_from_what_the_heading_names(heading, kind):
    body = "全年为群众解决实际困难126件，办结率100%。"
    (report,) = parse(f"XX县2022年工作总结\n{PREAMBLE}\n一、抓党建\n全年发展党员12名。\n二、{heading}\n{body}")
    assert [(s.path, s.kind) for s in report.sections[1:]] == [("1", "achievement"), ("2", kind)]


def test_a_paragraph_led_by_the_reports_own_year_is_content_unless_it_pledges():
    chapter = (
        "二、抓自身建设\n全年开展警示教育12次。\n2022年，我们继续深化作风建设，查处违反中央八项规定精神问题15起。\n"
    )
    pledge = "2023年，我们将重点抓好以下工作：巩固作风建设成果；推动全面从严治党向纵深发展。"
    (report,) = parse(f"XX县2022年工作总结\n{PREAMBLE}\n一、抓经济\n全年地区生产总值增长6%。\n{chapter}{pledge}")
    assert [(s.path, s.kind) for s in report.sections[1:]] == [
        ("1", "achievement"),
        ("2", "achievement"),
        ("3", "plan"),
    ]
    assert "查处违反中央八项规定精神问题15起" in report.sections[2].body
    assert [p.text for p in report.plans] == ["巩固作风建设成果", "推动全面从严治党向纵深发展"]


def test_problems_the_work_dealt_with_do_not_open_the_self_criticism_passage():
    chapter = (
        "二、抓基层党建\n全年发展党员126名。\n对排查出仍存在问题的15个村党组织逐一制定整改方案，已全部整改到位。\n"
    )
    passage = "在看到成绩的同时，我们也清醒认识到还存在一些不足：基层党建工作不平衡；党员教育管理方式单一。"
    (report,) = parse(f"XX县2022年工作总结\n{PREAMBLE}\n一、抓经济\n全年地区生产总值增长6%。\n{chapter}{passage}")
    assert [s.kind for s in report.sections[1:]] == ["achievement", "achievement", "self_criticism"]
    assert [c.text for c in report.self_criticisms] == ["基层党建工作不平衡", "党员教育管理方式单一"]


def test_an_arabic_chapter_number_before_a_year_is_a_chapter_not_a_decimal():
    text = (
        f"县统计局2022年工作总结\n{PREAMBLE}\n1.统计数据质量稳步提高。全年完成统计报表1860份。\n"
        "3.2亿元的普查经费已全部到位。\n2.存在的问题。统计经费保障不足；基层统计人员流动性大。\n"
        "3.2023年工作打算。一是抓好经济普查；二是提升数据质量。\n"
    )
    (report,) = parse(text)
    chapters = [(s.label, s.kind) for s in report.sections[1:]]
    assert chapters == [("1", "achievement"), ("2", "self_criticism"), ("3", "plan")]
    assert "3.2亿元的普查经费" in report.sections[1].body
    assert [p.text for p in report.plans] == ["抓好经济普查", "提升数据质量"]


@pytest.mark.parametrize(
    ("part", "word"), [("第{}部分　", "部分"), ("第{}章 ", "章"), ("第{}篇：", "篇"), ("第{}部分", "部分")]
)
def test_part_and_chapter_numberings_are_level_one_labels_stripped_from_headings(part, word):
    first, second, third = (part.format(n) for n in "一二三")
    text = (
        f"XX市商务局2023年工作总结\n{PREAMBLE}\n{first}2023年工作回顾\n一、外贸稳中提质\n全年进出口总额增长5.2%。\n"
        f"二、消费持续回暖\n社会消费品零售总额增长7.1%。\n{second}存在的问题\n外贸企业抗风险能力不强；消费新业态培育不足。\n"
        f"{third}2024年工作打算\n（一）稳外贸。力争进出口总额增长5%。\n（二）促消费。举办促消费活动30场。\n"
    )
    (report,) = parse(text)
    parts = [(s.label, s.heading, s.kind, s.level) for s in report.sections[1:]]
    assert parts == [
        (f"第一{word}", "2023年工作回顾", "achievement", 1),
        (f"第二{word}", "存在的问题", "self_criticism", 1),
        (f"第三{word}", "2024年工作打算", "plan", 1),
    ]
    assert [(c.label, c.heading, c.level) for c in report.sections[1].children] == [
        ("一", "外贸稳中提质", 2),
        ("二", "消费持续回暖", 2),
    ]
    assert [c.text for c in report.self_criticisms] == ["外贸企业抗风险能力不强", "消费新业态培育不足"]
    assert [p.text for p in report.plans] == ["稳外贸。力争进出口总额增长5%", "促消费。举办促消费活动30场"]


@pytest.mark.parametrize("hail", ["各位代表！", "同志们！", "各位领导、同志们！"])
def test_a_last_paragraph_hailing_the_audience_is_the_closing(hail):
    thanks = f"{hail}成绩来之不易。在此，我代表区人民政府，向全区广大干部群众表示衷心的感谢！"
    text = (
        f"XX区人民政府2023年工作总结\n{PREAMBLE}\n一、经济稳步增长\n地区生产总值增长5.6%。\n"
        f"二、民生持续改善\n新增就业1.2万人。\n{thanks}\n"
    )
    (report,) = parse(text)
    assert [(s.label, s.kind) for s in report.sections[1:]] == [
        ("一", "achievement"),
        ("二", "achievement"),
        ("", "closing"),
    ]
    assert report.closing == thanks


def test_a_self_criticism_paragraph_closing_the_chapter_before_the_plan_chapter_is_a_passage():
    text = (
        f"XX市委办公室2022年工作总结\n{PREAMBLE}\n一、服务决策\n（一）坚持调研先行，文稿质量提升。起草文稿186篇。\n"
        "二、机关建设\n（一）坚持党建引领，支部更加规范。开展主题党日24次。\n"
        "同时，我们也清醒认识到工作中还存在一些不足。一是调查研究不够深入。二是督查精准度还需提高。\n"
        "三、下一步工作思路\n（一）提升以文辅政水平。提高文稿质量。\n（二）强化督查落实。推动决策落地。\n"
    )
    (report,) = parse(text)
    assert [(s.path, s.label, s.kind) for s in report.sections[1:]] == [
        ("1", "一", "achievement"),
        ("2", "二", "achievement"),
        ("3", "", "self_criticism"),
        ("4", "三", "plan"),
    ]
    assert [len(s.children) for s in report.sections[1:]] == [1, 1, 2, 2]
    assert [c.text for c in report.self_criticisms] == ["调查研究不够深入", "督查精准度还需提高"]
    assert [p.text for p in report.plans] == ["提升以文辅政水平。提高文稿质量", "强化督查落实。推动决策落地"]


@pytest.mark.parametrize(
    ("signoff", "closing"),
    [
        ("\n\n述职人：王XX\n2025年1月10日", "以上报告，请予评议。\n\n述职人：王XX\n2025年1月10日"),
        ("\nXX镇人民政府\n二〇二二年七月五日", "以上报告，请予评议。\nXX镇人民政府\n二〇二二年七月五日"),
        ("\nXX镇党委书记　王XX\n2022年7月", "以上报告，请予评议。\nXX镇党委书记　王XX\n2022年7月"),
    ],
)
def test_a_signoff_is_kept_with_the_closing_out_of_items_and_bodies(signoff, closing):
    text = (
        f"XX镇2024年工作总结\n{PREAMBLE}\n一、主要工作\n（一）产业发展。新引进企业3家。\n"
        "二、下一步打算\n一是抓产业。二是抓治理，选优配强村“两委”班子。\n以上报告，请予评议。" + signoff
    )
    (report,) = parse(text)
    assert [s.kind.value for s in report.sections].count("closing") == 1  # the closing words and the sign-off
    assert [p.text for p in report.plans] == ["抓产业", "抓治理，选优配强村“两委”班子"]
    assert report.sections[2].span.slice(text).endswith("选优配强村“两委”班子。")
    assert report.closing == closing
    assert report.span.slice(text).endswith(closing[-6:])


def test_a_signoff_ends_a_report_so_the_next_title_starts_one():
    report = f"{{}}2022年工作总结\n{PREAMBLE}\n一、主要工作\n新引进企业3家。\n下一步，我们将继续抓好各项工作。\n"
    first, second = parse(report.format("XX镇") + "XX镇人民政府\n2022年12月30日\n" + report.format("XX乡"))
    assert (first.title, second.title) == ("XX镇2022年工作总结", "XX乡2022年工作总结")
    assert first.closing == "XX镇人民政府\n2022年12月30日"
    assert [p.text for p in first.plans] == ["下一步，我们将继续抓好各项工作"]


def test_an_organisation_line_without_a_date_or_signature_is_no_signoff():
    text = (
        f"XX镇2024年工作总结\n{PREAMBLE}\n一、主要工作\n新引进企业3家。\n二、下一步打算\n抓好产业发展。\nXX镇人民政府"
    )
    (report,) = parse(text)
    assert report.closing == ""
    assert report.sections[-1].body == "抓好产业发展。\nXX镇人民政府"


def test_a_part_heading_naming_no_organisation_stays_in_the_report():
    text = (
        f"XX县人民政府2023年工作总结和2024年工作计划\n{PREAMBLE}\n第一篇：2023年工作总结\n一、经济运行稳中向好\n"
        "全县地区生产总值增长6.1%。\n第二篇：2024年工作计划\n一、全力稳增长\n力争地区生产总值增长6%。\n"
    )
    (report,) = parse(text)
    assert [(s.label, s.heading, s.kind.value) for s in report.sections[1:]] == [
        ("第一篇", "2023年工作总结", "achievement"),
        ("第二篇", "2024年工作计划", "plan"),
    ]


def test_a_compiled_report_after_a_part_ordinal_names_its_organisation():
    body = f"\n{PREAMBLE}\n一、主要工作\n新引进企业3家。\n"
    reports = parse(f"第一篇：XX镇2023年工作总结{body}\n第二篇：XX乡2023年工作总结{body}")
    assert [r.title for r in reports] == ["XX镇2023年工作总结", "XX乡2023年工作总结"]


@pytest.mark.parametrize(
    "more", ["（一）建设法治政府。坚持依法行政。", "持续加强政府自身建设，建设人民满意的服务型政府。"]
)
def test_a_hailing_paragraph_in_the_last_chapter_that_more_content_follows_is_no_closing(more):
    text = (
        f"XX县人民政府2023年工作报告\n{PREAMBLE}\n一、全力稳增长\n力争地区生产总值增长6%。\n二、从严抓自身\n"
        f"各位代表！奋斗创造历史，实干成就未来。我们将真抓实干，奋勇争先。\n{more}\n"
        "各位代表！让我们团结一心，为谱写高质量发展新篇章而努力奋斗！"
    )
    (report,) = parse(text)
    assert [s.kind.value for s in report.sections] == ["preamble", "achievement", "achievement", "closing"]
    assert report.sections[2].span.slice(text).endswith(more)
    assert report.closing == "各位代表！让我们团结一心，为谱写高质量发展新篇章而努力奋斗！"


def test_capital_numeral_chapters_from_a_docx():
    text = (
        f"XX市市场监督管理局2023年工作总结\n{PREAMBLE}\n壹、主要工作成效\n一是经营主体持续壮大。新登记经营主体4.26万户。\n"
        "贰、存在的问题\n一是监管力量不足；二是经费保障不足。\n叁、2024年工作打算\n（一）优化营商环境。\n（二）严守安全底线。\n"
    )
    (report,) = parse(text)
    assert [(s.label, s.heading, s.kind.value) for s in report.sections[1:]] == [
        ("壹", "主要工作成效", "achievement"),
        ("贰", "存在的问题", "self_criticism"),
        ("叁", "2024年工作打算", "plan"),
    ]
    assert [s.ordinal for s in report.sections[1:]] == [1, 2, 3]
    assert [i.text for i in report.self_criticisms] == ["监管力量不足", "经费保障不足"]


def test_markdown_kept_by_a_web_copy_is_furniture():
    text = (
        "# XX县住房和城乡建设局2022年工作总结\n（责任编辑：王XX）\n"
        f"{PREAMBLE}\n## 一、工作开展情况\n**（一）城市更新有序推进。** 改造老旧小区23个。\n"
        "## 二、存在的问题\n**一是**排水防涝能力不足。**二是**服务意识有待提高。\n"
        "## 三、2023年工作计划\n1. **扎实推进城市更新。** 改造老旧小区30个。\n2. **强化市场监管。** 遏制事故发生。\n"
    )
    document = document_structure(text, "snippet")
    (report,) = document.reports
    assert report.title == "XX县住房和城乡建设局2022年工作总结"
    assert not any(mark in document.cleaned_text for mark in ("#", "*", "责任编辑"))
    assert [s.heading for s in report.sections[1].children] == ["城市更新有序推进"]
    assert [i.text for i in report.self_criticisms] == ["排水防涝能力不足", "服务意识有待提高"]
    assert [i.text for i in report.plans] == ["扎实推进城市更新。改造老旧小区30个", "强化市场监管。遏制事故发生"]


def test_paren_parts_numbered_anew_under_unnumbered_heading_lines_are_their_subsections():
    text = (
        f"XX区纪委监委2024年上半年工作总结\n{PREAMBLE}\n（一）深化政治监督。发现问题63个。\n（二）严惩腐败。立案54件。\n"
        "短板和弱项\n在看到成绩的同时，我们也清醒认识到，工作中还存在一些短板和弱项：\n"
        "（一）监督的精准性还不够。\n（二）基层监督力量薄弱。\n下半年工作思路\n（一）强化政治监督。\n（二）加强队伍建设。\n"
    )
    (report,) = parse(text)
    assert [(s.label, s.heading, s.kind.value, len(s.children)) for s in report.sections] == [
        ("", "", "preamble", 0),
        ("（一）", "深化政治监督", "achievement", 0),
        ("（二）", "严惩腐败", "achievement", 0),
        ("", "短板和弱项", "self_criticism", 2),
        ("", "下半年工作思路", "plan", 2),
    ]
    assert [i.text for i in report.self_criticisms] == ["监督的精准性还不够", "基层监督力量薄弱"]
    assert [p.text for p in report.plans] == ["强化政治监督", "加强队伍建设"]


@pytest.mark.parametrize("heading", ["问题", "存在的不足", "不足之处"])
def test_a_run_in_criticism_heading_opening_a_paragraph_of_items_is_the_problems_part(heading):
    text = (
        f"XX村党支部2024年工作总结\n{PREAMBLE}\n一、抓好班子队伍\n召开支委会12次。\n二、为群众办实事\n硬化道路2.3公里。\n"
        f"{heading}：1.集体经济底子薄。2.党员队伍老化。\n打算：1.发展大棚蔬菜。2.注重发展党员。\n"
    )
    (report,) = parse(text)
    assert [(s.heading, s.kind.value, len(s.children)) for s in report.sections[3:]] == [
        (heading, "self_criticism", 2),
        ("打算", "plan", 2),
    ]
    assert [i.text for i in report.self_criticisms] == ["集体经济底子薄", "党员队伍老化"]


def test_a_run_in_heading_naming_work_done_on_problems_is_no_problems_part():
    text = (
        f"XX村党支部2024年工作总结\n{PREAMBLE}\n一、抓好班子队伍\n召开支委会12次。\n"
        "问题整改：1.整改问题12个。2.建立台账。\n"
    )
    (report,) = parse(text)
    assert [s.kind.value for s in report.sections] == ["preamble", "achievement"]


def test_parallel_run_in_headings_divide_a_report_without_numbered_chapters():
    text = (
        "XX镇镇长2022年度述职述廉报告\n现将本人履职情况报告如下。\n2022年，本人认真履行职责。\n"
        "抓经济，稳增长。全镇地区生产总值增长6.2%。\n总的来看，成效明显。全年完成投资9.4亿元。\n"
        "抓民生，补短板。新建农村公路26公里。\n"
    )
    (report,) = parse(text)
    assert [(s.heading, s.kind.value) for s in report.sections] == [
        ("", "preamble"),
        ("抓经济，稳增长", "achievement"),
        ("", "achievement"),
        ("抓民生，补短板", "achievement"),
    ]
    assert "2022年，本人认真履行职责。" in report.preamble


def test_a_lone_short_opening_sentence_is_no_heading():
    text = (
        "XX镇2022年工作总结\n2022年，XX镇党委、政府团结带领全镇干部群众，较好完成了全年各项目标任务。\n"
        "总的来看，成效明显。全年完成投资9.4亿元，新引进企业11家。\n与此同时，短板犹存。新建农村公路26公里。\n"
    )
    (report,) = parse(text)
    assert [s.heading for s in report.sections] == ["", "", ""]


def test_a_one_sentence_promise_to_mend_the_shortcomings_is_closing_words_not_a_plan():
    problems = "不足之处：一是理论学习不够系统；二是深入村组调研不够。\n"
    pledge = "今后，本人将认真查找不足，切实加以改进，努力做一名让群众满意的镇长。\n以上报告，请予评议。\n"
    text = f"XX镇镇长2022年度述职述廉报告\n{PREAMBLE}\n一、抓经济\n全镇地区生产总值增长6.2%。\n{problems}{pledge}"
    (report,) = parse(text)
    assert [s.kind.value for s in report.sections][-2:] == ["self_criticism", "closing"]
    assert report.closing == pledge.strip()
    assert report.plans == ()
    plan = "今后，本人将加快推进项目建设。确保全年目标完成，切实加以改进营商环境。\n以上报告，请予评议。\n"
    (report,) = parse(text.replace(pledge, plan))
    assert [p.text for p in report.plans] == ["今后，本人将加快推进项目建设。确保全年目标完成，切实加以改进营商环境"]
