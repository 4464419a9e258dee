"""Command line: `python -m apps.extraction FILE [FILE...] [--pretty]` prints a JSON array, one object per report."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .errors import ExtractionError
from .pipeline import extract_document
from .serialize import document_json


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExtractionError("file is not UTF-8 text") from error


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m apps.extraction", description=__doc__)
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON")
    args = parser.parse_args(argv)
    reports: list[dict] = []
    failed = False
    for path in args.files:
        try:
            reports += document_json(extract_document(_read(path), path.name))
        except (ExtractionError, OSError) as error:
            print(f"error: {path}: {error}", file=sys.stderr)
            failed = True
    try:
        json.dump(reports, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:  # the reader left (`| head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit-time flush fails no more
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
