"""Controller contact details printed on consent receipts (JPF's and each centre's).

Revision ID: 0010_receipt_details
Revises: 0001_foundation
Create Date: 2026-11-27

A table of its own (no foreign key), so it needs only the foundation; receipts record
what they printed in their own content, never through this table.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jpf_desk.store.base import UtcDateTime

revision: str = '0010_receipt_details'
down_revision: str | Sequence[str] | None = '0001_foundation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('controller_contacts',
    sa.Column('scope', sa.String(length=10), nullable=False),
    sa.Column('legal_name', sa.String(length=300), nullable=False),
    sa.Column('address', sa.String(length=400), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('data_contact', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_controller_contacts')),
    sa.UniqueConstraint('centre_id', 'scope', name=op.f('uq_controller_contacts_centre_id')),
    )
    with op.batch_alter_table('controller_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_controller_contacts_centre_id'), ['centre_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('controller_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_controller_contacts_centre_id'))
    op.drop_table('controller_contacts')
