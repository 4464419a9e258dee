"""A digest of the extraction's output on every stored report text, to prove a speed change left it unchanged.

Usage: .venv/bin/python bench/snapshot.py [--save FILE | --check FILE] [--dump DIR]

Serialises the CLI JSON (`serialize.document_json`, as `python -m apps.extraction` prints it) of each text
in `fixtures/seeds/`, `tests/extraction/unseen/` and `tests/extraction/golden/metrics_real_reports/`, and
prints one SHA-256 per text and one over them all. `--save` writes the per-text digests to FILE; `--check`
compares with FILE, names each text whose output moved and exits 1. `--dump` also writes each text's JSON
to DIR (indented, one file per text) so that two runs can be compared with `diff -r`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from apps.extraction.errors import ExtractionError
from apps.extraction.pipeline import extract_document
from apps.extraction.serialize import document_json

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (
    ROOT / "fixtures" / "seeds",
    ROOT / "tests" / "extraction" / "unseen",
    ROOT / "tests" / "extraction" / "golden" / "metrics_real_reports",
)


def _output(path: Path) -> str:
    """The CLI's JSON for one text (or the error it reports), with stable key order."""
    try:
        reports = document_json(extract_document(path.read_text(encoding="utf-8-sig"), path.name))
    except ExtractionError as error:
        reports = {"error": str(error)}
    return json.dumps(reports, ensure_ascii=False, indent=1, sort_keys=True)


def snapshot(dump: Path | None = None) -> dict[str, str]:
    """Per text (relative path): the SHA-256 of its output."""
    digests = {}
    for path in sorted(p for corpus in CORPORA for p in corpus.glob("*.txt")):
        name = str(path.relative_to(ROOT))
        output = _output(path)
        digests[name] = hashlib.sha256(output.encode("utf-8")).hexdigest()
        if dump is not None:
            target = dump / (name.replace("/", "__") + ".json")
            target.write_text(output, encoding="utf-8")
    return digests


def _total(digests: dict[str, str]) -> str:
    return hashlib.sha256("\n".join(f"{k} {v}" for k, v in sorted(digests.items())).encode()).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser()
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--save", type=Path, help="write the per-text digests to this file")
    group.add_argument("--check", type=Path, help="compare with digests saved by --save; exit 1 on a difference")
    parser.add_argument("--dump", type=Path, help="also write each text's JSON output to this directory")
    args = parser.parse_args()
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    digests = snapshot(args.dump)
    for name, digest in digests.items():
        print(f"{digest[:16]}  {name}")
    print(f"{len(digests)} texts, total {_total(digests)}")
    if args.save:
        args.save.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.check:
        expected = json.loads(args.check.read_text(encoding="utf-8"))
        moved = sorted(name for name in expected.keys() | digests.keys() if expected.get(name) != digests.get(name))
        for name in moved:
            print(f"MOVED: {name}")
        print("same output" if not moved else f"{len(moved)} texts moved")
        return 1 if moved else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
