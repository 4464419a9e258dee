"""Serialises parsed documents to Django fixture JSON that is byte-identical for identical inputs.

Rows come from `services.document_rows` (the writer's own mapping), so a loaded fixture holds exactly
what `source_ingest` would have stored. Primary keys are numbered per model in input order and the
timestamps are fixed, because database-assigned ids and clock times would change on every rebuild.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime

from django.core import serializers
from django.db import models

from apps.extraction import ParsedDocument

from .services import DocumentRows, document_rows

FIXTURE_TIMESTAMP = datetime(2000, 1, 1, tzinfo=UTC)
TIMESTAMP_FIELDS = ("created_at", "updated_at")


def fixture_json(documents: Iterable[ParsedDocument]) -> str:
    """Fixture JSON (indented, UTF-8 text unescaped, newline-terminated) for the documents' rows."""
    next_pk: defaultdict[type[models.Model], int] = defaultdict(int)
    rows: list[models.Model] = []
    for document in documents:
        rows.extend(_document_objects(document_rows(document)))
    for row in rows:
        next_pk[type(row)] += 1
        row.pk = next_pk[type(row)]
    for row in rows:
        _freeze(row)
    return serializers.serialize("json", rows, indent=2, ensure_ascii=False) + "\n"


def _document_objects(rows: DocumentRows) -> list[models.Model]:
    # Parents before children, so the file reads top-down and loads without deferred checks.
    return [rows.source, *rows.reports, *rows.sections, *rows.metrics, *rows.self_criticisms, *rows.plans]


def _freeze(row: models.Model) -> None:
    """Copy each linked parent's new pk into the foreign key column and pin the timestamps."""
    for model_field in row._meta.concrete_fields:
        if model_field.is_relation and model_field.is_cached(row):
            parent = getattr(row, model_field.name)
            setattr(row, model_field.attname, None if parent is None else parent.pk)
        elif model_field.name in TIMESTAMP_FIELDS:
            setattr(row, model_field.attname, FIXTURE_TIMESTAMP)
