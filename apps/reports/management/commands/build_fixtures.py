"""`manage.py build_fixtures SEEDS_DIR`: rebuild the committed fixtures from the seed report texts."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from apps.extraction import ExtractionError, ParsedDocument, extract_document
from apps.reports.fixture_build import fixture_json
from apps.reports.report_files import report_text

FIXTURE_NAME = "seed_reports.json"


class Command(BaseCommand):
    help = (
        f"Run the extraction over every *.txt in SEEDS_DIR (sorted by name) and write {FIXTURE_NAME} "
        "for loaddata; the same texts always give a byte-identical file."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("seeds_dir", type=Path, metavar="SEEDS_DIR")
        parser.add_argument(
            "--output", type=Path, default=settings.BASE_DIR / "fixtures", help="folder to write into (./fixtures/)"
        )

    def handle(self, *args, seeds_dir: Path, output: Path, **options) -> None:
        texts = sorted(seeds_dir.glob("*.txt"))
        if not texts:
            raise CommandError(f"no *.txt report texts in {seeds_dir}")
        documents = [_parsed(path) for path in texts]
        target = output / FIXTURE_NAME
        _write_atomically(target, fixture_json(documents))
        reports = sum(len(d.reports) for d in documents)
        self.stdout.write(f"wrote {target}: {len(documents)} sources / {reports} reports")


def _parsed(path: Path) -> ParsedDocument:
    try:
        return extract_document(report_text(path), path.name)
    except (ExtractionError, UnicodeDecodeError) as exc:
        raise CommandError(f"{path}: {exc}") from exc


def _write_atomically(target: Path, content: str) -> None:
    # A half-written fixture would be committed or loaded as if it were whole.
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
