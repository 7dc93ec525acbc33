"""soket.store.db: URLs from --db values, the Store (engine, sessions, migrations) and the
indicator table kept in step with the lexicon."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select

from soket.errors import ConfigError
from soket.extract.indicators import indicators
from soket.store.db import DEFAULT_DB, Store, resolve_url, sync_indicators
from soket.store.models import DocumentRow, IndicatorRow


def test_resolve_url_bare_path_is_sqlite(tmp_path):
    assert resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    assert resolve_url(None) == "sqlite:///" + DEFAULT_DB
    assert resolve_url("  soket.db ") == "sqlite:///soket.db"


@pytest.mark.parametrize("raw", ["postgresql://u:p@h:5432/d", "postgres://u:p@h:5432/d"])
def test_resolve_url_postgres_means_psycopg3(raw):
    assert resolve_url(raw) == "postgresql+psycopg://u:p@h:5432/d"


def test_resolve_url_keeps_other_urls_and_refuses_nonsense():
    assert resolve_url("sqlite:////tmp/a.db") == "sqlite:////tmp/a.db"
    assert resolve_url("postgresql+psycopg://h/d") == "postgresql+psycopg://h/d"
    with pytest.raises(ConfigError):
        resolve_url("::://")


def test_repr_hides_the_password():
    st = Store("postgresql://user:secret@localhost:1/db")
    try:
        assert "secret" not in repr(st) and "user" in repr(st)
        assert st.dialect == "postgresql"
    finally:
        st.close()


def test_open_migrates_and_loads_indicators(store):
    names = set(inspect(store.engine).get_table_names())
    assert {"documents", "meetings", "facts", "people", "roles", "issues", "indicators",
            "meeting_groups", "meeting_links", "alembic_version"} <= names
    with store.read() as s:
        keys = list(s.scalars(select(IndicatorRow.key).order_by(IndicatorRow.position)))
    assert keys == [i.key for i in indicators()]


def test_open_twice_is_idempotent(db_url):
    with Store.open(db_url) as a:
        with a.read() as s:
            n = len(s.scalars(select(IndicatorRow)).all())
    with Store.open(db_url) as b, b.read() as s:
        assert len(s.scalars(select(IndicatorRow)).all()) == n


def test_open_without_migrate_leaves_the_database_empty(sqlite_url):
    with Store.open(sqlite_url, migrate=False) as st:
        assert inspect(st.engine).get_table_names() == []


def _doc(sha: str) -> DocumentRow:
    return DocumentRow(doc="d", sha256=sha, text="x", folded="x")


def test_write_commits_on_success_and_rolls_back_on_error(store):
    with store.write() as s:
        s.add(_doc("a" * 64))
    with pytest.raises(RuntimeError), store.write() as s:
        s.add(_doc("b" * 64))
        s.flush()
        raise RuntimeError("boom")
    with store.read() as s:
        assert list(s.scalars(select(DocumentRow.sha256))) == ["a" * 64]
    assert store.sessions()().get(DocumentRow, 1) is not None


def test_analyze_runs_on_an_empty_store(store):
    store.analyze()
    with store.read() as s:
        assert s.scalar(select(DocumentRow.id)) is None


def test_sync_indicators_adds_updates_and_removes(store):
    first = indicators()[0]
    with store.write() as s:
        s.add(IndicatorRow(key="gone", label="Đã bỏ", unit=None, position=999))
        s.get(IndicatorRow, first.key).label = "nhãn cũ"
    with store.write() as s:
        sync_indicators(s)
    with store.read() as s:
        assert s.get(IndicatorRow, "gone") is None
        row = s.get(IndicatorRow, first.key)
        assert (row.label, row.unit, row.position) == (first.label, first.unit, 0)
        assert len(s.scalars(select(IndicatorRow)).all()) == len(indicators())


def test_analyze_after_only_when_the_store_grew_by_a_share(store):
    """Statistics are refreshed after an ingest that stored a tenth of the store's documents or
    more (a small store's every ingest), not after a few documents into a large store: counted
    by the ANALYZE statements run."""
    from sqlalchemy import event, insert

    with store.write() as s:
        s.execute(insert(DocumentRow), [{"doc": f"d{i}", "sha256": f"{i:064x}", "format": "txt", "text": "x",
                                         "folded": "x"} for i in range(100)])
    ran: list[str] = []

    def on(conn, cursor, statement, *_):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("ANALYZE"):
            ran.append(statement)

    event.listen(store.engine, "before_cursor_execute", on)
    try:
        assert not store.analyze_after(9) and not ran
        assert not store.analyze_after(0) and not ran
        assert store.analyze_after(10) and ran
    finally:
        event.remove(store.engine, "before_cursor_execute", on)


def test_a_bulk_write_keeps_sqlite_temp_storage_in_memory_and_no_other_transaction_does(sqlite_url):
    # issue 12: each row of a bulk INSERT into a table with triggers opens a statement journal;
    # an ingest's transaction keeps it in memory, every other transaction on the pooled
    # connections has the default again (a big sort of a read is never held in memory)
    store = Store.open(sqlite_url)
    store.engine.pool.dispose()
    with store.write(bulk=True) as s:
        assert s.connection().exec_driver_sql("PRAGMA temp_store").scalar() == 2
    with store.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA temp_store").scalar() == 0
    with store.write(bulk=True) as s:
        assert s.connection().exec_driver_sql("PRAGMA temp_store").scalar() == 2
    with store.write() as s:
        assert s.connection().exec_driver_sql("PRAGMA temp_store").scalar() == 0
    store.close()
