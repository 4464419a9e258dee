"""What the metric finder's field-level tests share: the kinds by short name, the finder over a whole text,
and a metric's fields picked by name."""

from __future__ import annotations

from apps.extraction.metrics import find_metrics
from apps.extraction.records import Metric
from apps.extraction.vocabulary import MetricKind

AMOUNT, COUNT, GROWTH, SHARE, RANK = (
    MetricKind.AMOUNT,
    MetricKind.COUNT,
    MetricKind.GROWTH,
    MetricKind.SHARE,
    MetricKind.RANK,
)


def metrics_of(text: str, path: str = "1") -> list[Metric]:
    """The metrics of the whole text, read as one section at `path`."""
    return find_metrics(text, 0, len(text), path)


def fields(metric: Metric, *names: str) -> tuple:
    return tuple(getattr(metric, name) for name in names)
