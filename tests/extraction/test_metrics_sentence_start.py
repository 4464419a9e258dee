"""A figure opening its sentence, its line or the region: the finder reads it like any other (it crashed
with IndexError when the sentence's only figure stood first: no clause could open with a period before it)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from apps.extraction import extract_document
from apps.extraction.metrics import find_metrics
from apps.extraction.vocabulary import MetricKind

from .metric_checks import metrics_of


@pytest.mark.parametrize(
    ("text", "name", "value", "unit"),
    [
        ("12个重点项目开工建设。", "重点项目", Decimal(12), "个"),
        ("全年完成投资较多。5个项目建成投产。", "项目", Decimal(5), "个"),
        ("一、抓发展\n3个乡镇完成验收。", "乡镇", Decimal(3), "个"),
        ("XX%的行政村完成改厕。", "行政村", None, "%"),
    ],
)
def test_a_sentence_whose_only_figure_opens_it(text, name, value, unit):
    [metric] = metrics_of(text)
    assert (metric.name, metric.value, metric.unit, metric.period) == (name, value, unit, "")


def test_a_region_that_opens_with_its_figure():
    text = "前三季度，完成投资8亿元。12个项目开工。"
    start = text.index("12")
    [metric] = find_metrics(text, start, len(text), "1.1")
    assert (metric.name, metric.value, metric.kind, metric.span.start) == ("项目", Decimal(12), MetricKind.COUNT, start)


def test_a_report_with_such_a_line_is_extracted():
    text = (
        "XX县2023年工作总结\n一年来，在县委的坚强领导下，我们认真履行职责，圆满完成了全年各项目标任务。\n"
        "一、抓发展\n全年新开工项目较多。\n12个重点项目开工建设。\n"
    )
    [report] = extract_document(text, "x").reports
    assert [(m.name, m.value, m.section_path) for m in report.metrics] == [("重点项目", Decimal(12), "1")]
