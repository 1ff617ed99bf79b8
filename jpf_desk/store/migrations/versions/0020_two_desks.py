"""Two desks of a centre: request numbers carry the desk's tag; a transfer filing may be
recorded on two desks.

Revision ID: 0020_two_desks
Revises: 0011_consent_rules
Create Date: 2026-11-27

A request number was the count of the centre's numbers of the year plus one, on each
desk: two desks filing on the same day before syncing both wrote "HN1-2026-0001", and
each desk's pull then broke the number's unique key and parked the other desk's request
for ever. A number now holds the tag of the desk's numbering series
(store/receipt_numbers.py), which is longer ("HN-KM-2026-7F3A2C-0001"): the column
widens from 20 to 40 characters. Numbers given before keep their form.

A transfer impact filing was unique per country in the store: recorded for the same
country on two desks before they synced, each desk's pull broke the key and parked the
other's row for ever. Both records stay; the earliest filing date is the country's.

The usual copy-and-rename of the table cannot run here: its children (values, steps,
follow-ups, restrictions) reference it and foreign keys stay on inside the migration's
transaction. A declared length changes nothing SQLite stores, so the declaration is
rewritten in place, the documented way (sqlite.org/lang_altertable.html, "making other
kinds of table schema changes": writable_schema, then a new schema version).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0020_two_desks'
down_revision: str | Sequence[str] | None = '0011_consent_rules'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _declare_number(old: str, new: str) -> None:
    bind = op.get_bind()
    sql = bind.execute(sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' "
                               "AND name = 'data_requests'")).scalar_one()
    declared = f"number VARCHAR({old}) NOT NULL"
    if sql.count(declared) != 1:
        raise RuntimeError("data_requests.number is not declared as expected")
    version = int(bind.execute(sa.text("PRAGMA schema_version")).scalar_one())
    bind.execute(sa.text("PRAGMA writable_schema = ON"))
    bind.execute(sa.text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' "
                         "AND name = 'data_requests'"),
                 {"sql": sql.replace(declared, f"number VARCHAR({new}) NOT NULL")})
    bind.execute(sa.text(f"PRAGMA schema_version = {version + 1}"))
    bind.execute(sa.text("PRAGMA writable_schema = OFF"))
    if bind.execute(sa.text("PRAGMA integrity_check")).scalar_one() != "ok":
        raise RuntimeError("data_requests after its number was widened fails its check")


def upgrade() -> None:
    _declare_number("20", "40")
    # No table references transfer_filings and it has no trigger: copied and renamed.
    with op.batch_alter_table('transfer_filings', schema=None) as batch_op:
        batch_op.drop_constraint('uq_transfer_filings_country', type_='unique')


def downgrade() -> None:
    op.execute("DELETE FROM transfer_filings WHERE id NOT IN (SELECT id FROM ("
               "SELECT id, row_number() OVER (PARTITION BY country ORDER BY filed_on, "
               "created_at, id) AS n FROM transfer_filings) WHERE n = 1)")
    with op.batch_alter_table('transfer_filings', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_transfer_filings_country', ['country'])
    _declare_number("40", "20")
