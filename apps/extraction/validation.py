"""Refusing input that cannot be a work report, with the reason in the error message."""

from __future__ import annotations

import re

from .errors import ExtractionError

# Runs rather than single characters: counting a run's length is much cheaper than one list item per character.
_HAN_RUN_RE = re.compile("[\u4e00-\u9fff]+")
_SPACES = " \t\n\r\u3000\xa0"
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
MIN_CHINESE_CHARS = 50  # the shortest real report still has a title and a paragraph
MIN_CHINESE_SHARE = 0.3
MAX_CONTROL_SHARE = 0.01
# The language is judged on the opening characters (about a page of a report), which holds
# the whole of any text short enough to be refused as too short, so that count stays exact.
LANGUAGE_SAMPLE = 2_000


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
    sample = stripped[:LANGUAGE_SAMPLE]
    chinese = sum(map(len, _HAN_RUN_RE.findall(sample)))
    visible = len(sample) - sum(sample.count(space) for space in _SPACES)
    if chinese == 0 or chinese < MIN_CHINESE_SHARE * visible:
        raise ExtractionError("input is not Chinese text")
    if chinese < MIN_CHINESE_CHARS:
        raise ExtractionError(f"input is too short to be a report ({chinese} Chinese characters)")
