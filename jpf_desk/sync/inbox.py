"""The local side of a pull: apply head-office rows, or hold them as conflicts.

A page is applied in one short SQLite transaction together with the new cursor, so a
cut at any moment leaves either the whole page applied and the cursor past it, or
neither. Applied rows keep head office's revision and write no outbox row.

Another desk's erasure arrives as ordinary rows: the blanked customer, tombstones of its
field history, and append-only rows (consent receipts) with a higher revision, which
replace the local copy. Such a page is applied with secure_delete on, and the session is
marked ERASURE_APPLIED so that the caller compacts the file once it has committed.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jpf_desk.store import tracking
from jpf_desk.store.chain_links import RECEIPTS, seal_redaction
from jpf_desk.store.models import SyncConflict, SyncState
from jpf_desk.store.scrub import lifted_update_triggers, merge_search_index, secure_delete
from jpf_desk.sync.outbox import pending_keys
from jpf_desk.sync.protocol import Key, PulledRow
from jpf_desk.sync.rows import (
    SyncedTable,
    delete_row,
    insert_if_missing,
    local_revision,
    synced_tables,
    upsert_rows,
)
from jpf_desk.sync.rows import upsert_row as write_row

log = logging.getLogger(__name__)

ERASURE_APPLIED = "erasure_applied"


def state(session: Session) -> SyncState:
    found = session.get(SyncState, 1)
    if found is None:
        found = SyncState(id=1, cursor=0, last_error="", last_pushed=0, last_pulled=0)
        session.add(found)
        session.flush()
    return found


def begin_apply(session: Session, *, defer_keys: bool = True) -> SyncState:
    """Mark the session as applying head-office rows, and open the write transaction
    (the state row is written first so the deferred foreign-key pragma lands inside)."""
    session.info[tracking.SYNC_APPLY] = True
    current = state(session)
    session.execute(text("UPDATE sync_state SET cursor = cursor WHERE id = 1"))
    if defer_keys:
        # Parents and children of one page may come in any order: check keys at commit.
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
    return current


def apply_page(session: Session, rows: Sequence[PulledRow], new_cursor: int, *,
               careful: bool = False) -> int:
    """Apply one page; returns how many rows became conflicts.

    `careful` is the fallback when the page as a whole breaks a foreign key here (say,
    head office deleted a customer this desk still has enrolments for): each row is
    tried on its own, twice (a parent later in the page may fix a child), and a row that
    still cannot be applied is left out with a warning, so the sync never gets stuck.
    """
    current = begin_apply(session, defer_keys=not careful)
    tables = synced_tables()
    erasing = _carries_erasure(tables, rows)
    if erasing:
        secure_delete(session)
        session.info[ERASURE_APPLIED] = True
    pending = pending_keys(session, [(r.table_name, r.row_id) for r in rows])
    conflicts = 0
    retry: list[PulledRow] = []
    if not careful:
        conflicts = _apply_grouped(session, tables, pending, rows, current, new_cursor)
        if erasing:
            merge_search_index(session)
        return conflicts
    for attempt in (1, 2):
        todo, retry = (rows if attempt == 1 else retry), []
        for row in todo:
            try:
                with session.begin_nested():
                    conflicts += _apply_row(session, tables, pending, row)
            except IntegrityError:
                retry.append(row)
    for row in retry:
        log.warning("head-office row left out (breaks a key here): %s %s",
                    row.table_name, row.row_id)
    if erasing:
        merge_search_index(session)
    current.cursor = new_cursor
    return conflicts


def _carries_erasure(tables: dict[str, SyncedTable], rows: Sequence[PulledRow]) -> bool:
    for row in rows:
        spec = tables.get(row.table_name)
        if spec is not None and spec.append_only and (row.deleted or row.revision > 1):
            return True
        if row.table_name == "customers" and row.data.get("status") == "deleted":
            return True
    return False


def _apply_append_only(session: Session, spec: SyncedTable, row: PulledRow) -> bool:
    """An append-only row: deleted or rewritten only by an erasure (revision above 1),
    else inserted where missing. False when it is a plain insert, left to the caller."""
    if row.deleted:
        delete_row(session, spec.table, row.row_id)
    elif row.revision > 1:
        local = local_revision(session, spec.table, row.row_id)
        if local is None:
            insert_if_missing(session, spec.table, row.data)
        elif row.revision > local:
            with lifted_update_triggers(session, spec.name):
                write_row(session, spec.table, row.data)
            if spec.name == RECEIPTS:  # another desk's erasure: chained here too
                seal_redaction(session.connection(), row.row_id)
    else:
        return False
    return True


def _apply_grouped(session: Session, tables: dict[str, SyncedTable], pending: set[Key],
                   rows: Sequence[PulledRow], current: SyncState, new_cursor: int) -> int:
    """The usual path: rows grouped per table and kind, keys checked at commit."""
    upserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    conflicts = 0
    for row in rows:
        spec = tables.get(row.table_name)
        if spec is None:
            log.warning("head office sent a table this version does not know: %s",
                        row.table_name)
        elif spec.append_only:
            if not _apply_append_only(session, spec, row):
                inserts[row.table_name].append(row.data)
        elif (row.table_name, row.row_id) in pending:
            record_conflict(session, row,
                            local_revision(session, spec.table, row.row_id) or 0)
            conflicts += 1
        elif row.deleted:
            delete_row(session, spec.table, row.row_id)
        else:
            upserts[row.table_name].append(row.data)
    for name, items in upserts.items():
        upsert_rows(session, tables[name].table, items)
    for name, items in inserts.items():
        upsert_rows(session, tables[name].table, items, only_missing=True)
    current.cursor = new_cursor
    return conflicts


def _apply_row(session: Session, tables: dict[str, SyncedTable], pending: set[Key],
               row: PulledRow) -> int:
    spec = tables.get(row.table_name)
    if spec is None:
        log.warning("head office sent a table this version does not know: %s", row.table_name)
        return 0
    if spec.append_only:
        if not _apply_append_only(session, spec, row):
            insert_if_missing(session, spec.table, row.data)
    elif (row.table_name, row.row_id) in pending:
        record_conflict(session, row, local_revision(session, spec.table, row.row_id) or 0)
        return 1
    elif row.deleted:
        delete_row(session, spec.table, row.row_id)
    else:
        write_row(session, spec.table, row.data)
    return 0


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
