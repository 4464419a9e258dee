"""The compose app's gunicorn command and health check, run for real against the test database."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from urllib.parse import quote

import pytest
import yaml
from django.db import connection

from tests.conftest import ROOT
from tests.test_settings import PRODUCTION, SETTINGS_VARIABLES

COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
COMPOSE_PORT = "8000"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def url_of_the_test_database() -> str:
    db = connection.settings_dict
    host = quote(str(db["HOST"]), safe="")  # a Unix socket folder, percent-encoded as dj-database-url expects
    return f"postgres://{db['USER']}@{host}:{db['PORT']}/{db['NAME']}"


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs) -> None:
        return None


@pytest.fixture
def gunicorn(db) -> Iterator[int]:
    """The compose command's gunicorn invocation, on a free loopback port, in production settings."""
    port = free_port()
    command = COMPOSE["services"]["app"]["command"][-1].split("exec ", 1)[1].split()
    command = [arg.replace(f"0.0.0.0:{COMPOSE_PORT}", f"127.0.0.1:{port}") for arg in command]
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    env |= {**PRODUCTION, "DATABASE_URL": url_of_the_test_database(), "ALLOWED_HOSTS": "localhost,127.0.0.1"}
    env |= {"WEB_CONCURRENCY": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", *command], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        wait_until_listening(port, server)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=15)


def wait_until_listening(port: int, server: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            output = server.stdout.read()
            pytest.fail(f"{server.args[1:]} exited with {server.returncode}:\n{output.decode(errors='replace')}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    pytest.fail(f"{server.args[1:]} did not listen on port {port} within {seconds} s")


def test_gunicorn_serves_healthz_over_plain_http(gunicorn: int) -> None:
    status, _, body = get(f"http://127.0.0.1:{gunicorn}/healthz")
    assert status == 200
    assert json.loads(body) == {"status": "ok", "database": "ok"}


def test_the_compose_health_check_command_passes(gunicorn: int) -> None:
    check = [
        arg.replace(f"localhost:{COMPOSE_PORT}", f"localhost:{gunicorn}")
        for arg in COMPOSE["services"]["app"]["healthcheck"]["test"][1:]
    ]
    assert check[0] == "python"
    assert subprocess.run([sys.executable, *check[1:]], timeout=30).returncode == 0


def test_production_redirects_other_plain_http_requests_to_https(gunicorn: int) -> None:
    status, headers, _ = get(f"http://127.0.0.1:{gunicorn}/admin/")
    assert status == 301
    assert headers["Location"].startswith("https://")
