"""Throughput of the extraction pipeline on one core: the seed reports repeated to at least 4 MB.

Usage: .venv/bin/python bench/extract.py [--mb 4] [--runs 3] [--stages] [--adversarial]

Prints MB/s (UTF-8 bytes in, CPU time of this process, best of --runs) for the whole pipeline and for
the stages before the metric finder, so each side's share of the budget is visible. CPU time rather
than wall time because the machine is shared: another process's load must not count against us.
`--stages` adds the CPU time spent in each stage of the structure pass. `--adversarial` times
pathological inputs (one endless line, thousands of items or titles, no punctuation…) at two sizes: the
time should grow like the size, never faster.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from apps.extraction import pipeline

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
STAGES = {
    "check_report_text": "validation",
    "clean": "cleaning",
    "split": "splitting",
    "find_replacements": "restoration",
    "restore": "restoration",
    "build_tree": "outline",
    "to_sections": "sections and themes",
    "criticism_items": "self-criticism items",
    "plan_items": "plan items",
    "report_metadata": "metadata",
}


def _best_seconds(run, texts: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        for text in texts:
            run(text, "bench")
        best = min(best, time.process_time() - started)
    return best


def _stage_seconds(texts: list[str]) -> dict[str, float]:
    """CPU time per stage of one structure pass, by wrapping the stage functions the pipeline calls."""
    spent: dict[str, float] = defaultdict(float)
    originals = {name: getattr(pipeline, name) for name in STAGES}

    def timed(name, function):
        def run(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[STAGES[name]] += time.process_time() - started

        return run

    for name, function in originals.items():
        setattr(pipeline, name, timed(name, function))
    try:
        for text in texts:
            pipeline.document_structure(text, "bench")
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)
    return spent


_BODY = "一年来，在县委的坚强领导下，我们认真履行职责，圆满完成了全年各项目标任务。"
_NUMERALS = "一二三四五六七八九十"
ADVERSARIAL = {
    "one endless line": lambda n: "XX县2020年工作总结\n" + _BODY * n,
    "items in one line": lambda n: (
        "XX县2020年工作总结\n一、抓发展\n" + "".join(f"{_NUMERALS[i % 10]}是抓好工作。" for i in range(n * 3))
    ),
    "chapters": lambda n: "XX县2020年工作总结\n" + f"一、抓发展\n（一）推进。{_BODY}\n" * n,
    "titles": lambda n: "".join(f"XX镇20{10 + i % 10}年工作总结\n{_BODY}\n\n" for i in range(n)),
    "PDF page lines": lambda n: (
        "XX县2020年工作总结\n" + "\n".join((_BODY * n)[i : i + 30] for i in range(0, len(_BODY) * n, 30))
    ),
    "swapped characters": lambda n: "XX县2020年工作总结\n" + ("D委D员社市片市XXXX" + _BODY) * n,
    "criticism run-on": lambda n: (
        "XX县2020年工作总结\n一、抓发展\n正文。\n还存在一些不足：" + "；".join(["经济总量偏小，结构不优"] * n)
    ),
    "no punctuation": lambda n: "XX县2020年工作总结\n" + "经济发展" * (n * 10),
}


def _adversarial() -> None:
    for name, make in ADVERSARIAL.items():
        timings = []
        for size in (1000, 4000):
            text = make(size)
            started = time.process_time()
            pipeline.extract_document(text, "adversarial")
            timings.append(f"{len(text):>7} chars {1000 * (time.process_time() - started):7.1f} ms")
        print(f"  {name:20} " + " | ".join(timings))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=4.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="also print the CPU time of each stage")
    parser.add_argument("--adversarial", action="store_true", help="also time pathological inputs at two sizes")
    args = parser.parse_args()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    seed_bytes = sum(len(t.encode("utf-8")) for t in seeds)
    texts = seeds * int(args.mb * 1e6 // seed_bytes + 1)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"input: {megabytes:.2f} MB ({len(texts)} documents), CPU time, best of {args.runs}")
    print(f"without metrics: {megabytes / _best_seconds(pipeline.document_structure, texts, args.runs):.2f} MB/s")
    print(f"whole pipeline:  {megabytes / _best_seconds(pipeline.extract_document, texts, args.runs):.2f} MB/s")
    if args.stages:
        for stage, seconds in sorted(_stage_seconds(texts).items(), key=lambda item: -item[1]):
            print(f"  {stage:22} {seconds * 1000 / megabytes:6.1f} ms per MB")
    if args.adversarial:
        print("pathological inputs (whole pipeline, CPU time):")
        _adversarial()


if __name__ == "__main__":
    main()
