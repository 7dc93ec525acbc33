"""The :class:`Store`: one database, its engine, its sessions; one code path for SQLite and
PostgreSQL.

- :func:`resolve_url`: a ``--db`` value to a SQLAlchemy URL; a bare path means SQLite,
  ``postgresql://`` means psycopg 3. (The default, ``SOKET_DB`` or ``soket.db``, is read once at
  the edges: :mod:`soket.settings`.)
- :meth:`Store.open`: the engine (SQLite gets WAL, a busy timeout, foreign keys, and
  ``BEGIN IMMEDIATE`` for write sessions so concurrent writers queue instead of failing) and the
  schema brought to the newest revision, once, when the store is opened.
- :meth:`Store.write` / :meth:`Store.read`: sessions as context managers, commit or roll back.

A store is made once at an edge (CLI command, API factory, batch run) and passed down; nothing here
is cached in module globals.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from soket.errors import ConfigError
from soket.extract.indicators import indicators
from soket.store.models import DocumentRow, IndicatorRow

DEFAULT_DB = "soket.db"
ANALYZE_SHARE = 0.1
"""An ingest refreshes the planner's statistics when it stored this share of the store's documents."""
MIGRATIONS = Path(__file__).parent / "migrations"
_WRITE = "soket_write"
_BULK = "soket_bulk"


def resolve_url(db: str | None = None) -> str:
    """The SQLAlchemy URL of a ``--db`` value (``./soket.db`` when None)."""
    raw = (db or DEFAULT_DB).strip()
    if "://" not in raw:
        return "sqlite:///" + str(Path(raw).expanduser())
    if raw.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    try:
        make_url(raw)
    except Exception as e:
        raise ConfigError(f"not a database URL: {raw!r}") from e
    return raw


class Store:
    """One database: its URL, a pooled engine, and sessions over it.

    Made by :meth:`open` (which migrates) and passed explicitly to whatever reads or writes;
    :meth:`close` disposes of the pooled connections.
    """

    def __init__(self, url: str) -> None:
        self.url = resolve_url(url)
        self.engine = _make_engine(self.url)
        self._write_engine = self.engine.execution_options(**{_WRITE: True})
        self._reader = sessionmaker(bind=self.engine)
        self._writer = sessionmaker(bind=self._write_engine, expire_on_commit=False)
        self._bulk_writer = sessionmaker(bind=self.engine.execution_options(**{_WRITE: True, _BULK: True}),
                                         expire_on_commit=False)

    @classmethod
    def open(cls, db: str | None = None, *, migrate: bool = True) -> Store:
        """The store at ``db`` (a URL or a SQLite path), its schema brought up to date."""
        store = cls(resolve_url(db))
        if migrate:
            store.upgrade()
        return store

    def __repr__(self) -> str:
        return f"Store({make_url(self.url).render_as_string(hide_password=True)!r})"

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def sessions(self) -> sessionmaker[Session]:
        """A session factory for readers (the API opens one session per request)."""
        return self._reader

    @contextmanager
    def write(self, *, bulk: bool = False) -> Iterator[Session]:
        """A session in one write transaction: committed on success, rolled back on error.

        ``bulk``: a transaction of many small statements (an ingest's batch: each row of a bulk
        insert is one statement): on SQLite its temporary storage is memory (``temp_store``), so
        that the statement journal each INSERT into a table with triggers opens is not a file's
        (half of a ``facts`` row's insert: issue 12). Not for a statement that may change a large
        part of a big store at once (its journal would be held in memory)."""
        with (self._bulk_writer if bulk else self._writer)() as s, s.begin():
            yield s

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as s:
            yield s

    def upgrade(self) -> None:
        """Bring the schema to the newest revision and load the indicator taxonomy. Idempotent;
        concurrent callers queue (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock)."""
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self._write_engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(7215340011)"))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with self.write() as s:
            sync_indicators(s)

    def analyze(self) -> None:
        """Refresh the planner's statistics (after a bulk load): SQLite needs them to pick the
        document index for locality/year filters; PostgreSQL's autovacuum would get there later."""
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("ANALYZE")
            elif conn.dialect.name == "postgresql":
                for t in ("documents", "meetings", "facts"):
                    conn.exec_driver_sql(f"ANALYZE {t}")
            conn.commit()
        if self.dialect == "sqlite":
            self.engine.dispose()  # pooled SQLite connections read statistics only when they open

    def analyze_after(self, written: int) -> bool:
        """:meth:`analyze` after ``written`` documents were stored, when they are at least
        :data:`ANALYZE_SHARE` of the store's documents (counted by the largest id: an index's
        end, no count): a small store's every ingest, a large one's only when it has grown by that
        share, so that an ingest of a few documents into a million facts does not scan them all.
        Returns whether it ran."""
        with self.engine.connect() as conn:
            stored = conn.execute(select(func.max(DocumentRow.id))).scalar() or 0
        if written <= 0 or written < ANALYZE_SHARE * stored:
            return False
        self.analyze()
        return True

    def close(self) -> None:
        """Close the pooled connections (the store can still be used: the pool refills)."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_TEMP_DEFAULT, _TEMP_MEMORY = 0, 2  # SQLite's temp_store: the build's default (a file), memory


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
            opts = conn.get_execution_options()
            # temp_store can change only outside a transaction: set before BEGIN, where a bulk
            # write wants memory or a pooled connection a bulk write left must go back to the default
            info = conn.connection.info
            temp = _TEMP_MEMORY if opts.get(_BULK) else _TEMP_DEFAULT
            if info.get(_BULK, _TEMP_DEFAULT) != temp:
                conn.exec_driver_sql(f"PRAGMA temp_store={temp}")
                info[_BULK] = temp
            conn.exec_driver_sql("BEGIN IMMEDIATE" if opts.get(_WRITE) else "BEGIN")

        return eng
    kw.update(pool_size=10, max_overflow=40, pool_pre_ping=True)
    return create_engine(url, **kw)


def sync_indicators(session: Session) -> None:
    """Make the ``indicators`` table say what ``lexicon/indicators.yaml`` says."""
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
