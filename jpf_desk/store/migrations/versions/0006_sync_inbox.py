"""Pulled rows set aside by the desk (parked or quarantined) instead of dropped.

Revision ID: 0006_sync_inbox
Revises: 0005_sync
Create Date: 2026-11-27
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jpf_desk.store.base import UtcDateTime

revision: str = '0006_sync_inbox'
down_revision: str | Sequence[str] | None = '0005_sync'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_inbox',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=120), nullable=False),
    sa.Column('centre_id', sa.String(length=60), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('origin_store', sa.String(length=60), nullable=False),
    sa.Column('ho_seq', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=False),
    sa.Column('parked', sa.Boolean(), nullable=False),
    sa.Column('detail', sa.String(length=200), nullable=False),
    sa.Column('first_seen_at', UtcDateTime(), nullable=False),
    sa.Column('tries', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_inbox')),
    sa.UniqueConstraint('table_name', 'row_id', name=op.f('uq_sync_inbox_table_name'))
    )
    with op.batch_alter_table('sync_inbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_inbox_parked'), ['parked'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_inbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_inbox_parked'))
    op.drop_table('sync_inbox')
