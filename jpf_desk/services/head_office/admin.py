"""Head-office administration: create or upgrade the schema, a login role per centre,
forget old batch records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import psycopg

from jpf_desk.sync.head_office.migrations import SCHEMA
from jpf_desk.sync.head_office.schema import CentreRole, ensure_centre_role, migrate
from jpf_desk.sync.head_office.views import refresh_views


@dataclass(frozen=True)
class HeadOfficeInit:
    applied_versions: tuple[int, ...]
    roles: tuple[CentreRole, ...]


def init_head_office(dsn: str, centre_ids: Sequence[str] = (), *,
                     reset_passwords: bool = False) -> HeadOfficeInit:
    """Idempotent: run again to add centres or after an upgrade of the program (the
    report views are recreated each time)."""
    with psycopg.connect(dsn, autocommit=True, connect_timeout=10) as conn:
        applied = migrate(conn)
        refresh_views(conn)  # they follow this version's tables
        roles = tuple(ensure_centre_role(conn, cid, reset_password=reset_passwords)
                      for cid in centre_ids)
    return HeadOfficeInit(tuple(applied), roles)


KEEP_BATCHES_DAYS = 90


def prune_batch_records(dsn: str, older_than_days: int = KEEP_BATCHES_DAYS) -> int:
    """Forget the record of batches applied long ago; returns how many went.

    The record only serves a desk that resends a batch whose answer it never got; a desk
    silent for months that resends one after this gets it applied again, which the
    revision checks make harmless (the same rows, numbered anew)."""
    if older_than_days < 1:
        raise ValueError("older_than_days must be at least 1")
    with psycopg.connect(dsn, autocommit=True, connect_timeout=10) as conn, \
            conn.transaction():
        # The owner is bound by the table's forced row-level security like anyone;
        # lifted for this transaction only.
        conn.execute(f"ALTER TABLE {SCHEMA}.applied_batches NO FORCE ROW LEVEL SECURITY")
        gone = conn.execute(
            f"DELETE FROM {SCHEMA}.applied_batches "
            "WHERE applied_at < now() - make_interval(days => %s)", (older_than_days,))
        conn.execute(f"ALTER TABLE {SCHEMA}.applied_batches FORCE ROW LEVEL SECURITY")
        return gone.rowcount
