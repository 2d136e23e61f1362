from __future__ import annotations

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SEED = PROJECT / "seeds" / "000_ac684aa55c728b26.txt"
SHARED = PROJECT.parent / "shared"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "factcheck.json"
