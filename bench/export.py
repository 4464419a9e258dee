"""Streamed exports: time and memory of CSV/NDJSON exports as the metric table grows (10k, 100k, 300k rows).

Usage: .venv/bin/python bench/export.py [--sizes 10000,100000,300000]
Loads synthetic metrics with COPY into a throw-away test database, then streams each export through
the API, reading it chunk by chunk as a client would. Prints rows, MB, seconds, rows/s, the Python
heap's peak while streaming (tracemalloc, a second pass) and the process RSS after it. Flat memory
means the peak does not grow with the row count.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reportapi.settings")
os.environ.setdefault("TEST_DATABASE_NAME", "bench_export")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from throwaway_db import throwaway_database  # noqa: E402

from apps.reports.models import Metric  # noqa: E402
from tests.integrations.bulk import load_metrics  # noqa: E402

EXPORTS = [
    "/api/v1/export/metrics.csv",
    "/api/v1/metrics/?format=csv",
    "/api/v1/metrics/?format=ndjson",
]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def stream(client: APIClient, url: str) -> tuple[int, int, float]:
    """Read the export as a client would; return (lines, bytes, seconds)."""
    start = time.perf_counter()
    response = client.get(url)
    assert response.status_code == 200 and response.streaming, (url, response.status_code)
    lines = size = 0
    for chunk in response.streaming_content:
        lines += chunk.count(b"\n")
        size += len(chunk)
    return lines, size, time.perf_counter() - start


def heap_peak_mb(client: APIClient, url: str) -> float:
    tracemalloc.start()
    stream(client, url)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000,300000")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    with throwaway_database():
        client = APIClient()
        print(f"{'metrics':>8} {'rows':>8} {'MB':>7} {'s':>6} {'rows/s':>8} {'heap peak MB':>12} {'RSS MB':>7}  export")
        for size in sizes:
            load_metrics(size - Metric.objects.count(), reports=max(10, size // 1000), tag=f"bench-{size}")
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            for url in EXPORTS:
                lines, nbytes, seconds = stream(client, url)
                rows = lines - url.endswith(".csv") - ("format=csv" in url)  # minus the CSV header
                peak = heap_peak_mb(client, url)
                print(
                    f"{size:8d} {rows:8d} {nbytes / 2**20:7.1f} {seconds:6.1f} {rows / seconds:8.0f} "
                    f"{peak:12.2f} {rss_mb():7.0f}  {url}"
                )


if __name__ == "__main__":
    main()
