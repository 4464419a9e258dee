"""Project-wide test fixtures: where the seed texts live, and the real pipeline run over them."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "fixtures" / "seeds"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The seed report files (five sources, seven reports), sorted by name."""
    paths = sorted(SEEDS_DIR.glob("*.txt"))
    assert paths, f"no seed texts under {SEEDS_DIR}"
    return paths


SEED_SOURCES = 5
SEED_REPORTS = 7  # 004_… is a compilation of three reports
