"""The local side of a pull: apply head-office rows, or hold them as conflicts.

A page is applied in one short SQLite transaction together with the new cursor, so a
cut at any moment leaves either the whole page applied and the cursor past it, or
neither. Applied rows keep head office's revision and write no outbox row.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from jpf_desk.store import tracking
from jpf_desk.store.models import SyncConflict, SyncState
from jpf_desk.sync.outbox import pending_keys
from jpf_desk.sync.protocol import PulledRow
from jpf_desk.sync.rows import delete_row, insert_if_missing, local_revision, synced_tables
from jpf_desk.sync.rows import upsert_row as write_row

log = logging.getLogger(__name__)


def state(session: Session) -> SyncState:
    found = session.get(SyncState, 1)
    if found is None:
        found = SyncState(id=1, cursor=0, last_error="", last_pushed=0, last_pulled=0)
        session.add(found)
        session.flush()
    return found


def begin_apply(session: Session) -> SyncState:
    """Mark the session as applying head-office rows, and open the write transaction
    (the state row is written first so the deferred foreign-key pragma lands inside)."""
    session.info[tracking.SYNC_APPLY] = True
    current = state(session)
    session.execute(text("UPDATE sync_state SET cursor = cursor WHERE id = 1"))
    # Parents and children of one page may come in any order: check keys at commit.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    return current


def apply_page(session: Session, rows: Sequence[PulledRow], new_cursor: int) -> int:
    """Apply one page; returns how many rows became conflicts."""
    current = begin_apply(session)
    tables = synced_tables()
    pending = pending_keys(session, [(r.table_name, r.row_id) for r in rows])
    conflicts = 0
    for row in rows:
        spec = tables.get(row.table_name)
        if spec is None:
            log.warning("head office sent a table this version does not know: %s",
                        row.table_name)
            continue
        key = (row.table_name, row.row_id)
        if spec.append_only:
            if not row.deleted:
                insert_if_missing(session, spec.table, row.data)
        elif key in pending:
            record_conflict(session, row,
                            local_revision(session, spec.table, row.row_id) or 0)
            conflicts += 1
        elif row.deleted:
            delete_row(session, spec.table, row.row_id)
        else:
            write_row(session, spec.table, row.data)
    current.cursor = new_cursor
    return conflicts


def record_conflict(session: Session, row: PulledRow, local_rev: int) -> None:
    values = {
        "table_name": row.table_name, "row_id": row.row_id, "local_revision": local_rev,
        "remote_revision": row.revision, "remote_data": json.dumps(row.data, ensure_ascii=False),
        "remote_deleted": row.deleted, "remote_origin": row.origin_store,
        "remote_seq": row.ho_seq,
    }
    stmt = sqlite_insert(SyncConflict).values(id=_new_id(), **values)
    session.execute(stmt.on_conflict_do_update(
        index_elements=[SyncConflict.table_name, SyncConflict.row_id],
        set_={k: stmt.excluded[k] for k in values if k not in ("table_name", "row_id")}))


def _new_id() -> str:
    from jpf_desk.store.base import new_id

    return new_id()
