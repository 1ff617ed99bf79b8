"""Staff sign-in secrets (local to the desk) and the access log (append-only, synced).

Staff rows that exist before this step get no credential: nobody can sign in with
nothing, and the next start makes a manager choose a password (services/staff).

Revision ID: 0008_staff_auth
Revises: 0001_foundation
Create Date: 2026-11-27
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jpf_desk.store.base import UtcDateTime

revision: str = '0008_staff_auth'
down_revision: str | Sequence[str] | None = '0001_foundation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('staff_credentials',
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('must_change', sa.Boolean(), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('locked_until', UtcDateTime(), nullable=True),
    sa.Column('set_at', UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_credentials_staff_id_staff')),
    sa.PrimaryKeyConstraint('staff_id', name=op.f('pk_staff_credentials')),
    )
    op.create_table('access_events',
    sa.Column('store_id', sa.String(length=36), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('occurred_at', UtcDateTime(), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('customer_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('subject_id', sa.String(length=36), nullable=True),
    sa.Column('detail', sa.String(length=60), nullable=False),
    sa.Column('previous_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_events')),
    sa.UniqueConstraint('store_id', 'sequence', name=op.f('uq_access_events_store_id')),
    )
    with op.batch_alter_table('access_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_events_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_events_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_events_staff_id'), ['staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_events_customer_id'), ['customer_id'], unique=False)
    # The log of who saw what is append-only: the store itself refuses to change it.
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER access_events_no_{action.lower()} BEFORE {action} ON access_events "
            "BEGIN SELECT RAISE(ABORT, 'access_events is append-only'); END"
        )


def downgrade() -> None:
    for action in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS access_events_no_{action}")
    op.drop_table('access_events')
    op.drop_table('staff_credentials')
