"""`GET /healthz`: 200 with the database up, 503 naming the failure when it is unreachable."""

from __future__ import annotations

import json

import pytest

from tests.test_settings import PRODUCTION, run_python

UNREACHABLE_PROBE = """
import django, json
django.setup()
from django.test import Client
response = Client().get("/healthz", HTTP_HOST="localhost")
print(json.dumps({"status": response.status_code, "body": response.json()}))
"""


@pytest.mark.django_db
def test_healthz_reports_app_and_database_ok(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_plain_http_probes_in_production(client, settings) -> None:
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/admin/login/").status_code == 301


@pytest.mark.django_db
def test_healthz_is_read_only(client) -> None:
    assert client.post("/healthz").status_code == 405


def test_healthz_is_503_with_a_reason_when_the_database_is_unreachable() -> None:
    # Port 9 on the loopback refuses connections: a real failed connect, no mocked database.
    env = {**PRODUCTION, "DATABASE_URL": "postgres://reportapi:secret@127.0.0.1:9/reportapi"}
    probe = run_python(["-c", UNREACHABLE_PROBE], **env, DJANGO_SETTINGS_MODULE="reportapi.settings")
    assert probe.returncode == 0, probe.stderr
    answer = json.loads(probe.stdout.strip().splitlines()[-1])
    assert answer["status"] == 503
    assert answer["body"]["status"] == "error"
    assert answer["body"]["database"] == "error"
    assert answer["body"]["reason"].startswith("OperationalError: ")
