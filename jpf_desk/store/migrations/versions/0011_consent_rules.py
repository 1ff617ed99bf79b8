"""Consent rules (issue 14): the day-off rule of request deadlines; ID photos are
sensitive; filings of the transfer impact dossier per destination.

Revision ID: 0011_consent_rules
Revises: 0003_dossiers, 0004_requests
Create Date: 2026-11-27
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jpf_desk.store.base import UtcDateTime

revision: str = '0011_consent_rules'
down_revision: str | Sequence[str] | None = ('0003_dossiers', '0004_requests')
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN: no table rebuild, so the tables' triggers stay as they are.
    op.add_column('data_requests', sa.Column('day_off', sa.String(length=10), nullable=True))
    op.add_column('request_periods', sa.Column('day_off', sa.String(length=10), nullable=True))
    # ID photos show the face as on ID papers (LAW.md: images of ID cards): sensitive from
    # now on in the template. Checklist items already made keep how their file is stored.
    op.execute("UPDATE document_kinds SET sensitive = 1 WHERE code = 'id_photos'")
    op.create_table('transfer_filings',
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=False),
    sa.Column('filed_by', sa.String(length=36), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer_filings')),
    sa.UniqueConstraint('country', name=op.f('uq_transfer_filings_country'))
    )
    with op.batch_alter_table('transfer_filings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transfer_filings_centre_id'), ['centre_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('transfer_filings')
    op.execute("UPDATE document_kinds SET sensitive = 0 WHERE code = 'id_photos'")
    with op.batch_alter_table('request_periods') as batch:
        batch.drop_column('day_off')
    with op.batch_alter_table('data_requests') as batch:
        batch.drop_column('day_off')
