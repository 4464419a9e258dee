"""The commands start-up scripts run every time: loaddata_if_empty and dev_superuser."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection

from apps.reports.models import Metric, Report, SourceDocument

from .builders import metric_row, report_row, section_row, source_row


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=out)
    return out.getvalue()


@pytest.fixture
def dumped_fixture(db, tmp_path: Path) -> Path:
    """A fixture file of one stored report, with the tables emptied afterwards."""
    metric_row(section_row(report_row(source_row())))
    path = tmp_path / "one_report.json"
    call_command("dumpdata", "reports", output=str(path), verbosity=0)
    SourceDocument.objects.all().delete()
    return path


def test_loaddata_if_empty_loads_into_an_empty_database(dumped_fixture: Path) -> None:
    run("loaddata_if_empty", str(dumped_fixture))
    assert (SourceDocument.objects.count(), Report.objects.count(), Metric.objects.count()) == (1, 1, 1)


def test_loaddata_if_empty_refreshes_planner_statistics(dumped_fixture: Path) -> None:
    """count=estimated reads pg_class.reltuples; right after a first load it must not say 0 or -1."""
    run("loaddata_if_empty", str(dumped_fixture))
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [Metric._meta.db_table])
        assert cursor.fetchone()[0] == 1


def test_loaddata_if_empty_leaves_stored_reports_alone(dumped_fixture: Path) -> None:
    kept = report_row(source_row(), display_title="curated title")
    output = run("loaddata_if_empty", str(dumped_fixture))
    assert "already stored" in output
    assert list(Report.objects.values_list("pk", "display_title")) == [(kept.pk, "curated title")]


def test_loaddata_if_empty_names_a_missing_fixture(db) -> None:
    with pytest.raises(CommandError, match="no_such_fixture"):
        run("loaddata_if_empty", "no_such_fixture")


def test_dev_superuser_is_created_once_with_debug_on(db, settings) -> None:
    settings.DEBUG = True
    assert "admin / admin" in run("dev_superuser")
    assert "exists already" in run("dev_superuser")
    user = get_user_model().objects.get()
    assert user.is_superuser and user.check_password("admin")


def test_dev_superuser_is_refused_with_debug_off(db, settings) -> None:
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG off"):
        run("dev_superuser")
    assert not get_user_model().objects.exists()


def test_dev_superuser_will_not_promote_an_existing_plain_user(db, settings) -> None:
    settings.DEBUG = True
    get_user_model().objects.create_user("admin", "", "their own password")
    with pytest.raises(CommandError, match="without superuser rights"):
        run("dev_superuser")
    assert not get_user_model().objects.filter(is_superuser=True).exists()
