"""`build_fixtures`: deterministic, equal to the committed file, and loading exactly what ingest stores."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from apps.reports.management.commands.build_fixtures import FIXTURE_NAME
from apps.reports.models import SourceDocument
from tests.conftest import ROOT, SEED_REPORTS, SEED_SOURCES, SEEDS_DIR

from .snapshots import row_counts, stored_rows

COMMITTED = ROOT / "fixtures" / FIXTURE_NAME


def build(output: Path, seeds: Path = SEEDS_DIR) -> Path:
    call_command("build_fixtures", str(seeds), "--output", str(output), stdout=StringIO())
    return output / FIXTURE_NAME


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("fixtures"))


def test_a_rebuild_is_byte_identical(built: Path, tmp_path: Path) -> None:
    assert build(tmp_path).read_bytes() == built.read_bytes()


def test_committed_fixtures_equal_a_rebuild(built: Path) -> None:
    assert COMMITTED.exists(), f"missing {COMMITTED}: run manage.py build_fixtures fixtures/seeds"
    assert COMMITTED.read_bytes() == built.read_bytes(), (
        "fixtures/seed_reports.json is stale: run `manage.py build_fixtures fixtures/seeds` and commit it"
    )


def test_the_fixture_is_readable_json_with_fixed_times(built: Path) -> None:
    text = built.read_text(encoding="utf-8")
    assert "工作总结" in text, "Chinese text is written as is, not as \\u escapes"
    objects = json.loads(text)
    times = {o["fields"][f] for o in objects for f in ("created_at", "updated_at") if f in o["fields"]}
    assert times == {"2000-01-01T00:00:00Z"}
    sources = [o for o in objects if o["model"] == "reports.sourcedocument"]
    assert [o["pk"] for o in sources] == list(range(1, SEED_SOURCES + 1))
    assert [o["fields"]["file_name"] for o in sources] == sorted(p.name for p in SEEDS_DIR.glob("*.txt"))


@pytest.mark.django_db
def test_loading_the_fixture_stores_exactly_what_ingest_stores(built: Path) -> None:
    call_command("loaddata", str(built), verbosity=0)
    assert SourceDocument.objects.count() == SEED_SOURCES
    assert row_counts()["Report"] == SEED_REPORTS
    loaded = stored_rows()
    SourceDocument.objects.all().delete()
    call_command("ingest", str(SEEDS_DIR), "--no-progress", stdout=StringIO(), stderr=StringIO())
    assert stored_rows() == loaded


@pytest.mark.django_db
def test_ingest_after_loading_the_fixture_skips_the_seeds_and_gets_fresh_ids(built: Path, tmp_path: Path) -> None:
    call_command("loaddata", str(built), verbosity=0)
    out = StringIO()
    call_command("ingest", str(SEEDS_DIR), "--no-progress", stdout=out, stderr=StringIO())
    assert f"skipped {SEED_SOURCES} already stored" in out.getvalue()
    # loaddata resets the id sequences, so a new source does not collide with the fixture's ids.
    (tmp_path / "edited.txt").write_text(next(SEEDS_DIR.glob("*.txt")).read_text(encoding="utf-8") + "\n")
    call_command("ingest", str(tmp_path / "edited.txt"), "--no-progress", stdout=out, stderr=StringIO())
    assert SourceDocument.objects.order_by("pk").last().pk == SEED_SOURCES + 1


def test_a_folder_without_texts_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"no \*\.txt report texts"):
        build(tmp_path / "out", seeds=tmp_path)
    assert not (tmp_path / "out").exists()
