"""Plain-Python extraction pipeline: raw report text in, frozen dataclasses out. Never imports Django."""

from .errors import ExtractionError
from .pipeline import extract, extract_document
from .records import (
    Metric,
    ParsedDocument,
    ParsedReport,
    PlanItem,
    Section,
    SelfCriticismItem,
    Span,
    Substitution,
)

__all__ = [
    "ExtractionError",
    "Metric",
    "ParsedDocument",
    "ParsedReport",
    "PlanItem",
    "Section",
    "SelfCriticismItem",
    "Span",
    "Substitution",
    "extract",
    "extract_document",
]
