"""Plain-Python extraction pipeline: raw report text in, frozen dataclasses out. Never imports Django."""
