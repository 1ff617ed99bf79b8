"""The desk's list of pulled rows set aside (table sync_inbox): write, read back, clear.

A key (table, row id) is there at most once, as the newest version received: a newer
version replaces it, whether that one applies, is a conflict, or is set aside too.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import delete, exists, func, select, tuple_
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from jpf_desk.domain.sync_inbox import SetAsideReason, is_parked
from jpf_desk.store.models import SyncInboxRow
from jpf_desk.sync.checks import MAX_ROW_BYTES
from jpf_desk.sync.protocol import Key, PulledRow

CHUNK = 400


def set_aside(session: Session, row: PulledRow, reason: SetAsideReason,
              detail: str = "") -> None:
    """Keep `row` with its reason (an older version of it is replaced)."""
    data = "{}" if row.size > MAX_ROW_BYTES else json.dumps(row.data, ensure_ascii=False)
    values = {
        "table_name": row.table_name[:60], "row_id": row.row_id[:120],
        "centre_id": str(row.centre_id)[:60], "revision": row.revision, "data": data,
        "deleted": row.deleted, "origin_store": str(row.origin_store)[:60],
        "ho_seq": row.ho_seq, "reason": reason.value, "parked": is_parked(reason),
        "detail": detail[:200],
    }
    stmt = sqlite_insert(SyncInboxRow).values(tries=1, **values)
    session.execute(stmt.on_conflict_do_update(
        index_elements=[SyncInboxRow.table_name, SyncInboxRow.row_id],
        set_={**{k: stmt.excluded[k] for k in values if k not in ("table_name", "row_id")},
              "tries": SyncInboxRow.tries + 1},
        where=SyncInboxRow.ho_seq <= stmt.excluded.ho_seq))


def any_set_aside(session: Session) -> bool:
    return session.scalar(select(exists().select_from(SyncInboxRow))) is True


def clear(session: Session, keys: Collection[Key]) -> None:
    """These keys were applied (or became conflicts): nothing of them waits any more."""
    wanted = list(keys)
    for start in range(0, len(wanted), CHUNK):
        session.execute(delete(SyncInboxRow).where(
            tuple_(SyncInboxRow.table_name, SyncInboxRow.row_id)
            .in_(wanted[start:start + CHUNK])))


def _as_row(found: SyncInboxRow) -> PulledRow:
    return PulledRow(found.table_name, found.row_id, found.centre_id, found.revision,
                     json.loads(found.data), found.deleted, found.origin_store,
                     found.ho_seq)


def parked_rows(session: Session) -> list[PulledRow]:
    return [_as_row(r) for r in session.scalars(
        select(SyncInboxRow).where(SyncInboxRow.parked).order_by(SyncInboxRow.ho_seq))]


def parked_waiting_for(session: Session, parents: Iterable[Key]) -> list[PulledRow]:
    """Parked rows waiting for one of these rows (now written)."""
    details = sorted({f"{t}:{r}" for t, r in parents})
    found: list[PulledRow] = []
    for start in range(0, len(details), CHUNK):
        found += [_as_row(r) for r in session.scalars(select(SyncInboxRow).where(
            SyncInboxRow.parked,
            SyncInboxRow.reason == SetAsideReason.WAITING_PARENT.value,
            SyncInboxRow.detail.in_(details[start:start + CHUNK])))]
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
