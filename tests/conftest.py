"""Shared test set-up: development settings, and where the shared corpus lives."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("KEHOACH_DEBUG", "1")

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout (contract, seeds, scorer), as CI lays it out."""
    if not (SHARED / "eval" / "score.py").exists():
        pytest.fail(f"the shared corpus is missing: expected {SHARED}/eval/score.py beside the checkout")
    return SHARED
