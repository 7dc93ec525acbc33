"""The field the record's facts gained: the upper bound of a span read by its lower bound
(``range_upper``: a goal's "kết nạp từ 10-12 đảng viên" is value 10, range_upper 12).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("facts", sa.Column("range_upper", sa.Float(precision=53)))


def downgrade() -> None:
    op.drop_column("facts", "range_upper")
