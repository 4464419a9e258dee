"""Level-3 items inside paragraphs: the forms of the genre, and what is not an item."""

import pytest

from apps.extraction.item_markers import item_markers, numeral


def labels(text: str) -> list[str]:
    return [marker.label for marker in item_markers(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("总体要求：一是强化学习。二是加强监督；三是严格考核。", ["一是", "二是", "三是"]),
        ("主要是：一是产业结构偏重，二是要素制约突出，三是公共服务不足。", ["一是", "二是", "三是"]),
        ("一要抓项目。二要抓招商。三坚持抓服务。", ["一要", "二要", "三"]),
        ("首先，保障用地。其次，推进规划。再次，保护耕地。最后，优化服务。", ["首先", "其次", "再次", "最后"]),
        ("重点抓好以下工作：（一）抓产业、强实体；（二）抓城建、提品质。", ["（一）", "（二）"]),
        ("第一，坚持学习。第二，坚持实践。", ["第一", "第二"]),
        ("（1）工业项目。（2）农业项目。①新建厂房。", ["（1）", "（2）", "①"]),
        # A pledge's intro runs into its first item after a comma.
        ("2023年，我将带领班子，一是抓项目、促发展；二是抓治理、保稳定。", ["一是", "二是"]),
        ("下一步，我们将着力做好以下工作，一要稳增长，二要促改革，三要惠民生。", ["一要", "二要", "三要"]),
        # Arabic numbering running on inside a paragraph, after a lead-in's colon or a clause end.
        ("下步打算：1.加强学习，提高能力。2.聚焦产业振兴。3.从严管党治党。", ["1", "2", "3"]),
        ("今后工作重点：1、抓项目；2、抓招商；3、抓服务。", ["1", "2", "3"]),
    ],
)
def test_item_forms(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "三年来，全区经济稳步发展。二十大以来，干部作风明显好转。",  # quantities, not items
        "全年完成投资，二是指标之一。",  # a comma opens no sequence with 二是
        "坚持实事求是，一是一的原则贯穿始终。",  # nor with a 一是 that no 二是 follows
        "首先要加强学习，提高能力。",  # 首先 without 其次 is prose
        "这是第一时间的部署，最后一公里的问题得到解决。",
        "全年增长：1.5个百分点。2.3万人参保。",  # figures, not items
        "主要目标是：1.实现收入翻番。",  # a lone 1. starts no list
        "工作要点：2.推进改革。3.优化服务。",  # nor does a count that starts past 1
    ],
)
def test_prose_is_not_items(text):
    assert labels(text) == []


def test_label_end_is_where_the_item_text_starts():
    text = "工作：第一，坚持学习。（二）、抓好落实。"
    assert [text[m.label_end : m.label_end + 2] for m in item_markers(text, 0, len(text))] == ["坚持", "抓好"]


def test_numerals_of_labels():
    assert [numeral(label) for label in ("一是", "十是", "十二是", "二十是", "二十三是", "（四）", "①")] == [
        1, 10, 12, 20, 23, 4, 0,
    ]  # fmt: skip
