"""`manage.py ingest PATH...`: parse and store report files or folders, one transaction per source."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError
from tqdm import tqdm

from apps.extraction import ExtractionError
from apps.reports.report_files import report_paths, report_text
from apps.reports.services import source_ingest


@dataclass
class IngestTally:
    """What a run did, for the summary line and the exit status."""

    sources: int = 0
    reports: int = 0
    skipped: int = 0
    failures: list[tuple[Path, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"created {self.sources} sources / {self.reports} reports, "
            f"skipped {self.skipped} already stored, failed {len(self.failures)}"
        )


class Command(BaseCommand):
    help = (
        "Parse and store report texts (files, or folders searched recursively for *.txt and *.md). "
        "Each source is stored in its own transaction and only once (by SHA-256 of its text); "
        "bad files are listed with the reason and skipped, and make the command exit non-zero."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="report file or folder")
        parser.add_argument("--no-progress", action="store_true", help="do not draw the progress bar")

    def handle(self, *args, paths: list[Path], no_progress: bool, verbosity: int, **options) -> None:
        self.verbosity = verbosity
        tally = IngestTally()
        files = report_paths(paths)
        for path in tqdm(files, desc="ingest", unit="file", file=sys.stderr, disable=no_progress):
            self._ingest_file(path, tally)
        for path, reason in tally.failures:
            self.stderr.write(f"failed {path}: {reason}")
        self.stdout.write(tally.summary())
        if tally.failures:
            raise CommandError(f"{len(tally.failures)} of {len(files)} files failed (listed above)")

    def _ingest_file(self, path: Path, tally: IngestTally) -> None:
        try:
            result = source_ingest(text=report_text(path), source_name=path.name)
        except Exception as exc:  # one bad file (or a parser bug it trips) must not stop the batch
            tally.failures.append((path, failure_reason(exc)))
            return
        if not result.created:
            tally.skipped += 1
            self._say(f"skipped {path}: already stored as source {result.source.pk}")
            return
        tally.sources += 1
        tally.reports += len(result.reports)
        self._say(f"stored {path}: source {result.source.pk}, {len(result.reports)} reports")

    def _say(self, line: str) -> None:
        if self.verbosity >= 2:
            self.stdout.write(line)


def failure_reason(exc: Exception) -> str:
    """A one-line reason a person can act on."""
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, ExtractionError):
        return f"not a work report: {exc}"
    if isinstance(exc, DatabaseError):
        return f"refused by the database: {str(exc).strip().splitlines()[0]}"
    return f"unexpected {type(exc).__name__}: {exc}"
