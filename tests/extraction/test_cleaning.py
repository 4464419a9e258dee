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


def test_converts_only_the_traditional_report_of_a_compilation():
    simplified = (
        "XX镇2023年工作总结\n2023年，在县委的坚强领导下，镇党委、政府团结带领全镇干部群众，乾坤湾景区建设加快推进。\n"
    )
    traditional = "XX鄉2023年工作總結\n2023年，XX鄉黨委、政府在縣委的正確領導下，全鄉經濟社會保持平穩健康發展。\n"
    converted = "XX乡2023年工作总结\n2023年，XX乡党委、政府在县委的正确领导下，全乡经济社会保持平稳健康发展。\n"
    cleaned = clean(simplified + traditional + simplified)
    assert cleaned.text == (simplified + converted + simplified).rstrip("\n")
    assert cleaned.offsets.to_raw(len(simplified) + 3) == len(simplified) + 3


def test_a_stray_traditional_character_converts_nothing():
    text = "干部作风明显好转，乾坤湾景区建设顺利，發展态势良好。\n全年完成投资8.6亿元。"
    assert clean(text).text == text


def test_leaves_simplified_text_alone():
    text = "著力推进乾坤湾景区建设，干部作风明显好转。"
    assert clean(text).text == text


def test_joins_pdf_hard_line_breaks_including_between_number_and_unit():
    paragraph = "我们坚持以项目建设为抓手，着力推动经济高质量发展，全年共引进项目12个，完成投资8.6亿元，" * 3
    wrapped = "\n".join(textwrap.wrap(paragraph, 30))
    raw = f"XX镇2019年工作总结\n{wrapped}\n一、聚力项目建设\n{wrapped}\n"
    lines = clean(raw).text.split("\n")
    assert lines == ["XX镇2019年工作总结", paragraph, "一、聚力项目建设", paragraph]


def test_joins_the_wrapped_lines_of_a_short_text_of_short_paragraphs():
    paragraphs = [
        "全年新开工高速公路项目8个，建成通车高速公路326公里，全省高速公路通车里程达到8612公里，新改建农村公路5680公里。",
        "全年完成公路货运量28.6亿吨，增长7.9%；完成港口货物吞吐量4.3亿吨，增长5.2%，建制村快递服务通达率达到100%。",
        "交通基础设施网络还不够完善，部分地区互联互通水平不高；交通建设资金筹措压力较大；行业安全生产形势依然严峻。",
    ]
    headings = ["一、重大项目建设加快推进", "二、运输服务保障能力提升", "三、存在的主要问题"]
    raw = "省交通运输厅2023年工作总结\n"
    for heading, paragraph in zip(headings, paragraphs, strict=True):
        raw += heading + "\n" + "\n".join(textwrap.wrap(paragraph, 34)) + "\n"
    expected = ["省交通运输厅2023年工作总结"] + [
        line for pair in zip(headings, paragraphs, strict=True) for line in pair
    ]
    assert clean(raw).text.split("\n") == expected


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


def test_does_not_join_a_list_of_one_sentence_lines_of_similar_width():
    items = [
        "一是对新形势下农业农村改革发展中的新情况新问题研究还不够深入。",
        "二是深入基层一线调研的次数偏少，指导工作有时存在简单化的现象。",
        "三是对干部职工要求严格有余、关心不够，调动积极性的办法还不多。",
        "一是加强理论学习，不断提高驾驭农业农村工作全局的能力和水平。",
        "二是转变工作作风，坚持把更多时间和精力用在抓工作落实上来。",
        "三是强化班子建设，带出一支懂农业、爱农村、爱农民的工作队伍。",
    ]
    raw = "存在的问题和不足\n" + "\n".join(items[:3]) + "\n今后努力方向\n" + "\n".join(items[3:])
    assert clean(raw).text == raw


def test_joins_a_wrapped_line_before_a_run_in_item_but_not_before_a_chapter_heading():
    lines = [
        "我们的工作虽然取得了一定成绩，但对照上级的要求和群众的期盼还存",
        "在一些问题和不足，需要在今后的工作中认真加以研究解决，主要是：",
        "一是调查研究不够深入，服务决策的前瞻性不强，成果转化还不够多；",
        "二是督查手段比较单一，运用信息化手段开展督查的办法还不多，跟踪",
        "问效不够及时。",
    ]
    paragraph = "".join(lines)
    wrapped = "\n".join(lines)
    raw = f"XX县2021年工作总结\n{wrapped}\n一、加强理论学习\n{wrapped}\n"
    assert clean(raw).text.split("\n") == ["XX县2021年工作总结", paragraph, "一、加强理论学习", paragraph]


def test_a_figure_split_from_its_unit_is_joined_in_wrapped_text_whatever_the_line_width():
    paragraph = "我们坚持以项目建设为抓手，着力推动经济高质量发展，全年共引进项目12个，完成投资8.6亿元，" * 3
    wrapped = "\n".join(textwrap.wrap(paragraph, 30))
    chapter = "一、聚力项目建设\n新开工项目8个，建成道路326\n公里，改造管网12.5公里。\n"
    lines = clean(f"XX镇2019年工作总结\n{wrapped}\n{chapter}").text.split("\n")
    assert lines[-1] == "新开工项目8个，建成道路326公里，改造管网12.5公里。"


def test_a_wrapped_headings_last_words_are_joined_to_it_in_wrapped_text():
    paragraph = "我们坚持以项目建设为抓手，着力推动经济高质量发展，全年共引进项目12个，完成投资8.6亿元，" * 3
    wrapped = "\n".join(textwrap.wrap(paragraph, 40))  # wider than the heading line
    chapter = "一、统筹疫情防控和复工复产，推动文旅市场加快回暖\n复苏\n指导全县景区有序恢复开放。\n"
    chapter += "二、存在的问题\n产业偏弱。\n"
    lines = clean(f"XX县2020年工作总结\n{wrapped}\n{chapter}").text.split("\n")
    assert lines[-4:] == [
        "一、统筹疫情防控和复工复产，推动文旅市场加快回暖复苏",
        "指导全县景区有序恢复开放。",
        "二、存在的问题",
        "产业偏弱。",
    ]


def test_a_short_line_under_a_heading_is_kept_apart_in_unwrapped_text():
    text = "XX县2020年工作总结\n一、推动文旅市场加快回暖\n复苏\n指导全县景区有序恢复开放。\n"
    assert "回暖\n复苏" in clean(text).text


def test_a_wechat_copy_loses_its_bullets_emoji_pictures_captions_and_trailer_but_keeps_masks_and_prose():
    raw = (
        "XX镇2018年工作总结\n■ 一、产业发展提速增效\n🍊 全镇新发展柑橘基地１２００亩。\n"
        "▲ ＸＸ村柑橘基地喜获丰收\n图片\n● 二、民生事业稳步推进\n✅ 完成改厕156户，○○村、✕✕村出列。\n"
        "▲ 图为整治后的村容村貌。新建公厕2座。\n"
        "—END—\n编辑：ＸＸＸ　审核：ＸＸＸ\nＸＸ镇发布　2019-01-08 18:30\n阅读原文"
    )
    assert clean(raw).text == (
        "XX镇2018年工作总结\n一、产业发展提速增效\n全镇新发展柑橘基地1200亩。\n二、民生事业稳步推进\n"
        "完成改厕156户，XX村、XX村出列。\n▲ 图为整治后的村容村貌。新建公厕2座。"
    )


def test_a_wechat_copy_loses_emoji_inside_sentences_and_its_like_buttons_but_keeps_prose_about_likes():
    raw = (
        "XX县2023年工作总结\n地区生产总值突破300亿元🎉，同比增长6.8%；新增学位4300个👏️。\n"
        "“XX好物”直播带货获网友纷纷点赞。\n觉得有用就点个赞吧！\n👍点赞　👀在看　↗️分享"
    )
    cleaned = clean(raw)
    assert cleaned.text == (
        "XX县2023年工作总结\n地区生产总值突破300亿元，同比增长6.8%；新增学位4300个。\n“XX好物”直播带货获网友纷纷点赞。"
    )
    assert cleaned.offsets.to_raw(cleaned.text.index("，同比")) == raw.index("，同比")


def test_a_reposts_original_title_line_holds_the_title_and_the_post_headline_above_it_goes():
    raw = "砥砺奋进2018丨年终总结来啦！\n原标题：XX镇2018年工作总结\n\n2018年，XX镇…。\n"
    assert clean(raw).text == "XX镇2018年工作总结\n\n2018年，XX镇…。"
    prose = "上年工作总结如下。\n原标题：XX镇2018年工作总结\n"  # a sentence above it is no post headline
    assert clean(prose).text == "上年工作总结如下。\nXX镇2018年工作总结"
