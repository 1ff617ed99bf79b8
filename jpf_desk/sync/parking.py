"""The desk's list of pulled rows set aside (table sync_inbox): write, read back, clear.

A key (table, row id) is there at most once, as the newest version received: a newer
version replaces it, whether that one applies, is a conflict, or is set aside too.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import delete, exists, func, select, tuple_
from sqlalchemy.orm import Session

from jpf_desk.domain.sync_inbox import SetAsideReason, is_parked
from jpf_desk.store.base import new_id, utcnow
from jpf_desk.store.models import SyncInboxRow
from jpf_desk.sync.limits import MAX_ROW_BYTES
from jpf_desk.sync.protocol import Key, PulledRow

CHUNK = 400


_SET_ASIDE = (
    "INSERT INTO sync_inbox (id, table_name, row_id, centre_id, revision, data, deleted, "
    "origin_store, ho_seq, reason, parked, detail, first_seen_at, tries) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
    "ON CONFLICT (table_name, row_id) DO UPDATE SET centre_id = excluded.centre_id, "
    "revision = excluded.revision, data = excluded.data, deleted = excluded.deleted, "
    "origin_store = excluded.origin_store, ho_seq = excluded.ho_seq, "
    "reason = excluded.reason, parked = excluded.parked, detail = excluded.detail, "
    "tries = sync_inbox.tries + 1 WHERE sync_inbox.ho_seq <= excluded.ho_seq"
)


def set_aside(session: Session, row: PulledRow, reason: SetAsideReason,
              detail: str = "") -> None:
    """Keep `row` with its reason (an older version of it is replaced)."""
    set_aside_many(session, [(row, reason, detail)])


def set_aside_many(session: Session,
                   rows: Sequence[tuple[PulledRow, SetAsideReason, str]]) -> None:
    """Many rows in one statement: a join may park thousands for a while."""
    if not rows:
        return
    now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
    session.connection().exec_driver_sql(_SET_ASIDE, [(
        new_id(), row.table_name[:60], row.row_id[:120], str(row.centre_id)[:60],
        row.revision,
        "{}" if row.size > MAX_ROW_BYTES else json.dumps(row.data, ensure_ascii=False),
        row.deleted, str(row.origin_store)[:60], row.ho_seq, reason.value,
        is_parked(reason), detail[:200], now) for row, reason, detail in rows])


def any_set_aside(session: Session) -> bool:
    return session.scalar(select(exists().select_from(SyncInboxRow))) is True


def _index(session: Session) -> dict[Key, tuple[bool, str]]:
    """Every key set aside, with whether it is parked and what it waits for (the list
    is small next to a page: matching in memory saves a query per page row)."""
    return {(t, r): (bool(p), d) for t, r, p, d in session.execute(select(
        SyncInboxRow.table_name, SyncInboxRow.row_id, SyncInboxRow.parked,
        SyncInboxRow.detail))}


def clear(session: Session, keys: Collection[Key]) -> None:
    """These keys were applied (or became conflicts): nothing of them waits any more."""
    index = _index(session)
    wanted = [k for k in keys if k in index]
    for start in range(0, len(wanted), CHUNK):
        session.execute(delete(SyncInboxRow).where(
            tuple_(SyncInboxRow.table_name, SyncInboxRow.row_id)
            .in_(wanted[start:start + CHUNK])))


def _as_row(found: SyncInboxRow) -> PulledRow:
    return PulledRow(found.table_name, found.row_id, found.centre_id, found.revision,
                     json.loads(found.data), found.deleted, found.origin_store,
                     found.ho_seq)


def retry_rows(session: Session) -> list[PulledRow]:
    """Rows worth trying again: every parked row, and quarantined rows kept whole (an
    upgraded desk may know a table or a value it did not; a row too large was kept
    without its data, and waits for a new version)."""
    return [_as_row(r) for r in session.scalars(
        select(SyncInboxRow).where(SyncInboxRow.reason != SetAsideReason.TOO_LARGE.value)
        .order_by(SyncInboxRow.ho_seq))]


def parked_waiting_for(session: Session, parents: Iterable[Key]) -> list[PulledRow]:
    """Parked rows waiting for one of these rows (now written)."""
    awaited = {f"{t}:{r}" for t, r in parents}
    keys = [key for key, (parked, detail) in _index(session).items()
            if parked and detail in awaited]
    found: list[PulledRow] = []
    for start in range(0, len(keys), CHUNK):
        found += [_as_row(r) for r in session.scalars(select(SyncInboxRow).where(
            tuple_(SyncInboxRow.table_name, SyncInboxRow.row_id)
            .in_(keys[start:start + CHUNK])))]
    return found


def counts(session: Session) -> tuple[int, int]:
    """(parked, quarantined)."""
    parked = quarantined = 0
    for is_parked_row, n in session.execute(
            select(SyncInboxRow.parked, func.count()).group_by(SyncInboxRow.parked)):
        if is_parked_row:
            parked = int(n)
        else:
            quarantined = int(n)
    return parked, quarantined


def listed(session: Session) -> Sequence[SyncInboxRow]:
    return session.scalars(select(SyncInboxRow).order_by(
        SyncInboxRow.parked.desc(), SyncInboxRow.table_name, SyncInboxRow.row_id)).all()
