"""Consent chain links: every stored column of receipts and events sealed, chained, and
the store's existing receipts carried over.

Receipts written before this version keep their old content hash (it is printed on
their QR code); each gets a `carried_over` link with hash_version 1 that seals its row
and its events as found at the upgrade, in chain order. From then on, editing any of
their columns is found like for new receipts; what happened to a column outside the old
content hash before the upgrade cannot be told, except `consented_at`, which `verify`
compares with the content.

Revision ID: 0012_consent_chain
Revises: 0002_consent
Create Date: 2026-11-27
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jpf_desk.domain.chain import CARRIED_OVER, OLD_RECEIPT
from jpf_desk.store.chain_links import append_links

revision: str = '0012_consent_chain'
down_revision: str | Sequence[str] | None = '0002_consent'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLE = 'consent_chain'
_STORE_ID_SETTING = 'store_id'


def upgrade() -> None:
    op.create_table(_TABLE,
    sa.Column('position', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('store_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('receipt_id', sa.String(length=36), nullable=True),
    sa.Column('hash_version', sa.Integer(), nullable=False),
    sa.Column('covered', sa.Text(), nullable=False),
    sa.Column('rows_digest', sa.String(length=64), nullable=False),
    sa.Column('recorded_at', sa.String(length=40), nullable=False),
    sa.Column('previous_hash', sa.String(length=64), nullable=False),
    sa.Column('link_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('position', name=op.f('pk_consent_chain')),
    sqlite_autoincrement=True,
    )
    with op.batch_alter_table(_TABLE, schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_chain_receipt_id'), ['receipt_id'],
                              unique=False)
    for operation in ('UPDATE', 'DELETE'):
        name = f'{_TABLE}_no_{operation.lower()}'
        op.execute(f"CREATE TRIGGER {name} BEFORE {operation} ON {_TABLE} BEGIN "
                   f"SELECT RAISE(ABORT, '{_TABLE} is append-only'); END")
    _carry_over(op.get_bind())


def _carry_over(conn: sa.Connection) -> None:
    """One link per receipt of this store, in chain order, with the events on it."""
    store_id = conn.execute(sa.text("SELECT value FROM store_settings WHERE key = :k"),
                            {"k": _STORE_ID_SETTING}).scalar()
    if store_id is None:
        return  # a store not set up yet has no receipts
    receipts = conn.execute(sa.text(
        "SELECT id FROM consent_receipts WHERE store_id = :s ORDER BY chain_position"),
        {"s": store_id}).scalars().all()
    events: dict[str, list[str]] = {}
    for event_id, receipt_id in conn.execute(sa.text(
            "SELECT id, receipt_id FROM consent_events")):
        events.setdefault(receipt_id, []).append(event_id)
    for start in range(0, len(receipts), 1000):
        append_links(conn, store_id=store_id, kind=CARRIED_OVER, hash_version=OLD_RECEIPT,
                     items=[(r, events.get(r, [])) for r in receipts[start:start + 1000]])


def downgrade() -> None:
    for operation in ('update', 'delete'):
        op.execute(f'DROP TRIGGER IF EXISTS {_TABLE}_no_{operation}')
    op.execute("DELETE FROM store_settings WHERE key IN "
               "('consent_chain_head', 'consent_anchor_compared_at')")
    op.drop_table(_TABLE)
