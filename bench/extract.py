"""Throughput of the extraction pipeline on one core: the seed reports repeated to at least 4 MB.

Usage: .venv/bin/python bench/extract.py [--mb 4]. Prints MB/s (UTF-8 bytes in) for the whole pipeline,
and for the stages before the metric finder, so each side's share of the budget is visible.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from apps.extraction.pipeline import document_structure, extract_document

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def _throughput(run, texts: list[str]) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts)
    started = time.perf_counter()
    for text in texts:
        run(text, "bench")
    return size / 1e6 / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=4.0)
    args = parser.parse_args()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    seed_bytes = sum(len(t.encode("utf-8")) for t in seeds)
    texts = seeds * int(args.mb * 1e6 // seed_bytes + 1)
    total = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"input: {total:.2f} MB ({len(texts)} documents)")
    print(f"without metrics: {_throughput(document_structure, texts):.2f} MB/s")
    try:
        print(f"whole pipeline:  {_throughput(extract_document, texts):.2f} MB/s")
    except NotImplementedError:
        print("whole pipeline:  find_metrics() not implemented yet")


if __name__ == "__main__":
    main()
