"""Knowing that this store was restored from an older copy (issue 11, finding 3).

The desk counts the batches head office acknowledged to it. Head office records every
batch it applied, by store. When head office holds more batches from this store than
this file counts (plus those sent and still waiting for their answer here), this file
is an older copy of the desk (a backup put back, a disk image): it then takes back its
own rows written after the copy (the pull skips a store's own rows otherwise); its
changes to rows changed since meet head office's newer versions as conflicts (head
office also refuses a change not made on its current revision); it numbers its receipts
in a new series from then on (store/receipt_numbers.py). When head office prunes old batch records (`head-office prune-batches`) the count starts again
from its figure: a copy older than the last pruning is not recognised.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from jpf_desk.store.base import utcnow
from jpf_desk.store.models import OutboxEntry, StoreSetting
from jpf_desk.store.receipt_numbers import start_new_series

ACKED = "sync_state.acknowledged_batches"
RESTORED_AT = "sync_state.restored_at"
OWN_ROWS_UNTIL = "sync_state.own_rows_until"  # pull this store's own rows up to here


def _get(session: Session, key: str) -> str | None:
    row = session.get(StoreSetting, key)
    return row.value if row is not None else None


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(StoreSetting, key)
    if row is None:
        session.add(StoreSetting(key=key, value=value))
    else:
        row.value = value


def note_acknowledged(session: Session) -> None:
    """One more batch acknowledged (in the transaction that deletes its entries). One
    statement, run for every batch pushed: a store that never counted stays so."""
    session.flush()  # a count written in this session through the ORM goes first
    session.connection().exec_driver_sql(
        "UPDATE store_settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
        "WHERE key = ?", (ACKED,))
    known = session.identity_map.get(session.identity_key(StoreSetting, ACKED))
    if known is not None:  # loaded here before: read again when next used
        session.expire(known)


def check(session: Session, head_office_count: int | None, top: int | None) -> bool:
    """Compare with head office's record; True when this store turns out restored.
    A store that never counted (made before this check existed) cannot tell: it takes
    head office's count and goes on."""
    if head_office_count is None:
        return False
    known = _get(session, ACKED)
    if known is None:
        _put(session, ACKED, str(head_office_count))
        return False
    if head_office_count < int(known):  # head office pruned old batch records
        _put(session, ACKED, str(head_office_count))
        return False
    waiting = session.scalar(select(func.count(distinct(OutboxEntry.batch_id)))
                             .where(OutboxEntry.batch_id.is_not(None))) or 0
    if head_office_count <= int(known) + waiting:
        return False
    _put(session, ACKED, str(head_office_count))
    _put(session, RESTORED_AT, utcnow().isoformat())
    _put(session, OWN_ROWS_UNTIL, str(max(top or 0, own_rows_until(session))))
    # The copy cannot know the receipt numbers printed after it was made: new ones
    # come from a new series (store/receipt_numbers.py, sync/receipt_clash.py).
    start_new_series(session)
    return True


def own_rows_until(session: Session) -> int:
    return int(_get(session, OWN_ROWS_UNTIL) or 0)


def restored_at(session: Session) -> datetime | None:
    value = _get(session, RESTORED_AT)
    return datetime.fromisoformat(value) if value else None
