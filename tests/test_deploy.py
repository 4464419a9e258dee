"""The deployment files say what the README says: compose services, ports, health checks, commands, env."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def app_command(compose: dict) -> str:
    return " ".join(compose["services"]["app"]["command"])


def test_db_service_is_postgres_18_with_a_health_check_and_a_volume(compose: dict) -> None:
    db = compose["services"]["db"]
    assert db["image"] == "postgres:18"
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    volume = db["volumes"][0].split(":")[0]
    assert volume in compose["volumes"]


def test_app_waits_for_a_healthy_database(compose: dict) -> None:
    app = compose["services"]["app"]
    assert app["build"] == "."
    assert app["depends_on"] == {"db": {"condition": "service_healthy"}}


def test_app_is_configured_for_production_against_the_db_service(compose: dict) -> None:
    env = compose["services"]["app"]["environment"]
    db_env = compose["services"]["db"]["environment"]
    assert env["DEBUG"] == "0"
    assert "${SECRET_KEY:?" in env["SECRET_KEY"]
    expected_url = rf"postgres://{db_env['POSTGRES_USER']}:.+@db:5432/{db_env['POSTGRES_DB']}"
    assert re.fullmatch(expected_url, env["DATABASE_URL"])
    assert "localhost" in env["ALLOWED_HOSTS"]


def test_app_migrates_loads_seeds_when_empty_then_serves_with_gunicorn(compose: dict) -> None:
    command = app_command(compose)
    steps = ["manage.py migrate", "manage.py loaddata_if_empty", "gunicorn reportapi.wsgi --bind 0.0.0.0:8000"]
    positions = [command.index(step) for step in steps]
    assert positions == sorted(positions)
    assert compose["services"]["app"]["ports"] == ["8000:8000"]


def test_app_health_check_calls_healthz_on_its_port(compose: dict) -> None:
    check = " ".join(compose["services"]["app"]["healthcheck"]["test"])
    assert "http://localhost:8000/healthz" in check


def test_dockerfile_installs_runtime_requirements_and_serves_gunicorn_on_8000() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "pip install -r requirements.txt" in dockerfile
    assert "collectstatic" in dockerfile
    assert "EXPOSE 8000" in dockerfile
    assert '"gunicorn", "reportapi.wsgi", "--bind", "0.0.0.0:8000"' in dockerfile
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".venv", ".data", ".env", ".git"} <= set(ignored)
    assert "fixtures" not in ignored, "the image loads the seed fixtures"


def test_env_example_documents_every_variable_the_settings_read() -> None:
    settings_source = (ROOT / "reportapi" / "settings.py").read_text(encoding="utf-8")
    read = set(re.findall(r'(?:environ\.get|environ\[|env_bool|env_list|env_int)\(?\s*"([A-Z_]+)"', settings_source))
    documented = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(encoding="utf-8"), re.MULTILINE))
    assert {"DATABASE_URL", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "CORS_ALLOWED_ORIGINS"} <= read
    assert read - documented == set()


def test_env_example_documents_every_variable_compose_substitutes(compose: dict) -> None:
    substituted = set(re.findall(r"\$\{([A-Z_]+)", (ROOT / "docker-compose.yml").read_text(encoding="utf-8")))
    documented = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(encoding="utf-8"), re.MULTILINE))
    assert substituted - documented == set()


def test_readme_gives_the_two_commands_and_the_deployment_facts() -> None:
    for fact in ("python3 dev.py serve", "python3 dev.py test", "docker compose up", ":8000", "/healthz"):
        assert fact in README, fact
    assert "build_fixtures fixtures/seeds" in README


def test_ci_runs_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert script.startswith("#!/usr/bin/env bash")
    assert re.search(r"^(exec )?python3 dev\.py test$", script, re.MULTILINE)
    assert (ROOT / ".ci" / "run").stat().st_mode & 0o111
