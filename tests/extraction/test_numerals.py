"""Chinese numeral parsing, shared by the outline (labels) and the metric finder."""

import pytest

from apps.extraction.numerals import parse_chinese_int


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("九十九", 99),
        ("一百零五", 105),
        ("一千二百", 1200),
        ("两万", 20_000),
        ("二十万零五", 200_005),
        ("一亿两千万", 120_000_000),
        ("3万", 30_000),
        ("1万5千", 15_000),
        ("二〇一九", 2019),
        ("二○二三", 2023),
        ("42", 42),
    ],
)
def test_parses_numerals(text, value):
    assert parse_chinese_int(text) == value


@pytest.mark.parametrize("text", ["", "abc", "十九大x", "年"])
def test_rejects_non_numerals(text):
    assert parse_chinese_int(text) is None
