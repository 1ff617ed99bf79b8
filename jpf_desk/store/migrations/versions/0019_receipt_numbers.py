"""Receipt prints merge by themselves: each print is an id in the payment's list.

Revision ID: 0019_receipt_numbers
Revises: 0014_money
Create Date: 2026-11-27

A reprint on two desks before they sync edited one counter on both (`receipt_prints`),
which the per-field merge showed as a conflict, or lost one of the prints when both
wrote the same figure. Each print now adds its own id to `receipt_print_ids` (a JSON
list); the sync merges two desks' lists by their union (sync/merge.py) and the count is
the list's length, computed again from it. Prints counted before this version become
the ids "earlier-1" ... "earlier-N": the same on every desk that counted them, so that
two desks upgraded apart do not count them twice.
"""
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0019_receipt_numbers'
down_revision: str | Sequence[str] | None = '0014_money'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('receipt_print_ids', sa.Text(), nullable=False,
                                      server_default='[]'))
    bind = op.get_bind()
    printed = bind.execute(sa.text(
        "SELECT id, receipt_prints FROM payments WHERE receipt_prints > 0")).all()
    for payment_id, prints in printed:
        bind.execute(sa.text("UPDATE payments SET receipt_print_ids = :ids WHERE id = :id"),
                     {"id": payment_id,
                      "ids": json.dumps([f"earlier-{n}" for n in range(1, prints + 1)])})


def downgrade() -> None:
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_column('receipt_print_ids')
