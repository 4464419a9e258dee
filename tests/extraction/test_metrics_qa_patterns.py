"""The metric finder on the patterns a QA pass over unseen report texts found wrong (round 3), field by field.

Sentences written for these tests, in the genre's wording, not copied from any corpus.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from apps.extraction.metrics import find_metrics
from apps.extraction.records import Metric
from apps.extraction.vocabulary import MetricKind

AMOUNT, COUNT, GROWTH, SHARE = MetricKind.AMOUNT, MetricKind.COUNT, MetricKind.GROWTH, MetricKind.SHARE


def metrics_of(text: str) -> list[Metric]:
    return find_metrics(text, 0, len(text), "1")


def fields(metric: Metric) -> tuple:
    return metric.name, metric.raw_value, metric.value, metric.unit, metric.kind


@pytest.mark.parametrize(
    ("text", "name", "unit", "normalized", "base_unit"),  # a rate of a count is a count (人次/日)
    [
        ("新增污水处理能力12万吨/日。", "新增污水处理能力", "万吨/日", "120000", "吨/日"),
        ("全市危险废物利用处置能力达到42万吨/年。", "危险废物利用处置能力", "万吨/年", "420000", "吨/年"),
        ("水库最大下泄流量1260立方米/秒，下游安全。", "水库最大下泄流量", "立方米/秒", "1260", "m³/秒"),
        ("日均客流3.6万人次/日。", "日均客流", "万人次/日", "36000", "人次/日"),
        ("最低工资标准提高到1900元/月。", "最低工资标准", "元/月", "1900", "元/月"),
    ],
)
def test_a_compound_unit_stays_whole(text, name, unit, normalized, base_unit):
    (metric,) = metrics_of(text)
    assert (metric.name, metric.unit, metric.kind) == (name, unit, COUNT if "次" in unit else AMOUNT)
    assert (metric.normalized_value, metric.base_unit) == (Decimal(normalized), base_unit)
