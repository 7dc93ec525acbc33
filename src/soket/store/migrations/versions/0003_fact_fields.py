"""The fields the record's facts gained: their whole sentence (``sentence_span``), whether the
evidence is a window of it (``evidence_cut``), the cue words read other than printed
(``read_through_typo``), whether no subject was found (``subject_unresolved``), and for a figure
read by OCR its page, box, confidence and repair (``page``, ``box``, ``ocr_confidence``,
``ocr_raw``, ``ocr_repair``, ``ocr_flag``).

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
    op.add_column("facts", sa.Column("read_through_typo", sa.JSON))
    op.add_column("facts", sa.Column("subject_unresolved", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("facts", sa.Column("page", sa.Integer))
    op.add_column("facts", sa.Column("box", sa.JSON))
    op.add_column("facts", sa.Column("ocr_confidence", sa.Float(precision=53)))
    op.add_column("facts", sa.Column("ocr_raw", sa.Text))
    op.add_column("facts", sa.Column("ocr_repair", sa.Text))
    op.add_column("facts", sa.Column("ocr_flag", sa.String(16)))


def downgrade() -> None:
    for name in ("ocr_flag", "ocr_repair", "ocr_raw", "ocr_confidence", "box", "page", "subject_unresolved",
                 "read_through_typo", "evidence_cut", "sentence_span_end", "sentence_span_start"):
        op.drop_column("facts", name)
