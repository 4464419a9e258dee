"""Refusing input that cannot be a work report, with the reason in the error message."""

from __future__ import annotations

import re

from .errors import ExtractionError

# Runs rather than single characters: counting a run's length is much cheaper than one list item per character.
_HAN_RUN_RE = re.compile("[\u4e00-\u9fff]+")
_SPACE_RUN_RE = re.compile(r"\s+")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
MIN_CHINESE_CHARS = 50  # the shortest real report still has a title and a paragraph
MIN_CHINESE_SHARE = 0.3
MAX_CONTROL_SHARE = 0.01


def check_report_text(text: str) -> None:
    """Raise `ExtractionError` when `text` is empty, binary-looking, not Chinese or too short."""
    if not isinstance(text, str):
        raise ExtractionError("input is not text")
    stripped = text.strip()
    if not stripped:
        raise ExtractionError("input is empty")
    controls = len(_CONTROL_RE.findall(stripped))
    if controls and controls > MAX_CONTROL_SHARE * len(stripped):
        raise ExtractionError("input looks binary (control or replacement characters)")
    chinese = sum(map(len, _HAN_RUN_RE.findall(stripped)))
    visible = len(stripped) - sum(map(len, _SPACE_RUN_RE.findall(stripped)))
    if chinese == 0 or chinese < MIN_CHINESE_SHARE * visible:
        raise ExtractionError("input is not Chinese text")
    if chinese < MIN_CHINESE_CHARS:
        raise ExtractionError(f"input is too short to be a report ({chinese} Chinese characters)")
