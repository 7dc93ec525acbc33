"""SQLite: a bulk insert fills the full-text indexes once (issue 12).

The ``documents_fts`` / ``facts_fts`` insert triggers fire unless a row of ``fts_pause`` says a
bulk insert is under way; that insert then fills both indexes by one ``INSERT ... SELECT`` each
over the rows past the largest ids the pause row keeps (:func:`soket.store.ingest.fts_once`), and
deletes the row, in its transaction (no other connection ever sees it). A trigger per row cost
~45 µs of SQLite's CPU a fact; the one statement a batch ~7. Every other writer (the ORM,
another client) still has its rows indexed by the triggers; deletes and updates are unchanged.
PostgreSQL's stored ``fts`` column needs nothing.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TABLES = ("documents", "facts")


def _insert_trigger(table: str, when: str) -> str:
    return (f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} {when}BEGIN "
            f"INSERT INTO {table}_fts(rowid, folded) VALUES (new.id, new.folded); END")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE fts_pause (documents INTEGER, facts INTEGER)")
    for table in _TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_ai")
        op.execute(_insert_trigger(table, "WHEN NOT EXISTS (SELECT 1 FROM fts_pause) "))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in _TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_ai")
        op.execute(_insert_trigger(table, ""))
    op.execute("DROP TABLE IF EXISTS fts_pause")
