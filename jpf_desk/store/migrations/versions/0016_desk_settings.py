"""The desk's own settings that had no place yet: printer, paper size, language.

Revision ID: 0016_desk_settings
Revises: 0001_foundation
Create Date: 2026-11-27

A table of its own (no foreign key, never synced), so it needs only the foundation.
The other settings of the dialog stay where they were first kept (controller_contacts,
store_settings).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jpf_desk.store.base import UtcDateTime

revision: str = '0016_desk_settings'
down_revision: str | Sequence[str] | None = '0001_foundation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('desk_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('printer_name', sa.String(length=200), nullable=False),
    sa.Column('paper_size', sa.String(length=10), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_desk_settings')),
    )


def downgrade() -> None:
    op.drop_table('desk_settings')
