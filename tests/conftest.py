from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "seeds" / "000_072caf9a92d821cb.txt").read_text(encoding="utf-8")
