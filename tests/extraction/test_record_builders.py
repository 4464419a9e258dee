"""The positional record builders give the very records the dataclass constructors give, and refuse classes
whose __init__ does more than set fields."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, dataclass, field, replace
from decimal import Decimal

import pytest

from apps.extraction.record_builders import positional_builder
from apps.extraction.records import Metric, Section, Span
from apps.extraction.vocabulary import MetricKind, SectionKind, Theme

METRIC_FIELDS = (
    *("生产总值", "12.5", Decimal("12.5"), "亿元", False, MetricKind.AMOUNT, "约", "前三季度", "", True),
    *(Decimal("1250000000"), "元", "2.1", "前三季度，完成生产总值约12.5亿元。", Span(3, 14)),
)


def test_a_built_metric_is_the_constructed_one():
    built = positional_builder(Metric)(*METRIC_FIELDS)
    made = Metric(*METRIC_FIELDS)
    assert type(built) is Metric
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    assert pickle.loads(pickle.dumps(built)) == made
    assert replace(built, name="地区生产总值") == replace(made, name="地区生产总值")


def test_a_built_record_stays_frozen():
    span = positional_builder(Span)(3, 14)
    text = "前三季度，完成生产总值约12.5亿元。"
    assert span == Span(3, 14) and span.slice(text) == text[3:14]
    with pytest.raises(FrozenInstanceError):
        span.start = 4  # type: ignore[misc]


def test_every_field_is_given_even_one_with_a_default():
    child = Section("1.1", 2, 1, "（一）", "抓党建", "", SectionKind.ACHIEVEMENT, (Theme.PARTY_BUILDING,), Span(5, 9))
    build = positional_builder(Section)
    assert build(*child.__getstate__()) == child
    with pytest.raises(TypeError):
        build("1.1", 2, 1, "（一）", "抓党建", "", SectionKind.ACHIEVEMENT, (Theme.PARTY_BUILDING,), Span(5, 9))


@dataclass(frozen=True)
class _NoSlots:
    value: int


@dataclass(slots=True)
class _NotFrozen:
    value: int


@dataclass(frozen=True, slots=True)
class _Checked:
    value: int

    def __post_init__(self) -> None:
        if self.value < 0:
            raise ValueError("negative")


@dataclass(frozen=True, slots=True)
class _Derived:
    value: int
    twice: int = field(init=False, default=0)


@dataclass(frozen=True, slots=True)
class _Clashing:
    cls: str


@pytest.mark.parametrize("cls", [_NoSlots, _NotFrozen, _Checked, _Derived, _Clashing, dict])
def test_classes_whose_init_does_more_are_refused(cls):
    with pytest.raises(TypeError):
        positional_builder(cls)
