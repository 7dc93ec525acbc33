"""One meeting, many sources (docs/sources.md): meeting groups, each document's link to its group
(source, MinHash signature, override pin), the LSH band index, manual override pins, and the
facts' ``duplicate`` flag (another source of the meeting stands for the figure).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_groups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("body_kind", sa.String(32)),
        sa.Column("locality", sa.String(255)),
        sa.Column("locality_folded", sa.String(255)),
        sa.Column("province", sa.String(255)),
        sa.Column("session", sa.Integer),
        sa.Column("date", sa.String(10)),
        sa.Column("year", sa.Integer),
        sa.Column("start_month", sa.Integer),
        sa.Column("end_month", sa.Integer),
        sa.Column("primary_document_id", sa.Integer),
        sa.Column("n_documents", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_sources", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_disagreements", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_meeting_groups_key", "meeting_groups", ["locality_folded", "body_kind", "year"])
    op.create_table(
        "meeting_links",
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("meeting_groups.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source_id", sa.Integer, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("pin", sa.String(64)),
    )
    op.create_index("ix_meeting_links_group_id", "meeting_links", ["group_id"])
    op.create_index("ix_meeting_links_pin", "meeting_links", ["pin"])
    op.create_table(
        "meeting_bands",
        sa.Column("band", sa.SmallInteger, primary_key=True),
        sa.Column("hash", sa.BigInteger, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_meeting_bands_document_id", "meeting_bands", ["document_id"])
    op.create_table(
        "meeting_pins",
        sa.Column("key", sa.String(2000), primary_key=True),
        sa.Column("pin", sa.String(64), nullable=False),
        sa.Column("made_at", sa.String(32)),
    )
    op.create_index("ix_meeting_pins_pin", "meeting_pins", ["pin"])
    op.add_column("facts", sa.Column("duplicate", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("facts", "duplicate")
    for t in ("meeting_pins", "meeting_bands", "meeting_links", "meeting_groups"):
        op.drop_table(t)
