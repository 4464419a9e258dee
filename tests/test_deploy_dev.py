"""dev.py's command line and its promise that a second run reuses the environment."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def dev(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "dev.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_without_a_command_it_prints_usage_and_fails() -> None:
    run = dev()
    assert run.returncode == 2
    assert "python3 dev.py serve [ADDRPORT]" in run.stderr
    assert "python3 dev.py test [PYTEST ARGS]" in run.stderr


def test_help_is_not_an_error() -> None:
    assert dev("--help").returncode == 0


def test_a_second_run_neither_recreates_nor_reinstalls_the_environment() -> None:
    dev("test", "--version")  # the first run may install, if requirements changed since the last one
    again = dev("test", "--version")
    assert "pytest" in again.stdout + again.stderr
    assert "creating .venv" not in again.stdout
    assert "installing requirements" not in again.stdout
