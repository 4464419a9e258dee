"""POST /api/v1/reports/ingest/ through the real pipeline and the one writer."""

from __future__ import annotations

from pathlib import Path

import pytest

from apps.extraction import extract_document
from apps.reports.models import Metric, Report, SourceDocument

from .responses import error_of

URL = "/api/v1/reports/ingest/"


@pytest.fixture
def authed(api, token):
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return api


def _seed(seed_paths: list[Path], prefix: str) -> Path:
    return next(p for p in seed_paths if p.name.startswith(prefix))


def test_text_plain_ingest_creates_then_finds_the_same_reports(authed, seed_paths):
    path = _seed(seed_paths, "000_")
    text = path.read_text(encoding="utf-8")
    parsed = extract_document(text, path.name)
    created = authed.post(f"{URL}?source_name={path.name}", text.encode(), content_type="text/plain; charset=utf-8")
    assert created.status_code == 201, created.content.decode()
    body = created.json()
    assert body["created"] is True and body["source"]["file_name"] == path.name
    assert [r["display_title"] for r in body["reports"]] == [r.display_title for r in parsed.reports]
    assert body["reports"][0]["metric_count"] == len(parsed.reports[0].metrics)
    assert Metric.objects.count() == sum(len(r.metrics) for r in parsed.reports)
    again = authed.post(URL, text.encode(), content_type="text/plain; charset=utf-8")
    assert again.status_code == 200 and again.json()["created"] is False
    assert [r["id"] for r in again.json()["reports"]] == [r["id"] for r in body["reports"]]
    assert SourceDocument.objects.count() == 1


def test_json_ingest_of_a_compilation_gives_its_three_reports(authed, seed_paths):
    path = _seed(seed_paths, "004_")
    response = authed.post(URL, {"text": path.read_text(encoding="utf-8"), "source_name": "汇编.txt"}, format="json")
    assert response.status_code == 201, response.content.decode()
    reports = response.json()["reports"]
    assert len(reports) == 3 and [r["index"] for r in reports] == [0, 1, 2]
    assert {r["source_name"] for r in reports} == {"汇编.txt"}
    assert Report.objects.count() == 3


@pytest.mark.parametrize("text", ["本文系邮箱投稿，仅供学习参考，请勿照搬照抄！", "hello world", "   \n\n  "])
def test_text_that_is_not_a_report_is_400_with_the_reason_and_stores_nothing(authed, text):
    response = authed.post(URL, {"text": text}, format="json")
    error = error_of(response, 400)
    assert error["code"] in {"not_a_report", "blank", "invalid"}
    assert list(error["fields"]) == ["text"] and error["fields"]["text"][0] in error["message"]
    assert not SourceDocument.objects.exists()
