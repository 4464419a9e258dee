"""Cleaning: noise removal, normalisation, and the offset map back to the raw text."""

import textwrap

from apps.extraction.cleaning import clean


def test_drops_watermark_and_ad_lines_and_paid_markers_inside_words():
    raw = (
        "本文系邮箱投稿，仅供学习参考，请勿照搬照抄！\n2020年工作总结\n"
        "个别干部不讲##paidbegin##规矩问题还没有解决。\n"
        "【某某素材库】——每天更新材料1000多篇，有意加入请联系客服\n##paidend##\n"
    )
    assert clean(raw).text == "2020年工作总结\n个别干部不讲规矩问题还没有解决。"


def test_normalises_width_indentation_and_ascii_punctuation():
    raw = "　　一、加强学习\n    全年增长１２．５％，完成＊＊项, 居全县第３位;成绩(试行)\n"
    assert clean(raw).text == "一、加强学习\n全年增长12.5%，完成**项，居全县第3位；成绩（试行）"


def test_keeps_digit_grouping_and_latin_words():
    text = "完成GDP 1,250亿元，PPT设计, DNA检测"
    assert clean(text).text == text


def test_placeholder_glyphs_become_masks_but_circle_zero_in_a_year_stays_a_numeral():
    assert clean("××县○○镇二○一九年工作总结，3×4").text == "XX县XX镇二〇一九年工作总结，3×4"


def test_converts_traditional_text_to_simplified_keeping_offsets():
    raw = "黨委領導班子述職報告\n一年來，在縣委的堅強領導下，我們認真貫徹落實黨的十九大精神。"
    cleaned = clean(raw)
    assert cleaned.text == "党委领导班子述职报告\n一年来，在县委的坚强领导下，我们认真贯彻落实党的十九大精神。"
    assert len(cleaned.text) == len(raw)


def test_leaves_simplified_text_alone():
    text = "著力推进乾坤湾景区建设，干部作风明显好转。"
    assert clean(text).text == text


def test_joins_pdf_hard_line_breaks_including_between_number_and_unit():
    paragraph = "我们坚持以项目建设为抓手，着力推动经济高质量发展，全年共引进项目12个，完成投资8.6亿元，" * 3
    wrapped = "\n".join(textwrap.wrap(paragraph, 30))
    raw = f"XX镇2019年工作总结\n{wrapped}\n一、聚力项目建设\n{wrapped}\n"
    lines = clean(raw).text.split("\n")
    assert lines == ["XX镇2019年工作总结", paragraph, "一、聚力项目建设", paragraph]


def test_does_not_join_ordinary_short_lines():
    raw = "2019年工作总结\n\n一、加强理论学习，提高政治素质\n正文。\n二、坚持第一要务，实现高质量发展\n正文。"
    assert clean(raw).text == raw


def test_every_cleaned_offset_maps_back_to_the_same_character_in_the_raw_text():
    raw = "本文系邮箱投稿，仅供学习参考！\r\n　　2019年工作总结\r\n"
    raw += "不讲##paidbegin##规矩，完成GDP增长" + "\r\n" * 4 + "结束。"
    cleaned = clean(raw)
    assert cleaned.text == "2019年工作总结\n不讲规矩，完成GDP增长\n\n结束。"
    for offset, char in enumerate(cleaned.text):
        if char != "\n":
            assert raw[cleaned.offsets.to_raw(offset)] == char
    start = cleaned.text.index("规矩")
    assert raw[cleaned.offsets.to_raw(start) : cleaned.offsets.to_raw(start + 2, end=True)] == "规矩"
    assert cleaned.offsets.to_raw(len(cleaned.text), end=True) == len(raw)


def test_drops_page_numbers_bylines_and_site_furniture_but_keeps_prose():
    raw = (
        "来源：某某公文网  发布时间：2020-12-28\n一、抓实党建\n- 2 -\n　　－３－\n第2页 共6页\n篇二\n"
        "点击关注，获取更多精品范文！\n资金来源：财政拨款。\n编辑出版年鉴2期。\n"
    )
    assert clean(raw).text == "一、抓实党建\n资金来源：财政拨款。\n编辑出版年鉴2期。"
