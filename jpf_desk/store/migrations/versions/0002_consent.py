"""Consent: receipts (hash-chained per store) and consent events, both append-only.

Revision ID: 0002_consent
Revises: 0001_foundation
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jpf_desk.store.base import UtcDateTime

revision: str = '0002_consent'
down_revision: str | Sequence[str] | None = '0001_foundation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = ('consent_receipts', 'consent_events')


def _tracked_columns() -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('centre_id', sa.String(length=36), nullable=False),
        sa.Column('created_at', UtcDateTime(), nullable=False),
        sa.Column('updated_at', UtcDateTime(), nullable=False),
        sa.Column('changed_by', sa.String(length=36), nullable=True),
        sa.Column('revision', sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('consent_receipts',
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('store_id', sa.String(length=36), nullable=False),
    sa.Column('chain_position', sa.Integer(), nullable=False),
    sa.Column('short_code', sa.String(length=12), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('supersedes_id', sa.String(length=36), nullable=True),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('policy_version', sa.String(length=40), nullable=False),
    sa.Column('policy_sha256', sa.String(length=64), nullable=False),
    sa.Column('consented_at', UtcDateTime(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('previous_hash', sa.String(length=64), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    *_tracked_columns(),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_consent_receipts_customer_id_customers')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['consent_receipts.id'], name=op.f('fk_consent_receipts_supersedes_id_consent_receipts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_receipts')),
    sa.UniqueConstraint('store_id', 'chain_position', name='uq_consent_receipts_chain'),
    )
    with op.batch_alter_table('consent_receipts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_receipts_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index('ix_consent_receipts_customer', ['customer_id', 'chain_position'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_receipts_short_code'), ['short_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_receipts_supersedes_id'), ['supersedes_id'], unique=False)

    op.create_table('consent_events',
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('receipt_id', sa.String(length=36), nullable=False),
    sa.Column('purpose', sa.String(length=30), nullable=False),
    sa.Column('partner_id', sa.String(length=36), nullable=True),
    sa.Column('partner_name', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=12), nullable=False),
    sa.Column('occurred_at', UtcDateTime(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    *_tracked_columns(),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_consent_events_customer_id_customers')),
    sa.ForeignKeyConstraint(['receipt_id'], ['consent_receipts.id'], name=op.f('fk_consent_events_receipt_id_consent_receipts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_events')),
    )
    with op.batch_alter_table('consent_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_events_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_events_receipt_id'), ['receipt_id'], unique=False)
        batch_op.create_index('ix_consent_events_state', ['customer_id', 'purpose', 'partner_id', 'occurred_at'], unique=False)

    # Proof of consent is append-only: the store itself refuses to change or remove it.
    for table in APPEND_ONLY:
        op.execute(
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN "
            f"SELECT RAISE(ABORT, '{table} is append-only'); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN "
            f"SELECT RAISE(ABORT, '{table} is append-only'); END"
        )


def downgrade() -> None:
    for table in APPEND_ONLY:
        op.execute(f'DROP TRIGGER IF EXISTS {table}_no_update')
        op.execute(f'DROP TRIGGER IF EXISTS {table}_no_delete')
    op.drop_table('consent_events')
    op.drop_table('consent_receipts')
