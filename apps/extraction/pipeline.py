"""Composes the stages: clean → split → metadata → outline → metrics → self-criticism → plans."""

from __future__ import annotations

from .records import ParsedDocument, ParsedReport


def extract_document(text: str, source_name: str = "") -> ParsedDocument:
    """Parse one source text (which may hold several reports) into a ParsedDocument."""
    raise NotImplementedError("being written")


def extract(text: str, source_name: str = "") -> list[ParsedReport]:
    """Parse one source text into its reports."""
    return list(extract_document(text, source_name).reports)
