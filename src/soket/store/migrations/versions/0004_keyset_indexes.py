"""Indexes for keyset pages and indexed full text at a million facts (issue 12).

- Facts listed by a filter come in id order, a page at a time after the last id seen (keyset):
  each single-column filter gets an index ending in ``id`` (``indicator``, ``role``, ``unit``,
  ``indicator + role``), so "the next 50 after id N" is one index range, never an OFFSET scan.
  (SQLite appends the rowid to every index anyway; PostgreSQL needs ``id`` named.)
- Facts keep a copy of their meeting's ``locality_folded``, ``province_folded`` and ``year`` (a
  document's meeting never changes: a changed document is a new document), each with an index
  ending in ``id``: a locality, province or year filter is one index range in id order, where a
  subquery over meetings had to gather every fact of the locality's documents and sort them
  (0.1-0.6 s at 1 M facts). The history checks read a locality's candidate facts of a year by
  ``(locality_folded, year, id)``.
- ``meetings (locality_folded, year)`` and ``(province_folded, year)``.
- PostgreSQL full text: a stored ``fts`` column (``to_tsvector('simple', folded)``, generated) with
  a GIN index replaces the expression index. A phrase query rechecks word positions on every
  candidate row; from a stored vector that is a read, from an expression it was a parse of the
  row's text (0.5-1 s for a common word at 1 M facts). Walking facts in id order and testing
  the stored vector is also what a page of a common word needs.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_FACT_INDEXES = {
    "ix_facts_indicator_id": ["indicator", "id"],
    "ix_facts_role_id": ["role", "id"],
    "ix_facts_unit_id": ["unit", "id"],
    "ix_facts_indicator_role_id": ["indicator", "role", "id"],
    "ix_facts_locality_id": ["locality_folded", "id"],
    "ix_facts_locality_year_id": ["locality_folded", "year", "id"],
    "ix_facts_province_id": ["province_folded", "id"],
    "ix_facts_year_id": ["year", "id"],
}
_OLD = {"ix_facts_indicator": ["indicator"], "ix_facts_role": ["role"], "ix_facts_indicator_role": ["indicator", "role"]}


_COPIED = ("locality_folded", "province_folded", "year")


def upgrade() -> None:
    op.add_column("facts", sa.Column("locality_folded", sa.String(255)))
    op.add_column("facts", sa.Column("province_folded", sa.String(255)))
    op.add_column("facts", sa.Column("year", sa.Integer))
    sets = ", ".join(f"{c} = (SELECT m.{c} FROM meetings m WHERE m.document_id = facts.document_id)" for c in _COPIED)
    op.execute(f"UPDATE facts SET {sets}")
    for name in _OLD:
        op.drop_index(name, table_name="facts")
    for name, cols in _FACT_INDEXES.items():
        op.create_index(name, "facts", cols)
    op.create_index("ix_meetings_locality_year", "meetings", ["locality_folded", "year"])
    op.create_index("ix_meetings_province_year", "meetings", ["province_folded", "year"])
    if op.get_bind().dialect.name == "postgresql":
        for table in ("documents", "facts"):
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_fts")
            op.execute(f"ALTER TABLE {table} ADD COLUMN fts tsvector "
                       f"GENERATED ALWAYS AS (to_tsvector('simple', folded)) STORED")
            op.execute(f"CREATE INDEX ix_{table}_fts ON {table} USING gin (fts)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("documents", "facts"):
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_fts")
            op.execute(f"ALTER TABLE {table} DROP COLUMN fts")
            op.execute(f"CREATE INDEX ix_{table}_fts ON {table} USING gin (to_tsvector('simple', folded))")
    op.drop_index("ix_meetings_province_year", table_name="meetings")
    op.drop_index("ix_meetings_locality_year", table_name="meetings")
    for name in _FACT_INDEXES:
        op.drop_index(name, table_name="facts")
    for name, cols in _OLD.items():
        op.create_index(name, "facts", cols)
    for c in _COPIED:
        op.drop_column("facts", c)
