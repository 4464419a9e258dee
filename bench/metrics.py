"""Throughput of the metric finder alone on one core: the cleaned seed reports repeated to at least 4 MB.

Usage: .venv/bin/python bench/metrics.py [--mb 4] [--rounds 3] [--corpus seeds|real-numbers]. The texts
are cleaned and outlined once, outside the timing; then `find_metrics` runs the way the pipeline calls it
(each section's own region) and, for comparison, once over each whole text. Prints MB/s of UTF-8 input
per CPU second (process time, so other work on the machine does not skew it; best of the rounds) and
metrics found per second. Budget: about 12 MB/s on the seeds, so that with the other stages (about 100 ms
per MB) the whole pipeline reaches 5.5 MB/s (bench/extract.py).
`--corpus real-numbers` times the report texts with real figures of the metric golden data instead: about
four times as many metrics per MB as the mostly masked seeds, so a slower and more telling figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from apps.extraction.metrics import find_metrics
from apps.extraction.pipeline import document_structure

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {
    "seeds": ROOT / "fixtures" / "seeds",
    "real-numbers": ROOT / "tests" / "extraction" / "golden" / "metrics_real_reports",
}


def _regions(cleaned: str, document) -> list[tuple[int, int, str]]:
    """Each section's own region (its span up to its first child), as the pipeline passes them."""
    regions = []
    for report in document.reports:
        for section in report.all_sections():
            end = section.children[0].span.start if section.children else section.span.end
            regions.append((section.span.start, end, section.path))
    return regions


def _distinct(text: str, copy: int) -> str:
    """A different text per copy (a trailing number without a unit, which is no metric), so caches
    keyed on the text (the finder keeps the current document's quantities) never serve a copy."""
    return f"{text}\n{copy}"


def _time(jobs) -> tuple[float, int]:
    started, found = time.process_time(), 0
    for text, regions in jobs:
        for start, end, path in regions:
            found += len(find_metrics(text, start, end, path))
    return time.process_time() - started, found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=4.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="seeds")
    args = parser.parse_args()
    paths = sorted(CORPORA[args.corpus].glob("*.txt"))
    documents = [document_structure(p.read_text(encoding="utf-8"), p.name) for p in paths]
    seeds = [(d.cleaned_text, _regions(d.cleaned_text, d)) for d in documents]
    seed_bytes = sum(len(text.encode("utf-8")) for text, _ in seeds)
    copies = int(args.mb * 1e6 // seed_bytes + 1)
    megabytes = seed_bytes * copies / 1e6
    print(f"input: {megabytes:.2f} MB of cleaned text ({len(seeds) * copies} documents, {args.corpus})")
    for label, whole in (("per section (pipeline)", False), ("whole text at once    ", True)):
        best, found = float("inf"), 0
        for _ in range(args.rounds):
            jobs = [
                (copy := _distinct(text, number), [(0, len(copy), "")] if whole else regions)
                for number in range(copies)
                for text, regions in seeds
            ]
            seconds, found = _time(jobs)
            best = min(best, seconds)
        print(f"{label}: {megabytes / best:6.2f} MB/s, {found / best:8.0f} metrics/s ({found} metrics)")


if __name__ == "__main__":
    main()
