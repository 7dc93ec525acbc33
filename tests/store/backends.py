"""Throw-away databases for the store tests: a SQLite file in tmp_path, or a fresh PostgreSQL
database on the server of ``SOKET_TEST_PG_URL`` (scripts/test.sh starts one; without it the
PostgreSQL cases skip)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from _require import missing

PG_ENV = "SOKET_TEST_PG_URL"
PG_SKIP = f"{PG_ENV} is not set: PostgreSQL cases skip (scripts/test.sh starts a throw-away server)"
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@contextmanager
def database(kind: str, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database of ``kind``; dropped afterwards."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'soket.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        missing("postgres", PG_SKIP)
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = "soket_t_" + uuid.uuid4().hex[:12]
    admin = create_engine(make_url(base).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
