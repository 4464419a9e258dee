"""The metric finder on copies published with their numbers cut: where a deleted number stands, and the
evidence that a copy was cut.

Sentences written for these tests, in the genre's wording, not copied from any corpus.
"""

from __future__ import annotations

import pytest

from .metric_checks import metrics_of

_DELETED_COPY = "全年投入资金万元，群众满意率达%。"  # two certain deletions: a copy published with its numbers cut


@pytest.mark.parametrize(
    ("text", "name", "unit"),
    [
        ("助力优化营商环境，新增市场主体户。", "新增市场主体", "户"),
        ("选派名年轻干部到信访一线挂职锻炼。", "选派年轻干部", "名"),
        ("完成全区个村（社区）“两委”换届。", "村两委换届", "个"),
        ("全县个乡镇完成验收。", "乡镇", "个"),
        ("走访慰问户困难群众。", "走访慰问困难群众", "户"),
    ],
)
def test_a_deleted_number_after_a_verb_or_the_whole_place(text, name, unit):
    (metric,) = metrics_of(_DELETED_COPY + text)[2:]
    assert (metric.name, metric.raw_value, metric.value, metric.unit, metric.masked) == (name, "", None, unit, True)


@pytest.mark.parametrize(
    "text",
    [
        "办理户口迁移手续。",
        "解决次要矛盾。",
        "谱写新的篇章。",
        "规范村级组织名称。",
        "涉及个人隐私。",
        "解决个别问题。",
        "扶持个体户发展。",
        "推进全市场化改革。",
        "创建全国家级示范区。",
        "带动户均增收。",
    ],
)
def test_a_unit_that_makes_a_word_is_no_deleted_number(text):
    assert metrics_of(_DELETED_COPY + text)[2:] == []


def test_three_plain_measure_words_closing_clauses_show_a_copy_with_numbers_cut():
    text = (
        "全镇粮食播种面积XX万亩。新建高标准农田亩，新发展特色种植基地个，培育家庭农场XX个。"
        "救助困难群众人次。完成农村危房改造户。"
    )
    deleted = [(m.name, m.unit) for m in metrics_of(text) if m.raw_value == ""]
    assert deleted == [
        ("新建高标准农田", "亩"),
        ("新发展特色种植基地", "个"),
        ("救助困难群众", "人次"),
        ("农村危房改造", "户"),
    ]


def test_one_plain_measure_word_closing_a_clause_is_no_deletion():
    found = metrics_of("全年粮食播种面积42万亩，精准识别到户。")
    assert found and all(m.raw_value for m in found)  # the figure is read, and 到户 is no deletion
