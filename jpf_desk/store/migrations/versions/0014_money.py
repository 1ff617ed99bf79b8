"""Money has receipts: course age bands, who took a payment, payment receipt numbers.

Revision ID: 0014_money
Revises: 0001_foundation
Create Date: 2026-11-27

Courses get the ages they are for (min_age, max_age; None is no bound). Existing
courses are given the bands the school's kinds mean: kids' courses up to 15, the
others from 16 (the age of the intake rule for adults), so the class picker stops
offering a kids' class to an adult on stores made before.

Payments get who took the money (received_by: for existing payments, the staff member
who last wrote the row, i.e. who recorded it, since payments were never edited) and a
receipt number: the store id of the desk that took it and that desk's sequence
(unique together), the printed number, and how many times it was printed. Existing
payments keep no number: the first print numbers them on the desk that prints.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014_money'
down_revision: str | Sequence[str] | None = '0001_foundation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ADULT_FROM = 16
KIDS_UP_TO = 15


def upgrade() -> None:
    with op.batch_alter_table('courses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('min_age', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('max_age', sa.Integer(), nullable=True))
    op.execute(sa.text("UPDATE courses SET max_age = :age WHERE kind = 'kids'")
               .bindparams(age=KIDS_UP_TO))
    op.execute(sa.text("UPDATE courses SET min_age = :age WHERE kind <> 'kids'")
               .bindparams(age=ADULT_FROM))
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('received_by', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('receipt_store_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('receipt_seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('receipt_number', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('receipt_prints', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.create_unique_constraint('uq_payments_receipt',
                                          ['receipt_store_id', 'receipt_seq'])
    op.execute("UPDATE payments SET received_by = changed_by")


def downgrade() -> None:
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_constraint('uq_payments_receipt', type_='unique')
        batch_op.drop_column('receipt_prints')
        batch_op.drop_column('receipt_number')
        batch_op.drop_column('receipt_seq')
        batch_op.drop_column('receipt_store_id')
        batch_op.drop_column('received_by')
    with op.batch_alter_table('courses', schema=None) as batch_op:
        batch_op.drop_column('max_age')
        batch_op.drop_column('min_age')
