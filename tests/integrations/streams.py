"""Reading streamed export responses in tests."""

from __future__ import annotations

import csv
import io

import orjson


def body_of(response) -> bytes:
    assert response.streaming, "exports are streamed"
    return b"".join(response.streaming_content)


def csv_rows(response) -> list[dict[str, str]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(body_of(response).decode("utf-8"))))


def ndjson_rows(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-ndjson"
    return [orjson.loads(line) for line in body_of(response).splitlines()]
