"""A fast bulk loader of synthetic metrics (PostgreSQL COPY), for the large-export test and the benchmarks.

Rows are shaped like the genre (names, units, masked figures, periods) but not extracted from text:
the point is volume. Reports and sections go through the ORM (a few hundred rows), metrics through
`COPY … FROM STDIN` (about half a million rows a second).
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from django.db import connection

from apps.reports.models import Metric, Report, Section, SourceDocument

NAMES = ("生产总值", "固定资产投资", "一般公共预算收入", "社会消费品零售总额", "区政府常务会议", "新建道路")
UNITS = ("亿元", "亿元", "万元", "亿元", "次", "公里")
# Every column but the key, in the model's order; each row below is a dict of the same names.
COPY_COLUMNS = [field.column for field in Metric._meta.concrete_fields if not field.primary_key]


def load_metrics(total: int, *, reports: int = 100, tag: str = "bulk") -> list[int]:
    """Store `total` metrics spread evenly over `reports` new reports (years 2015–2024); returns the report ids."""
    report_rows = _reports(reports, tag)
    sections = Section.objects.bulk_create(
        Section(
            report=r, path="1", level=1, ordinal=1, heading="一、工作成效", kind="achievement", span_start=0, span_end=9
        )
        for r in report_rows
    )
    statement = f"COPY {Metric._meta.db_table} ({', '.join(COPY_COLUMNS)}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for n in range(total):
            row = _metric_row(n, report_rows[n % reports].pk, sections[n % reports].pk, n // reports + 1)
            copy.write_row([row[column] for column in COPY_COLUMNS])
    return [r.pk for r in report_rows]


def _reports(count: int, tag: str) -> list[Report]:
    source = SourceDocument.objects.create(
        file_name=f"{tag}.txt", sha256=hashlib.sha256(tag.encode()).hexdigest(), raw_text=tag, cleaned_text=tag
    )
    return Report.objects.bulk_create(
        Report(
            source=source,
            index=i,
            display_title=f"{2015 + i % 10}年度工作总结（{tag} {i}）",
            year=2015 + i % 10,
            period="annual",
            report_type="work_summary",
            org_level=("district", "county", "town", "city")[i % 4],
            speaker="collective",
            span_start=0,
            span_end=100,
        )
        for i in range(count)
    )


def _metric_row(n: int, report_id: int, section_id: int, ordinal: int) -> dict:
    name, unit = NAMES[n % len(NAMES)], UNITS[n % len(UNITS)]
    masked = n % 7 == 0
    value = None if masked else Decimal(n % 1000) + Decimal("0.5")
    raw = "XX" if masked else str(value)
    return {
        "report_id": report_id,
        "section_id": section_id,
        "ordinal": ordinal,
        "name": name,
        "raw_value": raw,
        "value": value,
        "masked": masked,
        "unit": unit,
        "normalized_value": None,
        "base_unit": "",
        "kind": "count" if unit == "次" else "amount",
        "bound": "",
        "period": "" if n % 3 else "全年",
        "rank_scope": "",
        "year_on_year": False,
        "sentence": f"完成{name}{raw}{unit}，同比增长，第{n}句。",
        "span_start": n,
        "span_end": n + 8,
    }
