"""Fixtures of the command tests: a small store made by ``soket ingest``, and the batch tests'
synthetic corpus (tests/batch/conftest.py) for ``soket batch``."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from batch.conftest import corpus  # the batch inputs, shared with tests/batch
from soket.cli import app

from .texts import REPORT

__all__ = ["corpus", "store"]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A SQLite store made by ``ingest`` from one short report."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "yen_the.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "s.db"
    r = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--quiet"])
    assert r.exit_code == 0, r.output
    return db
