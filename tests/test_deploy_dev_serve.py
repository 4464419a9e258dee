"""`python3 dev.py serve` brings the service up with the seeds loaded, the admin reachable, /healthz ok."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator

import pytest
from django.contrib.auth import get_user_model

from apps.reports.models import Metric, PlanItem, Report, Section, SelfCriticismItem, SourceDocument
from tests.conftest import ROOT, SEED_REPORTS, SEED_SOURCES
from tests.test_deploy_gunicorn import free_port, get, url_of_the_test_database, wait_until_listening
from tests.test_settings import SETTINGS_VARIABLES


@pytest.fixture
def served(transactional_db) -> Iterator[int]:
    """dev.py serve against the test database (committed rows, flushed afterwards), on a free port."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    env |= {"DATABASE_URL": url_of_the_test_database(), "DEBUG": "1"}
    server = subprocess.Popen(
        [sys.executable, "dev.py", "serve", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_until_listening(port, server, seconds=120)
        yield port
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGINT)
            server.wait(timeout=30)


def test_serve_loads_the_seeds_and_answers(served: int) -> None:
    status, _, body = get(f"http://127.0.0.1:{served}/healthz")
    assert (status, json.loads(body)) == (200, {"status": "ok", "database": "ok"})
    assert get(f"http://127.0.0.1:{served}/admin/login/")[0] == 200
    assert SourceDocument.objects.count() == SEED_SOURCES
    assert Report.objects.count() == SEED_REPORTS
    for model in (Section, Metric, SelfCriticismItem, PlanItem):
        assert model.objects.exists(), f"no {model.__name__} rows after the seeds were loaded"
    assert get_user_model().objects.filter(username="admin", is_superuser=True).exists()
