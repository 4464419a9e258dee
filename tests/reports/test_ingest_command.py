"""`manage.py ingest`: idempotent, one transaction per source, bad files named and skipped."""

from __future__ import annotations

import shutil
from io import StringIO
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from apps.reports.models import Report, SourceDocument
from tests.conftest import SEED_REPORTS, SEED_SOURCES, SEEDS_DIR

from .snapshots import row_counts, stored_rows


def ingest(*paths: Path, progress: bool = False) -> SimpleNamespace:
    out, err = StringIO(), StringIO()
    args = [str(p) for p in paths] + ([] if progress else ["--no-progress"])
    try:
        call_command("ingest", *args, stdout=out, stderr=err)
        failed = None
    except CommandError as exc:
        failed = exc
    return SimpleNamespace(out=out.getvalue(), err=err.getvalue(), failed=failed)


@pytest.fixture
def bad_folder(tmp_path: Path, seed_paths: list[Path]) -> Path:
    """Two good reports (one as .md, one in a subfolder) beside three bad files."""
    folder = tmp_path / "incoming"
    (folder / "2019").mkdir(parents=True)
    shutil.copy(seed_paths[0], folder / "good.md")
    shutil.copy(seed_paths[1], folder / "2019" / "good.txt")
    (folder / "gbk.txt").write_bytes("2018年度工作总结".encode("gbk"))
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "shopping.txt").write_text("牛奶两盒，鸡蛋一打。\n", encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not a text file, not picked up")
    return folder


@pytest.mark.django_db
def test_a_folder_of_seeds_is_stored_with_a_summary() -> None:
    result = ingest(SEEDS_DIR)
    assert result.failed is None, result.err
    summary = f"created {SEED_SOURCES} sources / {SEED_REPORTS} reports, skipped 0 already stored, failed 0"
    assert summary in result.out
    assert SourceDocument.objects.count() == SEED_SOURCES
    assert Report.objects.count() == SEED_REPORTS
    assert all(count > 0 for count in row_counts().values()), row_counts()


@pytest.mark.django_db
def test_a_second_run_changes_nothing_and_says_so() -> None:
    ingest(SEEDS_DIR)
    before = stored_rows(), list(Report.objects.values_list("pk", "updated_at"))
    result = ingest(SEEDS_DIR)
    assert result.failed is None
    assert f"created 0 sources / 0 reports, skipped {SEED_SOURCES} already stored, failed 0" in result.out
    assert (stored_rows(), list(Report.objects.values_list("pk", "updated_at"))) == before


@pytest.mark.django_db
def test_the_same_text_twice_in_one_run_is_stored_once(tmp_path: Path, seed_paths: list[Path]) -> None:
    shutil.copy(seed_paths[0], tmp_path / "copy.txt")
    result = ingest(seed_paths[0], tmp_path / "copy.txt")
    assert "created 1 sources" in result.out
    assert "skipped 1 already stored" in result.out
    assert SourceDocument.objects.count() == 1


@pytest.mark.django_db
def test_bad_files_are_named_with_their_reason_and_skipped(bad_folder: Path) -> None:
    result = ingest(bad_folder)
    assert isinstance(result.failed, CommandError)
    assert "3 of 5 files failed" in str(result.failed)
    assert "created 2 sources" in result.out
    assert "failed 3" in result.out
    errors = dict(line.removeprefix("failed ").split(": ", 1) for line in result.err.splitlines())
    assert set(errors) == {str(bad_folder / name) for name in ("gbk.txt", "empty.txt", "shopping.txt")}
    assert errors[str(bad_folder / "gbk.txt")].startswith("not UTF-8 text")
    assert errors[str(bad_folder / "empty.txt")].startswith("not a work report")
    assert errors[str(bad_folder / "shopping.txt")].startswith("not a work report")
    assert sorted(SourceDocument.objects.values_list("file_name", flat=True)) == ["good.md", "good.txt"]


@pytest.mark.django_db
def test_a_missing_path_is_a_failure_not_a_silent_skip(tmp_path: Path) -> None:
    result = ingest(tmp_path / "no-such-report.txt")
    assert result.failed is not None
    assert f"failed {tmp_path / 'no-such-report.txt'}: No such file or directory" in result.err
    assert row_counts() == dict.fromkeys(row_counts(), 0)


@pytest.mark.django_db
def test_a_database_failure_midway_leaves_no_partial_rows(seed_paths: list[Path]) -> None:
    # A real PostgreSQL trigger fails the section inserts, after the source and reports went in.
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE FUNCTION refuse_section() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'section store is read-only'; END $$"
        )
        cursor.execute(
            "CREATE TRIGGER refuse_section BEFORE INSERT ON reports_section "
            "FOR EACH ROW EXECUTE FUNCTION refuse_section()"
        )
    result = ingest(seed_paths[0])
    assert result.failed is not None
    assert "refused by the database: section store is read-only" in result.err
    assert row_counts() == dict.fromkeys(row_counts(), 0)


@pytest.mark.django_db
def test_progress_bar_goes_to_stderr(capsys, seed_paths: list[Path]) -> None:
    result = ingest(*seed_paths[:2], progress=True)
    assert result.failed is None
    bar = capsys.readouterr().err
    assert "ingest" in bar
    assert "2/2" in bar
    assert "created 2 sources" in result.out
