"""Splitting a source into reports: title lines, compilation headers, web noise between reports."""

from apps.extraction.cleaning import clean
from apps.extraction.splitting import is_compilation_header, split, title_of

BODY = "一年来，在县委的坚强领导下，我们认真履行职责，圆满完成了全年各项目标任务，现将有关情况报告如下。"


def _titles(text: str) -> list[str | None]:
    return [segment.title for segment in split(clean(text).text)]


def test_titles_with_a_plan_named_after_the_summary():
    title = "XX市统计局2022年上半年工作总结及下半年工作打算"
    assert title_of(title) == title
    assert title_of("XX镇2021年工作总结和2022年工作计划") == "XX镇2021年工作总结和2022年工作计划"
    assert title_of("特此报告") is None
    assert title_of("现将有关情况报告") is None


def test_compilation_headers_name_a_set_of_reports():
    assert is_compilation_header("2020年度乡镇和部门工作总结范文3篇")
    assert is_compilation_header("党委领导班子2023年述职述廉报告汇编（3篇）")
    assert not is_compilation_header("XX镇2020年工作总结")
    assert not is_compilation_header("全年共编发简报3篇，汇编资料2册，报告领导审阅。")


def test_later_named_titles_start_reports_without_an_empty_line_before_them():
    text = (
        f"工作总结范文2篇\n来源：某某公文网  发布时间：2021-01-05\n篇一：XX镇2020年工作总结\n{BODY}\n"
        f"点击关注，获取更多范文\n篇二：XX县交通运输局2020年工作总结\n{BODY}\n- 2 -\n{BODY}\n"
    )
    assert _titles(text) == ["XX镇2020年工作总结", "XX县交通运输局2020年工作总结"]


def test_a_bare_genre_line_inside_a_report_does_not_split_it():
    assert _titles(f"XX乡2020年述职报告\n{BODY}\n述职报告\n{BODY}") == ["XX乡2020年述职报告"]


def test_web_noise_between_reports_is_not_kept_in_either():
    noise = "第1页 共2页\n相关推荐：工作总结范文大全\n（本文来源于网络，如有侵权请联系删除）\n"
    text = f"XX镇2020年工作总结\n{BODY}\n{noise}"
    cleaned = clean(text).text
    (segment,) = split(cleaned)
    assert cleaned[segment.start : segment.end] == f"XX镇2020年工作总结\n{BODY}"


def test_dated_and_subtitle_lines_under_a_title_are_not_content():
    text = f"XX镇人民政府2021年上半年工作总结\n（2021年7月5日）\n——在镇人代会上的报告\n\n{BODY}\n一、抓发展\n正文。"
    (segment,) = split(clean(text).text)
    assert clean(text).text[segment.content_start :].startswith("一年来")
    (numbered,) = split(f"XX镇2021年工作总结\n（一）抓发展。{BODY}")
    assert f"XX镇2021年工作总结\n（一）抓发展。{BODY}"[numbered.content_start :].startswith("（一）")


def test_a_title_right_under_a_title_is_a_part_heading_not_a_report():
    text = f"XX局2022年工作总结和2023年工作计划\n\n2022年工作总结\n\n{BODY}\n\n2023年工作计划\n\n{BODY}"
    assert _titles(text) == ["XX局2022年工作总结和2023年工作计划"]


def test_a_part_heading_naming_a_summary_does_not_start_a_report():
    text = (
        "XX区城市管理局2023年工作总结及2024年工作计划\n\n2023年，区城市管理局认真履职，各项工作取得明显成效。\n\n"
        "第一部分  2023年工作总结\n一、市容环境持续改善。全年清理乱堆乱放3260处。\n"
        "第二部分  2024年工作计划\n一、深化城市精细化管理。力争拆除违法建设100处以上。\n"
    )
    assert title_of("第一部分  2023年工作总结") is None
    assert len(split(clean(text).text)) == 1


REPORT = "一、抓发展\n全年地区生产总值增长6.1%。\n二、抓民生\n新增城镇就业1200人。\n"
PLEDGE = "下一步，我们将聚焦产业发展，推动各项工作再上新台阶。\n"


def test_an_untitled_report_after_a_reports_last_words_starts_a_report():
    opening = "2023年，在县委的坚强领导下，XX乡党委团结带领全乡干部群众，较好完成了全年目标任务。\n"
    text = f"XX镇2023年工作总结\n{BODY}\n{REPORT}{PLEDGE}来源：XX县人民政府网\n{opening}{REPORT}{PLEDGE}"
    segments = split(clean(text).text)
    assert [s.title for s in segments] == ["XX镇2023年工作总结", None]
    cleaned = clean(text).text
    assert cleaned[segments[1].start : segments[1].end].startswith(opening.strip())
    assert segments[1].content_start == segments[1].start


def test_a_salutation_after_closing_words_starts_an_untitled_report():
    closing = "以上报告，请予审议。\n"
    text = f"XX局2023年工作总结\n{BODY}\n{REPORT}{closing}尊敬的各位领导、同志们：\n{BODY}\n{REPORT}{closing}"
    assert _titles(text) == ["XX局2023年工作总结", None]


def test_an_opening_sentence_inside_a_report_starts_no_report():
    opening = "2023年，在县委的坚强领导下，我们继续深化改革。\n"
    # not after a pledge or closing words
    assert _titles(f"XX镇2023年工作总结\n{BODY}\n{REPORT}{opening}三、抓治理\n化解矛盾纠纷86件。\n") == [
        "XX镇2023年工作总结"
    ]
    # no chapters numbered anew after it
    assert _titles(f"XX镇2023年工作总结\n{BODY}\n{REPORT}{PLEDGE}{opening}三、抓治理\n化解矛盾纠纷86件。\n") == [
        "XX镇2023年工作总结"
    ]
    # a pledge of its own (`…领导下，我们将…`)
    pledge = "2024年，在县委的坚强领导下，我们将奋力推动高质量发展。\n"
    assert _titles(f"XX镇2023年工作总结\n{BODY}\n{REPORT}{PLEDGE}{pledge}一、抓项目\n力争投资增长8%。\n") == [
        "XX镇2023年工作总结"
    ]


def test_a_review_of_a_term_is_a_title_alone_and_a_part_after_its_ordinal():
    assert title_of("XX区人民政府2021—2023年工作回顾") == "XX区人民政府2021—2023年工作回顾"
    assert title_of("第一篇：2023年工作回顾") is None  # the first part of a report, not a compiled report
    assert title_of("篇一：XX镇2020年工作总结") == "XX镇2020年工作总结"


def test_a_part_ordinal_is_no_count_of_compiled_reports():
    assert is_compilation_header("乡镇工作总结汇编（3篇）")
    assert is_compilation_header("街道工作总结范文5篇")
    assert not is_compilation_header("第一篇：2023年工作总结")


def test_a_title_written_as_a_dash_subtitle_under_a_headline_starts_a_report_at_its_label_line():
    body = "\n2023年，在县委的坚强领导下，全乡各项工作取得新成效，经济保持良好发展态势。\n一、产业\n新建茶园3000亩。\n"
    text = f"XX镇2023年工作总结{body}XX乡\n凝心聚力谋发展　实干担当开新局\n——XX乡2023年工作总结{body}"
    first, second = split(text)
    assert (first.title, second.title) == ("XX镇2023年工作总结", "XX乡2023年工作总结")
    assert text[first.start : first.end].endswith("新建茶园3000亩。")
    assert text[second.start :].startswith("XX乡\n凝心聚力")
    assert text[second.title_start :].startswith("——XX乡2023年工作总结")
    assert text[second.content_start :].startswith("2023年，在县委")


def test_a_dash_subtitle_under_a_sentence_is_no_title():
    text = "XX镇2023年工作总结\n2023年，全镇各项工作取得新成效，经济社会保持良好发展态势。\n——摘自XX镇2023年工作总结\n"
    assert len(split(text)) == 1


def test_a_signature_and_date_under_the_title_are_header_lines():
    header = "XX镇党委书记2023年度述职报告\n述职人：王XX\n2024年1月10日\n"
    text = header + "2023年，本人在县委的坚强领导下，认真履行职责。\n一、履职\n抓党建。\n"
    (segment,) = split(text)
    assert text[segment.content_start :].startswith("2023年，本人")


def test_an_occasion_subtitle_under_a_headline_is_no_title():
    header = "凝心聚力谋发展　实干担当开新局\n——在区委全会上的述职\n"
    body = "2023年，本人在市委的坚强领导下，认真履行区委书记职责，推动各项工作取得新成效。\n一、履职\n抓党建。\n"
    (headline,) = split(header + "\n" + body)
    assert headline.title == "凝心聚力谋发展　实干担当开新局" and headline.start == headline.title_start == 0
    text = header + "\nXX区委书记2023年度述职报告\n\n" + body
    (titled,) = split(text)
    assert titled.title == "XX区委书记2023年度述职报告" and titled.start == 0
    assert text[titled.title_start :].startswith("XX区委书记") and text[titled.content_start :].startswith("2023年")
    named = "凝心聚力谋发展\n——区委书记　王XX在2023年度述职述廉会议上的报告\n" + body
    assert split(named)[0].title == "凝心聚力谋发展"
    dated = "凝心聚力谋发展\n——XX区2023年工作总结\n" + body  # a title, no occasion
    assert split(dated)[0].title == "XX区2023年工作总结"
