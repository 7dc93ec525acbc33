"""Engines, sessions and the schema: one code path for SQLite and PostgreSQL.

- :func:`resolve_url`: ``--db`` / ``SOKET_DB`` / ``soket.db``; a bare path means SQLite,
  ``postgresql://`` means psycopg 3.
- :func:`get_engine`: cached per URL; SQLite gets WAL, a busy timeout, foreign keys, and
  ``BEGIN IMMEDIATE`` for write sessions so concurrent writers queue instead of failing.
- :func:`upgrade`: Alembic ``upgrade head`` without an alembic.ini, serialised between processes.
- :func:`write_session` / :func:`read_session`: context managers, commit or roll back.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from soket.errors import ConfigError

DEFAULT_DB = "soket.db"
MIGRATIONS = Path(__file__).parent / "migrations"
_WRITE = "soket_write"

_lock = threading.Lock()
_engines: dict[str, Engine] = {}
_upgraded: set[str] = set()


def resolve_url(db: str | None = None) -> str:
    """The SQLAlchemy URL of a ``--db`` value (or ``SOKET_DB``, or ``./soket.db``)."""
    raw = (db or os.environ.get("SOKET_DB") or DEFAULT_DB).strip()
    if "://" not in raw:
        return "sqlite:///" + str(Path(raw).expanduser())
    if raw.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    try:
        make_url(raw)
    except Exception as e:
        raise ConfigError(f"not a database URL: {raw!r}") from e
    return raw


def get_engine(db: str | None = None) -> Engine:
    """A pooled engine for ``db``, made once per URL per process."""
    url = resolve_url(db)
    with _lock:
        eng = _engines.get(url)
        if eng is None:
            eng = _make_engine(url)
            _engines[url] = eng
        return eng


def _make_engine(url: str) -> Engine:
    u = make_url(url)
    kw: dict[str, Any] = {}
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            Path(u.database).parent.mkdir(parents=True, exist_ok=True)
            kw.update(pool_size=8, max_overflow=40, pool_timeout=60)
        kw["connect_args"] = {"timeout": 60, "check_same_thread": False}
        eng = create_engine(url, **kw)

        @event.listens_for(eng, "connect")
        def _on_connect(dbapi_conn: Any, _rec: Any) -> None:
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=60000")
            if u.database and u.database != ":memory:":
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(eng, "begin")
        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")

        return eng
    kw.update(pool_size=10, max_overflow=40, pool_pre_ping=True)
    return create_engine(url, **kw)


def write_engine(db: str | None = None) -> Engine:
    """The engine whose transactions take the write lock up front (SQLite)."""
    return get_engine(db).execution_options(**{_WRITE: True})


def upgrade(db: str | None = None) -> None:
    """Bring the schema to the newest revision and load the indicator taxonomy. Idempotent;
    concurrent callers queue (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock)."""
    from alembic import command
    from alembic.config import Config

    url = resolve_url(db)
    if url in _upgraded:
        return
    eng = write_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with eng.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(7215340011)"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with write_session(url) as s:
        sync_indicators(s)
    _upgraded.add(url)


def sync_indicators(session: Session) -> None:
    """Make the ``indicators`` table say what ``lexicon/indicators.yaml`` says."""
    from soket.extract.indicators import indicators
    from soket.store.models import IndicatorRow

    want = {ind.key: (ind.label, ind.unit, i) for i, ind in enumerate(indicators())}
    have = {r.key: r for r in session.scalars(select(IndicatorRow))}
    for key, row in have.items():
        if key not in want:
            session.delete(row)
    for key, (label, unit, pos) in want.items():
        old = have.get(key)
        if old is None:
            session.add(IndicatorRow(key=key, label=label, unit=unit, position=pos))
        elif (old.label, old.unit, old.position) != (label, unit, pos):
            old.label, old.unit, old.position = label, unit, pos


@contextmanager
def write_session(db: str | None = None) -> Iterator[Session]:
    """A session in one write transaction: committed on success, rolled back on error."""
    with sessionmaker(bind=write_engine(db), expire_on_commit=False)() as s, s.begin():
        yield s


@contextmanager
def read_session(db: str | None = None) -> Iterator[Session]:
    with sessionmaker(bind=get_engine(db))() as s:
        yield s


def open_store(db: str | None = None) -> str:
    """Resolve ``db``, make sure its schema is current, and return its URL."""
    url = resolve_url(db)
    upgrade(url)
    return url


def analyze(db: str | None = None) -> None:
    """Refresh the planner's statistics (after a bulk load): SQLite needs them to pick the
    document index for locality/year filters; PostgreSQL's autovacuum would get there later."""
    eng = get_engine(db)
    with eng.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("ANALYZE")
        elif conn.dialect.name == "postgresql":
            for t in ("documents", "meetings", "facts"):
                conn.exec_driver_sql(f"ANALYZE {t}")
        conn.commit()
    if eng.dialect.name == "sqlite":
        eng.dispose()  # pooled SQLite connections read statistics only when they open


def dispose(db: str | None = None) -> None:
    """Close the pooled connections of ``db`` (all engines when None)."""
    with _lock:
        urls = [resolve_url(db)] if db else list(_engines)
        for url in urls:
            eng = _engines.pop(url, None)
            if eng is not None:
                eng.dispose()
            _upgraded.discard(url)
