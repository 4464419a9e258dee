#!/usr/bin/env python3
"""Set up and run reportapi on a fresh machine with nothing but Python 3.11+.

    python3 dev.py serve [ADDRPORT]   # the API on the embedded PostgreSQL, seeds loaded (127.0.0.1:8000)
    python3 dev.py test [PYTEST ARGS] # ruff check, ruff format --check, then the whole pytest suite

Both create `.venv` when it is missing and install `requirements-dev.txt` only when the requirements
files changed since the last install (a hash stamp inside `.venv`), so a second run starts at once.
Only the standard library is used until the virtualenv exists; then the script re-executes inside it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
VENV_PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
STAMP = VENV / ".requirements.sha256"
REQUIREMENTS = ("requirements.txt", "requirements-dev.txt")
DEFAULT_ADDRPORT = "127.0.0.1:8000"
USAGE = __doc__.split("\n\n")[1]


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 — run by whatever python3 a fresh machine has
        sys.exit(f"reportapi needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not argv or argv[0] not in ("serve", "test"):
        print(f"usage:\n{USAGE}", file=sys.stderr)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    environment_ensure()
    if Path(sys.prefix).resolve() != VENV.resolve():
        os.execv(VENV_PYTHON, [str(VENV_PYTHON), str(Path(__file__).resolve()), *argv])
    os.chdir(ROOT)
    command, rest = argv[0], argv[1:]
    if command == "test":
        return test(rest)
    # Everything after the command goes to pytest or runserver untouched (pytest's -k, runserver's --noreload).
    has_addrport = bool(rest) and not rest[0].startswith("-")
    return serve(rest[0] if has_addrport else DEFAULT_ADDRPORT, rest[1:] if has_addrport else rest)


# --- Environment ----------------------------------------------------------------------------------
def environment_ensure() -> None:
    """Create the virtualenv if needed and install the pinned requirements when they changed."""
    if not VENV_PYTHON.exists():
        say(f"creating {VENV.relative_to(ROOT)} with {sys.executable}")
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    wanted = requirements_hash()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    say("installing requirements-dev.txt into .venv (once per change of the requirements files)")
    pip = [str(VENV_PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "--no-input", "-q"]
    installed = subprocess.run([*pip, "-r", str(ROOT / "requirements-dev.txt")])
    if installed.returncode != 0:
        sys.exit(f"dev.py: pip could not install requirements-dev.txt (exit {installed.returncode}); see above")
    STAMP.write_text(wanted + "\n")


def requirements_hash() -> str:
    digest = hashlib.sha256()
    for name in REQUIREMENTS:
        digest.update(name.encode() + b"\0" + (ROOT / name).read_bytes() + b"\0")
    return digest.hexdigest()


# --- Commands (inside the virtualenv) -------------------------------------------------------------
def serve(addrport: str, runserver_args: list[str]) -> int:
    """Prepare the database in this process, then become `manage.py runserver`.

    Django's set-up starts (or joins) the embedded server and registers this process as one of its
    users; exec keeps the process id, so the server stays up between the preparation and the server.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reportapi.settings")
    sys.path.insert(0, str(ROOT))
    import django
    from django.conf import settings
    from django.core.management import CommandError, call_command
    from django.db import DatabaseError

    django.setup()
    try:
        call_command("migrate", interactive=False, verbosity=1)
        call_command("loaddata_if_empty")
        if settings.DEBUG:
            call_command("dev_superuser")
    except (CommandError, DatabaseError) as exc:
        sys.exit(f"dev.py: could not prepare the database: {exc}")
    say(f"serving on http://{addrport}/ (API under /api/, admin under /admin/, health at /healthz)")
    manage = [sys.executable, str(ROOT / "manage.py"), "runserver", addrport, *runserver_args]
    os.execv(sys.executable, manage)
    return 0  # not reached: execv does not return


def test(pytest_args: list[str]) -> int:
    """Run the linters, then pytest last (its summary closes the output); non-zero if any failed."""
    python = sys.executable
    lint_failed = [
        name
        for name, command in (
            ("ruff check", [python, "-m", "ruff", "check", "."]),
            ("ruff format --check", [python, "-m", "ruff", "format", "--check", "."]),
        )
        if subprocess.run(command, cwd=ROOT).returncode != 0
    ]
    if lint_failed:
        say(f"{' and '.join(lint_failed)} failed (see above); running the tests anyway")
    tests = subprocess.run([python, "-m", "pytest", *pytest_args], cwd=ROOT).returncode
    return tests or (1 if lint_failed else 0)


def say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
