"""An index on facts.indicator alone: an indicator filter then reads facts in id order (paging
without a sort).

Revision ID: 0002
Revises: 0001
Create Date: 2026-05-10
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_facts_indicator", "facts", ["indicator"])


def downgrade() -> None:
    op.drop_index("ix_facts_indicator", table_name="facts")
