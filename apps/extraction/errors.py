"""The one exception the pipeline raises for input that is not a report."""


class ExtractionError(ValueError):
    """Raised when the input cannot be a work report; the message says why."""
