"""Small builders for valid report rows, saved with the ORM; keyword overrides make them invalid on purpose.

They bypass the writer deliberately: the constraint tests must show the database itself refuses bad rows.
"""

from __future__ import annotations

import hashlib
import itertools
from decimal import Decimal

from apps.reports.models import Metric, PlanItem, Report, Section, SelfCriticismItem, SourceDocument

_numbers = itertools.count(1)


def source_row(**overrides) -> SourceDocument:
    n = next(_numbers)
    text = f"2018年度领导班子工作总结 {n}"
    fields = {
        "file_name": f"source-{n}.txt",
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "raw_text": text,
        "cleaned_text": text,
    }
    return SourceDocument.objects.create(**{**fields, **overrides})


def report_row(source: SourceDocument, **overrides) -> Report:
    fields = {
        "index": 0,
        "title": "2018年度领导班子工作总结",
        "display_title": "2018年度领导班子工作总结",
        "year": 2018,
        "period": "annual",
        "report_type": "work_summary",
        "org_level": "district",
        "speaker": "collective",
        "span_start": 0,
        "span_end": len(source.cleaned_text),
    }
    return Report.objects.create(source=source, **{**fields, **overrides})


def section_row(report: Report, **overrides) -> Section:
    fields = {
        "path": "1",
        "level": 1,
        "ordinal": 1,
        "label": "一",
        "heading": "加强理论学习",
        "kind": "achievement",
        "span_start": 0,
        "span_end": 5,
    }
    return Section.objects.create(report=report, **{**fields, **overrides})


def metric_row(section: Section, **overrides) -> Metric:
    fields = {
        "ordinal": 1,
        "name": "生产总值",
        "raw_value": "12.5",
        "value": Decimal("12.5"),
        "masked": False,
        "unit": "亿元",
        "normalized_value": Decimal("1250000000"),
        "base_unit": "元",
        "kind": "amount",
        "sentence": "完成生产总值12.5亿元。",
        "span_start": 0,
        "span_end": 5,
    }
    return Metric.objects.create(report=section.report, section=section, **{**fields, **overrides})


def criticism_row(section: Section, **overrides) -> SelfCriticismItem:
    fields = {"ordinal": 1, "text": "理论学习不够深入", "category": "study", "span_start": 0, "span_end": 5}
    return SelfCriticismItem.objects.create(report=section.report, section=section, **{**fields, **overrides})


def plan_row(section: Section, **overrides) -> PlanItem:
    fields = {"ordinal": 1, "text": "持续加强理论武装", "category": "theory_study", "span_start": 0, "span_end": 5}
    return PlanItem.objects.create(report=section.report, section=section, **{**fields, **overrides})
