"""Sync bookkeeping: the pull cursor and last-sync state, and the conflict list.

Revision ID: 0005_sync
Revises: 0001_foundation
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jpf_desk.store.base import UtcDateTime

revision: str = '0005_sync'
down_revision: str | Sequence[str] | None = '0001_foundation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cursor', sa.BigInteger(), nullable=False),
    sa.Column('last_sync_at', UtcDateTime(), nullable=True),
    sa.Column('last_attempt_at', UtcDateTime(), nullable=True),
    sa.Column('last_error', sa.String(length=60), nullable=False),
    sa.Column('last_pushed', sa.Integer(), nullable=False),
    sa.Column('last_pulled', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('local_revision', sa.Integer(), nullable=False),
    sa.Column('remote_revision', sa.Integer(), nullable=False),
    sa.Column('remote_data', sa.Text(), nullable=False),
    sa.Column('remote_deleted', sa.Boolean(), nullable=False),
    sa.Column('remote_origin', sa.String(length=60), nullable=False),
    sa.Column('remote_seq', sa.BigInteger(), nullable=False),
    sa.Column('detected_at', UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts')),
    sa.UniqueConstraint('table_name', 'row_id', name=op.f('uq_sync_conflicts_table_name'))
    )


def downgrade() -> None:
    op.drop_table('sync_conflicts')
    op.drop_table('sync_state')
