"""Settings behaviour, each case in a fresh interpreter with a controlled environment."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys

import pytest

from tests.conftest import ROOT

# Every variable the settings read, so a developer's shell cannot leak into a case.
SETTINGS_VARIABLES = (
    "DATABASE_URL",
    "SECRET_KEY",
    "DEBUG",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "CORS_ALLOWED_ORIGINS",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "TEST_DATABASE_NAME",
    "LOG_LEVEL",
    "DJANGO_SETTINGS_MODULE",
)
PRODUCTION = {
    "DATABASE_URL": "postgres://reportapi:secret@db:5432/reportapi",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "reports.example.org,localhost",
}
PROBE = """
import json
from reportapi import settings as s
print(json.dumps({
    "DEBUG": s.DEBUG,
    "ALLOWED_HOSTS": s.ALLOWED_HOSTS,
    "CORS_ALLOWED_ORIGINS": s.CORS_ALLOWED_ORIGINS,
    "DATABASE": {k: s.DATABASES["default"].get(k) for k in ("ENGINE", "NAME", "HOST", "PORT", "TEST")},
    "SECURE_SSL_REDIRECT": s.SECURE_SSL_REDIRECT,
    "SESSION_COOKIE_SECURE": s.SESSION_COOKIE_SECURE,
}, default=str))
"""


def run_python(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=120
    )


def settings_under(**env: str) -> dict:
    probe = run_python(["-c", PROBE], **env)
    assert probe.returncode == 0, probe.stderr
    return json.loads(probe.stdout)


def test_production_refuses_to_start_without_secret_key() -> None:
    probe = run_python(["-c", PROBE], DATABASE_URL=PRODUCTION["DATABASE_URL"])
    assert probe.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in probe.stderr


def test_debug_off_without_database_url_still_needs_a_secret_key() -> None:
    probe = run_python(["-c", PROBE], DEBUG="0")
    assert probe.returncode != 0
    assert "SECRET_KEY must be set" in probe.stderr


@pytest.mark.parametrize("url", ["sqlite:///db.sqlite3", "mysql://u:p@localhost/reportapi"])
def test_only_postgresql_database_urls_are_accepted(url: str) -> None:
    probe = run_python(["-c", PROBE], DATABASE_URL=url, SECRET_KEY=PRODUCTION["SECRET_KEY"])
    assert probe.returncode != 0
    assert "PostgreSQL only" in probe.stderr


def test_a_database_url_means_production_defaults() -> None:
    values = settings_under(**PRODUCTION)
    assert values["DEBUG"] is False
    assert values["ALLOWED_HOSTS"] == ["reports.example.org", "localhost"]
    assert values["DATABASE"]["HOST"] == "db"
    assert values["DATABASE"]["NAME"] == "reportapi"
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SESSION_COOKIE_SECURE"] is True


def test_production_hosts_default_to_none_allowed() -> None:
    env = {k: v for k, v in PRODUCTION.items() if k != "ALLOWED_HOSTS"}
    assert settings_under(**env)["ALLOWED_HOSTS"] == []


def test_environment_lists_and_switches_are_read() -> None:
    values = settings_under(
        **PRODUCTION,
        DEBUG="true",
        CORS_ALLOWED_ORIGINS="https://a.example.org, https://b.example.org",
        SECURE_SSL_REDIRECT="0",
        TEST_DATABASE_NAME="test_settings_probe",
    )
    assert values["DEBUG"] is True
    assert values["CORS_ALLOWED_ORIGINS"] == ["https://a.example.org", "https://b.example.org"]
    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["DATABASE"]["TEST"] == {"NAME": "test_settings_probe"}


def test_without_database_url_the_embedded_server_is_used_in_debug() -> None:
    values = settings_under()
    assert values["DEBUG"] is True
    assert values["DATABASE"]["ENGINE"] == "django.db.backends.postgresql"
    assert values["DATABASE"]["NAME"] == "reportapi"
    assert values["DATABASE"]["HOST"].startswith("/"), "the embedded server is reached over a Unix socket"


def test_check_deploy_is_silent_with_production_values() -> None:
    check = run_python(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], **PRODUCTION)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "System check identified no issues (0 silenced)." in check.stdout
    assert "WARNING" not in check.stdout + check.stderr


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("DEBUG", "maybe", "DEBUG must be one of 1/0"),
        ("SECURE_SSL_REDIRECT", "sometimes", "SECURE_SSL_REDIRECT must be one of 1/0"),
        ("SECURE_HSTS_SECONDS", "a year", "SECURE_HSTS_SECONDS must be a whole number"),
    ],
)
def test_a_malformed_value_stops_start_up_naming_the_variable(variable: str, value: str, message: str) -> None:
    probe = run_python(["-c", PROBE], **PRODUCTION, **{variable: value})
    assert probe.returncode != 0
    assert message in probe.stderr
