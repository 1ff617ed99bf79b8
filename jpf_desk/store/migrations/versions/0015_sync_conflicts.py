"""Conflicts per field: each outbox entry of an update keeps the values its change was
made on, and a conflict names the fields that both sides changed.

`outbox.base`: JSON object {column: value before this change} of the columns the change
wrote (NULL for inserts, deletions and entries written before this version: their row
is compared whole, as before). `sync_conflicts.fields`: JSON list of the columns in
conflict (NULL: the whole row, conflicts recorded before this version).

Revision ID: 0015_sync_conflicts
Revises: 0005_sync
Create Date: 2026-11-27
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015_sync_conflicts'
down_revision: str | Sequence[str] | None = '0005_sync'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('outbox') as batch:
        batch.add_column(sa.Column('base', sa.Text(), nullable=True))
    with op.batch_alter_table('sync_conflicts') as batch:
        batch.add_column(sa.Column('fields', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sync_conflicts') as batch:
        batch.drop_column('fields')
    with op.batch_alter_table('outbox') as batch:
        batch.drop_column('base')
