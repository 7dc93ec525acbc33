"""Facts keep their whole sentence (``sentence_span``) and whether the evidence is a window of
it (``evidence_cut``): the two fields the record's facts gained.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("facts", sa.Column("sentence_span_start", sa.Integer))
    op.add_column("facts", sa.Column("sentence_span_end", sa.Integer))
    op.add_column("facts", sa.Column("evidence_cut", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("facts") as t:
        t.drop_column("evidence_cut")
        t.drop_column("sentence_span_end")
        t.drop_column("sentence_span_start")
