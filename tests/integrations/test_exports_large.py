"""A streamed CSV of 100,000+ metrics holds every row (loaded with COPY); memory is measured in bench/export.py."""

from __future__ import annotations

import csv

from apps.reports.models import Metric

from .bulk import load_metrics

ROWS = 100_000


def test_streamed_csv_of_a_large_result_holds_every_row(api, db):
    load_metrics(ROWS, reports=200)
    ids = Metric.objects.order_by("id").values_list("id", flat=True)
    response = api.get("/api/v1/export/metrics.csv", {"fields": "id,value,masked,year"})
    assert response.status_code == 200 and response.streaming
    chunks, rows = 0, []
    for chunk in response.streaming_content:  # read as it is written, batch by batch
        chunks += 1
        rows += csv.reader(chunk.decode("utf-8").splitlines())
    header, body = rows[0], rows[1:]
    assert header == ["id", "year", "value", "masked"]  # in the resource's field order
    assert len(body) == ROWS == Metric.objects.count()
    assert int(body[0][0]) == ids.first() and int(body[-1][0]) == ids.last()
    assert chunks > ROWS // 1000  # never one body in memory
    masked = [row for row in body if row[3] == "true"]
    assert len(masked) == Metric.objects.filter(masked=True).count() > 0
    assert all(row[2] == "" for row in masked)  # masked values stream as empty cells, never 0
