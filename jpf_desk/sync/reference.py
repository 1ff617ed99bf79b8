"""Shared reference data a desk made itself, settled with head office before each sync.

Head office is the only writer of shared data (courses, partners and their scopes,
document kinds, holidays, request periods): a centre's role cannot write them. A desk
that ran standalone first (`jpf-desk demo`, a first start before head office was set
up) made such rows itself, and its classes, disclosures or checklists point at them.
Pushing them was refused, and a second desk of the centre then lost every row hanging
on them. So, before each sync, every local change to a shared row is settled:

- matched: head office has a shared row with the same id: head office's version
  replaces the local one (the desk shows shared data read-only once connected);
- re-keyed: head office has the same row under another id (same course code, same
  document-kind code, same holiday date, same request kind): the local row gives way to
  head office's and the centre's rows that pointed at it follow (and are pushed);
- offered: head office has nothing like it: the row is offered to head office
  (`ho.reference_offers`), which may adopt it into the shared data under the same id.
  The centre's other desks receive the centre's offers before they pull its rows, so
  nothing that depends on them is dropped there.

Partners and their scopes are never re-keyed (disclosures naming a partner are
append-only and cannot follow): they are matched by id or offered.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jpf_desk.store import tracking
from jpf_desk.store.base import SHARED_CENTRE, utcnow
from jpf_desk.store.engine import Store
from jpf_desk.store.models import Centre, OutboxEntry
from jpf_desk.sync.errors import SyncFailed
from jpf_desk.sync.head_office.names import SCHEMA
from jpf_desk.sync.head_office.one_writer import SHARED_TABLES
from jpf_desk.sync.protocol import Conn
from jpf_desk.sync.rows import (
    data_to_row,
    insert_if_missing,
    read_rows,
    synced_tables,
    upsert_row,
)

log = logging.getLogger(__name__)

# The key that makes two rows "the same" when their ids differ (re-keyed tables only).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "courses": ("code",),
    "document_kinds": ("code",),
    "public_holidays": ("day",),
    "request_periods": ("kind",),
}


@dataclass(frozen=True)
class Settlement:
    matched: int = 0
    rekeyed: int = 0
    offered: int = 0
    received: int = 0  # offers of the centre's other desks, now on this desk too


def settle(store: Store, centre_id: str, conn: Conn) -> Settlement:
    """Settle this desk's own changes to shared rows (no statement at all when there is
    none). The centre's offers come with the first pull page (`receive_offers`)."""
    check_centre_code(store, centre_id, conn)
    tables = synced_tables()
    with store.session(centre_id, None) as s:
        waiting = sorted({(str(t), str(r)) for t, r in s.execute(
            select(OutboxEntry.table_name, OutboxEntry.row_id)
            .where(OutboxEntry.table_name.in_(SHARED_TABLES)))})
    counts = {"matched": 0, "rekeyed": 0, "offered": 0}
    shared: dict[str, dict[str, dict[str, Any]]] = {}
    for table_name, row_id in waiting:
        spec = tables.get(table_name)
        if spec is None:
            continue
        with store.session(centre_id, None) as s:
            local = next(iter(read_rows(s, spec.table, [row_id])), None)
        if local is not None and local.get("centre_id") != SHARED_CENTRE:
            continue  # not shared data here: pushed as it is (and refused if not allowed)
        if table_name not in shared:
            shared[table_name] = _shared_rows(conn, table_name)
        outcome = _settle_row(store, centre_id, conn, spec.table, row_id, local,
                              shared[table_name])
        if outcome:
            counts[outcome] += 1
    if any(counts.values()):
        log.info("shared rows settled: %s", counts)
    return Settlement(counts["matched"], counts["rekeyed"], counts["offered"])


def check_centre_code(store: Store, centre_id: str, conn: Conn) -> None:
    """Centre codes are unique at head office: a centre whose code another centre holds
    is told so before anything is pushed (its centre row would be refused, and its next
    desk could not join)."""
    with store.session(centre_id, None) as s:
        centre = s.get(Centre, centre_id)
        if centre is None or s.scalar(select(OutboxEntry.seq).where(
                OutboxEntry.table_name == "centres", OutboxEntry.row_id == centre_id)
                .limit(1)) is None:
            return  # nothing of the centre row to push
        code = centre.code
    taken = conn.execute(f"SELECT {SCHEMA}.centre_code_taken(%s, %s)",
                         (code, centre_id)).fetchone()
    if taken is not None and taken[0]:
        raise SyncFailed("sync.centre_code_taken", centre_code=code)


def _shared_rows(conn: Conn, table_name: str) -> dict[str, dict[str, Any]]:
    rows = conn.execute(
        f"SELECT row_id, data FROM {SCHEMA}.rows WHERE table_name = %s AND centre_id = %s "
        "AND NOT deleted", (table_name, SHARED_CENTRE)).fetchall()
    return {str(r): dict(d) for r, d in rows}


def _settle_row(store: Store, centre_id: str, conn: Conn, table: Table, row_id: str,
                local: dict[str, Any] | None,
                shared: Mapping[str, dict[str, Any]]) -> str | None:
    if local is None and row_id not in shared:  # made and deleted here: nothing to do
        with store.session(centre_id, None) as s:
            _forget(s, table.name, row_id)
        return None
    if row_id in shared:  # changed or deleted here: head office's version comes back
        with store.session(centre_id, None) as s:
            s.info[tracking.SYNC_APPLY] = True
            upsert_row(s, table, shared[row_id])
            _forget(s, table.name, row_id)
        return "matched"
    assert local is not None
    twin = _same_key(table.name, local, shared)
    if twin is not None:
        _rekey(store, centre_id, table, row_id, twin)
        return "rekeyed"
    conn.execute(
        f"INSERT INTO {SCHEMA}.reference_offers (centre_id, table_name, row_id, data) "
        f"VALUES ({SCHEMA}.current_centre(), %s, %s, %s) "
        "ON CONFLICT (centre_id, table_name, row_id) DO UPDATE "
        "SET data = EXCLUDED.data, offered_at = now()",
        (table.name, row_id, json.dumps(local)))
    with store.session(centre_id, None) as s:
        _forget(s, table.name, row_id)
    return "offered"


def _same_key(table_name: str, local: Mapping[str, Any],
              shared: Mapping[str, dict[str, Any]]) -> dict[str, Any] | None:
    key = NATURAL_KEYS.get(table_name)
    if key is None:
        return None
    wanted = tuple(local.get(k) for k in key)
    return next((d for d in shared.values() if tuple(d.get(k) for k in key) == wanted), None)


def _rekey(store: Store, centre_id: str, table: Table, old_id: str,
           theirs: dict[str, Any]) -> None:
    """Head office's row in place of ours; the centre's rows that pointed at ours now
    point at it, with a new revision and an outbox entry each (they are centre data)."""
    new_id = str(theirs["id"])
    with store.session(centre_id, None) as s:
        _defer_keys(s)
        s.execute(delete(table).where(table.c.id == old_id))
        upsert_row(s, table, theirs)
        _forget(s, table.name, old_id)
        for child, column in _pointing_at(table):
            ids = list(s.scalars(select(child.c.id).where(column == old_id)))
            if not ids:
                continue
            s.execute(update(child).where(column == old_id).values({
                column.name: new_id, "revision": child.c.revision + 1,
                "updated_at": utcnow()}))
            tracking.record_bulk(s, child.name, ids, "update")


def _pointing_at(table: Table) -> list[tuple[Table, Any]]:
    found = []
    for spec in synced_tables().values():
        for fk in spec.table.foreign_keys:
            if fk.column.table is table and fk.column.name == "id":
                found.append((spec.table, fk.parent))
    return found


def _forget(session: Session, table_name: str, row_id: str) -> None:
    session.execute(delete(OutboxEntry).where(OutboxEntry.table_name == table_name,
                                              OutboxEntry.row_id == row_id))


def receive_offers(store: Store, centre_id: str,
                   rows: Sequence[tuple[str, str, dict[str, Any]]]) -> int:
    """The centre's offered rows (read with the first pull page) this desk lacks (a
    joining desk: all of them), parents first, before the page's rows that need them.
    A table's rows go in one statement; a row clashing with one here (same code) is
    left out, and this desk's row stays."""
    tables = synced_tables()
    by_table: dict[str, list[dict[str, Any]]] = {}
    for table_name, row_id, data in rows:
        if table_name in tables and str(data.get("id")) == str(row_id):
            by_table.setdefault(table_name, []).append({**data, "centre_id": SHARED_CENTRE})
    if not by_table:
        return 0
    order = {name: n for n, name in enumerate(SHARED_TABLES)}
    received = 0
    with store.session(centre_id, None) as s:
        s.info[tracking.SYNC_APPLY] = True
        _defer_keys(s)
        for table_name in sorted(by_table, key=lambda name: order.get(name, 99)):
            table = tables[table_name].table
            offered = by_table[table_name]
            ids = [str(d["id"]) for d in offered]
            before = _present_ids(s, table, ids)
            missing = [d for d in offered if str(d["id"]) not in before]
            try:
                with s.begin_nested():
                    _insert_all(s, table, missing)
            except IntegrityError:  # a value this table refuses: one row at a time
                _insert_each(s, table, missing)
            after = _present_ids(s, table, ids)
            received += len(after - before)
            for row_id in sorted(set(ids) - after):
                log.warning("offered %s row %s clashes with a row here", table_name, row_id)
    return received


def _present_ids(session: Session, table: Table, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        found.update(str(i) for i in session.scalars(
            select(table.c.id).where(table.c.id.in_(ids[start:start + 500]))))
    return found


def _insert_all(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Rows with the same columns in one statement; a clash on any unique key skips."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for data in rows:
        values = data_to_row(table, data)
        groups.setdefault(tuple(sorted(values)), []).append(values)
    for values_list in groups.values():
        session.execute(sqlite_insert(table).on_conflict_do_nothing(), values_list)


def _insert_each(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    for data in rows:
        try:
            with session.begin_nested():
                insert_if_missing(session, table, data)
        except IntegrityError:
            log.warning("offered %s row %s refused here", table.name, data.get("id"))


def _defer_keys(session: Session) -> None:
    """Open the write transaction (pysqlite begins at the first write), then let parents
    and children change in any order until the commit."""
    session.execute(text("UPDATE sync_state SET cursor = cursor WHERE id = 1"))
    session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
