"""Measure ingest speed and memory: extraction and storage per source, over copies of the seed texts.

    .venv/bin/python bench/ingest.py [--copies 20]

Runs in a throw-away database (created and dropped on the same server as the app's), so the
numbers never touch stored data. Each copy gets a distinct trailing line, so every source is new.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reportapi.settings")
os.environ.setdefault("TEST_DATABASE_NAME", "bench_ingest")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=20, help="copies of each seed text (default 20)")
    args = parser.parse_args()

    import django

    django.setup()
    from throwaway_db import throwaway_database

    texts = seed_texts(args.copies)
    with throwaway_database():
        print_numbers(measure(texts), texts)


def seed_texts(copies: int) -> list[tuple[str, str]]:
    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    return [
        (f"{path.stem}-{n}.txt", path.read_text(encoding="utf-8") + f"\n（第{n}份）\n")
        for n in range(copies)
        for path in seeds
    ]


def measure(texts: list[tuple[str, str]]) -> dict[str, list[float]]:
    from django.db import transaction

    from apps.extraction import extract_document
    from apps.reports.services import document_rows, rows_save

    timings: dict[str, list[float]] = {"extract": [], "store": [], "reports": []}
    for name, text in texts:
        started = time.perf_counter()
        document = extract_document(text, name)
        extracted = time.perf_counter()
        with transaction.atomic():
            rows_save(document_rows(document))
        timings["extract"].append(extracted - started)
        timings["store"].append(time.perf_counter() - extracted)
        timings["reports"].append(len(document.reports))
    return timings


def print_numbers(timings: dict[str, list[float]], texts: list[tuple[str, str]]) -> None:
    total = sum(timings["extract"]) + sum(timings["store"])
    chars = sum(len(text) for _, text in texts)
    print(f"sources            {len(texts)}  ({int(sum(timings['reports']))} reports, {chars / 1e6:.2f} M chars)")
    for stage in ("extract", "store"):
        values = sorted(timings[stage])
        p95 = values[int(0.95 * (len(values) - 1))]
        print(f"{stage:<18} median {statistics.median(values) * 1e3:7.1f} ms   p95 {p95 * 1e3:7.1f} ms per source")
    print(f"throughput         {len(texts) / total:7.1f} sources/s   {chars / total / 1e3:7.1f} k chars/s")
    print(f"peak memory (RSS)  {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:7.1f} MiB")


if __name__ == "__main__":
    main()
