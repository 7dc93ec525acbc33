"""Shared fixtures: where ../shared is, and a scorer loaded from it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from _paths import SHARED


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared is absent: the quality gate on the seeds cannot run")
    return SHARED


@pytest.fixture(scope="session")
def scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("soket_score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod
