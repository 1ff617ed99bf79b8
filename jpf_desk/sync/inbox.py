"""The local side of a pull: apply head-office rows, or hold them as conflicts.

A page is applied in one short SQLite transaction together with the new cursor, so a
cut at any moment leaves either the whole page applied and the cursor past it, or
neither. Applied rows keep head office's revision and write no outbox row. The cursor
may pass a row only once it is applied, a conflict, or set aside with its reason
(sync.parking): a child whose parent is not here yet waits there, never dropped.

Another desk's erasure arrives as ordinary rows: the blanked customer, tombstones of its
field history, and append-only rows (consent receipts) with a higher revision, which
replace the local copy. Such a page is applied with secure_delete on, and the session is
marked ERASURE_APPLIED so that the caller compacts the file once it has committed.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jpf_desk.domain.sync_inbox import SetAsideReason
from jpf_desk.store import tracking
from jpf_desk.store.chain_links import RECEIPTS, seal_redaction
from jpf_desk.store.models import OutboxEntry, SyncState
from jpf_desk.store.scrub import lifted_update_triggers, merge_search_index, secure_delete
from jpf_desk.sync import clock, merge, parking, receipt_clash
from jpf_desk.sync.checks import check_row
from jpf_desk.sync.order import parent_columns, table_rank
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
# Rows applied between two calls of the sync's cancel check: a page of 10,000 rows takes
# a second or two, and Cancel must not wait for all of it (the page's transaction is
# rolled back, the cursor stays, the next sync applies the page again).
CHECK_EVERY = 500
Check = Callable[[], None]


def _checked(rows: Iterable[PulledRow], check: Check | None) -> Iterator[PulledRow]:
    """`rows`, calling `check` before the first and then every CHECK_EVERY rows."""
    if check is None:
        yield from rows
        return
    for done, row in enumerate(rows):
        if done % CHECK_EVERY == 0:
            check()
        yield row


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


@dataclass
class Applied:
    """What became of one page's rows (and of the parked rows tried with it)."""

    applied: int = 0
    conflicts: int = 0
    parked: int = 0
    quarantined: int = 0
    # (old, new) receipt numbers of payments here moved out of a pulled one's way
    renumbered: list[tuple[str, str]] = field(default_factory=list)


def apply_page(session: Session, rows: Sequence[PulledRow], new_cursor: int, centre_id: str,
               *, careful: bool = False, retry_all: bool = False,
               store_id: str = "", check: Check | None = None) -> Applied:
    """Apply one page and move the cursor past it; no row is ever dropped.

    Every row is checked first (a bad one is quarantined). The others are applied
    parents first; a row whose parent is neither here nor in the page is parked, and
    parked rows waiting for a row this page wrote are applied with it. `careful` is
    the fallback when the page as a whole still breaks a key at commit (head office
    deleted a row this desk still has children of): each row is tried on its own, in
    order, and a row that cannot be applied is parked (BREAKS_KEY), to be tried again.
    `retry_all`: every row set aside is tried (checked again), not only parked rows
    whose parent came.
    `store_id`: this desk's, whose own rows come back only after a restore (an older
    version of a row changed here since is no conflict: the change here follows it).
    `check`: the sync's cancel check, called every CHECK_EVERY rows; what it raises
    leaves the caller's transaction to roll back.
    """
    current = begin_apply(session, defer_keys=not careful)
    tables = synced_tables()
    result = Applied()
    good: list[PulledRow] = []
    retried = parking.retry_rows(session) if retry_all else []
    for row in _checked(_newest([*retried, *rows]), check):  # set-aside rows too
        verdict = check_row(tables, row, centre_id)
        if verdict is None:
            good.append(row)
        else:
            log.log(logging.INFO if row in retried else logging.WARNING,
                    "pulled row set aside (%s): %s %s", verdict[0].value,
                    row.table_name[:60], row.row_id[:60])
            parking.set_aside(session, row, *verdict)
            result.quarantined += 1
    clock.advance(session, good)
    any_set_aside = parking.any_set_aside(session)
    erasing = _carries_erasure(tables, good)
    if erasing:
        secure_delete(session)
        session.info[ERASURE_APPLIED] = True
    todo, tried = good, set[Key]()
    while todo:  # rows, then parked rows waiting for what they wrote, and so on
        tried |= {(r.table_name, r.row_id) for r in todo}
        written = _apply_rows(session, tables, todo, result, careful=careful,
                              clear=any_set_aside, store_id=store_id, check=check)
        if not any_set_aside or not written:
            break
        todo = [r for r in _newest(parking.parked_waiting_for(session, written))
                if (r.table_name, r.row_id) not in tried]
    if erasing:
        merge_search_index(session)
    current.cursor = new_cursor
    return result


def _newest(rows: Iterable[PulledRow]) -> list[PulledRow]:
    """One version per key, the newest (a parked row is replaced by a newer one)."""
    newest: dict[Key, PulledRow] = {}
    for row in rows:
        key = (row.table_name, row.row_id)
        if key not in newest or newest[key].ho_seq < row.ho_seq:
            newest[key] = row
    return list(newest.values())


def _apply_rows(session: Session, tables: dict[str, SyncedTable], rows: Sequence[PulledRow],
                result: Applied, *, careful: bool, clear: bool, store_id: str,
                check: Check | None = None) -> set[Key]:
    """Apply checked rows; returns the keys written (present here now)."""
    rows = merge.settle_erasures(session, rows)
    result.renumbered += receipt_clash.renumber_clashing(session, rows)
    pending = pending_keys(session, [(r.table_name, r.row_id) for r in rows])
    if pending and store_id:
        rows = [r for r in rows if not _followed_here(session, tables, r, pending, store_id)]
    ready, waiting = plan(session, tables, rows, pending)
    parking.set_aside_many(session, [(row, SetAsideReason.WAITING_PARENT,
                                      f"{parent[0]}:{parent[1]}") for row, parent in waiting])
    result.parked += len(waiting)
    if careful:
        done, stuck = _apply_one_by_one(session, tables, pending, ready, result, check)
        for row in stuck:
            log.warning("pulled row parked (breaks a key here): %s %s", row.table_name,
                        row.row_id)
            parking.set_aside(session, row, SetAsideReason.BREAKS_KEY)
        result.parked += len(stuck)
    else:
        done = ready
        result.conflicts += _apply_grouped(session, tables, pending, ready, check)
    result.applied += len(done)
    keys = {(r.table_name, r.row_id) for r in done}
    if clear:
        parking.clear(session, keys)
    return {(r.table_name, r.row_id) for r in done if not r.deleted}


def _followed_here(session: Session, tables: dict[str, SyncedTable], row: PulledRow,
                   pending: set[Key], store_id: str) -> bool:
    """This desk's own row taken back after a restore, in the very version its pending
    change was made on (or an older one): no conflict, the change follows it. A newer
    version (changed since the copy) is a conflict."""
    if row.origin_store != store_id or (row.table_name, row.row_id) not in pending:
        return False
    first = session.execute(
        select(OutboxEntry.op, OutboxEntry.revision)
        .where(OutboxEntry.table_name == row.table_name, OutboxEntry.row_id == row.row_id)
        .order_by(OutboxEntry.seq).limit(1)).first()
    if first is None:
        return False
    op, revision = first
    base = 0 if op == "insert" else revision if op == "delete" else revision - 1
    return row.revision <= base


def plan(session: Session, tables: dict[str, SyncedTable], rows: Sequence[PulledRow],
         pending: set[Key]) -> tuple[list[PulledRow], list[tuple[PulledRow, Key]]]:
    """(rows to apply now, in order; rows to park with the parent each waits for).

    A row may apply when every row it refers to is here (and not deleted by this page)
    or is applied with it; a row waiting for a parked row waits too. Order: deletions
    first, children before parents, then the rest parents first; within a table, head
    office's order. Keys are still checked by SQLite (at commit, or at once when careful).
    """
    rank = table_rank()
    writes = {(r.table_name, r.row_id): r for r in rows
              if not r.deleted and (r.table_name, r.row_id) not in pending}
    deleted = {(r.table_name, r.row_id) for r in rows if r.deleted}
    refers: dict[Key, list[Key]] = {}
    links = {name: [(c, p) for c, p in parent_columns(spec.table) if p in tables]
             for name, spec in tables.items()}  # a parent never synced is not waited for
    for key, row in writes.items():
        data = row.data
        parents = [(parent, str(value)) for column, parent in links[row.table_name]
                   if (value := data.get(column)) is not None]
        if parents:
            refers[key] = parents
    # Parents this page writes need no look-up (a join brings most of them together
    # with their children); one of them that cannot apply itself is looked up below.
    here = _present(session, tables, {p for ps in refers.values() for p in ps
                                      if p not in writes}) - deleted
    looked_up: set[Key] = set()
    blocked: dict[Key, Key] = {}

    def absent(parent: Key) -> bool:
        if parent in here:
            return False
        if parent not in writes:
            return True
        if parent not in blocked:
            return False
        if parent not in looked_up:  # written by this page, yet blocked: here already?
            looked_up.add(parent)
            here.update(_present(session, tables, {parent}) - deleted)
        return parent not in here

    changed = True
    while changed:  # a row waiting for a blocked row is blocked too
        changed = False
        for key, parents in refers.items():
            if key in blocked:
                continue
            missing = next((p for p in parents if absent(p)), None)
            if missing is not None:
                blocked[key] = missing
                changed = True
    ready = [r for r in rows if (r.table_name, r.row_id) not in blocked] if blocked \
        else list(rows)
    ready.sort(key=lambda r: (not r.deleted, -rank.get(r.table_name, 0) if r.deleted
                              else rank.get(r.table_name, 0), r.ho_seq))
    return ready, [(writes[k], parent) for k, parent in blocked.items()]


def _present(session: Session, tables: dict[str, SyncedTable], keys: set[Key]) -> set[Key]:
    """Which of these rows exist in this store (one statement per table, the ids sent
    as one JSON array: no bound parameter per id)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, row_id in keys:
        by_table[table].append(row_id)
    found: set[Key] = set()
    for name, ids in by_table.items():
        if name not in tables:
            continue
        found.update((name, i) for (i,) in session.connection().exec_driver_sql(
            f'SELECT id FROM "{name}" WHERE id IN (SELECT value FROM json_each(?))',
            (json.dumps(ids),)))
    return found


def _apply_one_by_one(session: Session, tables: dict[str, SyncedTable], pending: set[Key],
                      rows: Sequence[PulledRow], result: Applied, check: Check | None = None
                      ) -> tuple[list[PulledRow], list[PulledRow]]:
    """Each row in its own savepoint, keys checked at once; rounds until no progress."""
    done: list[PulledRow] = []
    todo = list(rows)
    while todo:
        stuck: list[PulledRow] = []
        for row in _checked(todo, check):
            try:
                with session.begin_nested():
                    result.conflicts += _apply_row(session, tables, pending, row)
            except IntegrityError:
                stuck.append(row)
            else:
                done.append(row)
        if len(stuck) == len(todo):
            return done, stuck
        todo = stuck
    return done, []


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
                   rows: Sequence[PulledRow], check: Check | None = None) -> int:
    """The usual path: rows grouped per table and kind (in the order given), keys
    checked at commit; written CHECK_EVERY rows at a time when a cancel check is given."""
    upserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    conflicts = 0
    for row in _checked(rows, check):
        spec = tables[row.table_name]
        if spec.append_only:
            if not _apply_append_only(session, spec, row):
                inserts[row.table_name].append(row.data)
        elif (row.table_name, row.row_id) in pending:
            conflicts += merge.meet(session, spec, row,
                                    local_revision(session, spec.table, row.row_id) or 0)
        elif row.deleted:
            delete_row(session, spec.table, row.row_id)
        else:
            upserts[row.table_name].append(row.data)
    for only_missing, grouped in ((False, upserts), (True, inserts)):
        for name, items in grouped.items():
            for part in _parts(items, check):
                upsert_rows(session, tables[name].table, part, only_missing=only_missing)
    return conflicts


def _parts(items: list[dict[str, Any]], check: Check | None) -> Iterator[list[dict[str, Any]]]:
    """`items` whole, or CHECK_EVERY at a time with `check` called before each part."""
    if check is None:
        yield items
        return
    for start in range(0, len(items), CHECK_EVERY):
        check()
        yield items[start:start + CHECK_EVERY]


def _apply_row(session: Session, tables: dict[str, SyncedTable], pending: set[Key],
               row: PulledRow) -> int:
    spec = tables[row.table_name]
    if spec.append_only:
        if not _apply_append_only(session, spec, row):
            insert_if_missing(session, spec.table, row.data)
    elif (row.table_name, row.row_id) in pending:
        return merge.meet(session, spec, row,
                          local_revision(session, spec.table, row.row_id) or 0)
    elif row.deleted:
        delete_row(session, spec.table, row.row_id)
    else:
        write_row(session, spec.table, row.data)
    return 0
