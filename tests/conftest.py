"""Shared fixtures: paths to the project's own test data and to the optional shared corpus."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
SHARED = TESTS.parent.parent / "shared"


@pytest.fixture
def seed_facts() -> Path:
    """The project's own article with the seed's facts (IOM, 2021-08-11, more than 359,000 displaced)."""
    return DATA / "seed-facts.txt"


@pytest.fixture
def workspace(tmp_path, seed_facts) -> Path:
    """A fresh workspace whose inbox holds the seed-facts article."""
    (tmp_path / "articles").mkdir()
    shutil.copy(seed_facts, tmp_path / "articles" / seed_facts.name)
    return tmp_path


@pytest.fixture
def shared() -> Path:
    """The `../shared` folder beside the project, or a skip where it is absent (a fresh clone has none)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared corpus is only beside the project on development machines")
    return SHARED
