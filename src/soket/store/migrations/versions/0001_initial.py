"""The first schema: documents and everything a record holds, indicators, full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-05-10
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_F = sa.Float(precision=53)


def _fk() -> sa.ForeignKey:
    return sa.ForeignKey("documents.id", ondelete="CASCADE")


def _child(name: str, *cols: sa.Column[Any]) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, _fk(), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        *cols,
    )
    op.create_index(f"ix_{name}_document_id", name, ["document_id"])


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("doc", sa.String(255), nullable=False),
        sa.Column("path", sa.String(2000), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("format", sa.String(16)),
        sa.Column("encoding", sa.String(64)),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("folded", sa.Text, nullable=False),
        sa.Column("meta", sa.JSON),
        sa.Column("ingested_at", sa.String(32)),
        sa.UniqueConstraint("sha256", name="uq_documents_sha256"),
        sa.UniqueConstraint("path", name="uq_documents_path"),
    )
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, _fk(), nullable=False),
        sa.Column("body_kind", sa.String(32)),
        sa.Column("body", sa.Text),
        sa.Column("locality", sa.String(255)),
        sa.Column("locality_folded", sa.String(255)),
        sa.Column("locality_kind", sa.String(32)),
        sa.Column("province", sa.String(255)),
        sa.Column("province_folded", sa.String(255)),
        sa.Column("session", sa.Integer),
        sa.Column("date", sa.String(10)),
        sa.Column("chairs", sa.JSON),
        sa.Column("year", sa.Integer),
        sa.Column("start_month", sa.Integer),
        sa.Column("end_month", sa.Integer),
        sa.Column("period_label", sa.String(255)),
        sa.UniqueConstraint("document_id", name="uq_meetings_document_id"),
    )
    op.create_index("ix_meetings_locality_folded", "meetings", ["locality_folded"])
    op.create_index("ix_meetings_province_folded", "meetings", ["province_folded"])
    op.create_index("ix_meetings_year", "meetings", ["year"])
    op.create_table(
        "indicators",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("label", sa.String(255), nullable=False),
        sa.Column("unit", sa.String(64)),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, _fk(), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("subject", sa.Text),
        sa.Column("indicator", sa.String(64)),
        sa.Column("value", _F),
        sa.Column("unit", sa.String(64)),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("qualifier", sa.String(16)),
        sa.Column("estimated", sa.Boolean, nullable=False),
        sa.Column("basis", sa.Text),
        sa.Column("of", _F),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("evidence_start", sa.Integer),
        sa.Column("evidence_end", sa.Integer),
        sa.Column("malformed", sa.Boolean, nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("table_ref", sa.JSON),
        sa.Column("folded", sa.Text, nullable=False),
    )
    op.create_index("ix_facts_document_position", "facts", ["document_id", "position"])
    op.create_index("ix_facts_indicator_role", "facts", ["indicator", "role"])
    op.create_index("ix_facts_role", "facts", ["role"])
    _child("people", sa.Column("name", sa.String(255), nullable=False))
    op.create_table(
        "roles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
    )
    op.create_index("ix_roles_person_id", "roles", ["person_id"])
    _child("authors", sa.Column("name", sa.String(255), nullable=False))
    _child("tasks", sa.Column("text", sa.Text, nullable=False))
    _child("limitations", sa.Column("text", sa.Text, nullable=False))
    _child(
        "issues",
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
    )

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # FTS5 indexes over the folded copies (external content: nothing stored twice). unicode61
        # with remove_diacritics 2 folds what fold() left; fold() already did đ → d.
        for table in ("documents", "facts"):
            op.execute(
                f"CREATE VIRTUAL TABLE {table}_fts USING fts5(folded, content='{table}', "
                f"content_rowid='id', tokenize=\"unicode61 remove_diacritics 2\")"
            )
            op.execute(
                f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN "
                f"INSERT INTO {table}_fts(rowid, folded) VALUES (new.id, new.folded); END"
            )
            op.execute(
                f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN "
                f"INSERT INTO {table}_fts({table}_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END"
            )
            op.execute(
                f"CREATE TRIGGER {table}_fts_au AFTER UPDATE OF folded ON {table} BEGIN "
                f"INSERT INTO {table}_fts({table}_fts, rowid, folded) VALUES ('delete', old.id, old.folded); "
                f"INSERT INTO {table}_fts(rowid, folded) VALUES (new.id, new.folded); END"
            )
    elif dialect == "postgresql":
        # The folded copies are already lowercase and accent-free (đ included), so the 'simple'
        # configuration is all full-text search needs; unaccent/pg_trgm are not required.
        for table in ("documents", "facts"):
            op.execute(
                f"CREATE INDEX ix_{table}_fts ON {table} USING gin (to_tsvector('simple', folded))"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in ("documents", "facts"):
            for t in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{t}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    for name in ("issues", "limitations", "tasks", "authors", "roles", "people", "facts", "indicators",
                 "meetings", "documents"):
        op.drop_table(name)
