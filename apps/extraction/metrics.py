"""Finds the metrics (quantities bound to a named indicator) in a region of cleaned report text."""

from __future__ import annotations

from .records import Metric


def find_metrics(text: str, start: int, end: int, section_path: str) -> list[Metric]:
    """Return the metrics in `text[start:end]`, in text order, with spans into `text`."""
    raise NotImplementedError("being written")
