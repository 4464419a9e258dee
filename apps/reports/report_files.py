"""Finds report texts under the paths a command is given, and reads them as UTF-8."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

REPORT_SUFFIXES = frozenset({".txt", ".md"})


def report_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders searched recursively for `*.txt`/`*.md` (hidden entries skipped), sorted.

    A path that does not exist is kept, so the caller reports it as a failed file instead of
    silently ingesting less than asked.
    """
    found: dict[Path, None] = {}
    for path in paths:
        for candidate in _folder_texts(path) if path.is_dir() else [path]:
            found.setdefault(candidate.resolve(), None)
    return list(found)


def _folder_texts(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in REPORT_SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def report_text(path: Path) -> str:
    """The file's text, exactly as stored but for a UTF-8 byte-order mark; UnicodeDecodeError if not UTF-8."""
    return path.read_bytes().decode("utf-8-sig")
