"""The local side of a push: claim a batch of outbox entries, read their rows, ack.

The batch id is written on the outbox rows (and committed) before anything is sent, and
stays until head office acknowledges: a desk that crashes or loses the line resends the
same batch id next time, which head office answers without applying it twice.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import and_, exists, select, tuple_, update
from sqlalchemy.orm import Session

from jpf_desk.store.base import new_id
from jpf_desk.store.models import OutboxEntry, SyncConflict
from jpf_desk.sync.limits import MAX_ROW_BYTES
from jpf_desk.sync.protocol import (
    Key,
    copy_flag,
    copy_prefix,
    copy_text,
)
from jpf_desk.sync.rows import SyncedTable, json_select, synced_tables

# A row is sent only if head office's text of its JSON (a space after each ':' and ',')
# stays under the limit: the desk's compact JSON, with room for that spacing.
SEND_LIMIT = MAX_ROW_BYTES - 4096

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Batch:
    batch_id: str
    size: int  # rows sent (several changes of one row send it once)
    entries: int  # outbox entries covered
    payload: bytes  # the rows as COPY input, ready to send
    oversize: frozenset[Key] = frozenset()  # left out: over the size head office takes


def _in_conflict() -> object:
    return exists().where(and_(SyncConflict.table_name == OutboxEntry.table_name,
                               SyncConflict.row_id == OutboxEntry.row_id))


def release_conflicting(session: Session) -> None:
    """Rows waiting for a person's decision leave any batch they were put in."""
    if not session.connection().exec_driver_sql(
            "SELECT EXISTS (SELECT 1 FROM sync_conflicts)").scalar():
        return  # the usual case: no conflict, no scan of the batched entries
    session.execute(update(OutboxEntry)
                    .where(OutboxEntry.batch_id.is_not(None), _in_conflict())  # type: ignore[arg-type]
                    .values(batch_id=None))


def claim_batch(session: Session, size: int, skip: Collection[Key],
                busy: Collection[str] = ()) -> Batch | None:
    """The batch to send now: an unacknowledged one first (not one of `busy`, those
    being sent), else a new one."""
    # Every batch runs these statements: written for the driver, no ORM statement to
    # build and look up in the cache each time.
    release_conflicting(session)
    conn = session.connection()
    others = list(busy)
    batch_id = conn.exec_driver_sql(
        "SELECT batch_id FROM outbox WHERE batch_id IS NOT NULL"
        + (f" AND batch_id NOT IN ({', '.join('?' * len(others))})" if others else "")
        + " LIMIT 1", tuple(others)).scalar()
    if batch_id is None:
        batch_id = new_id()
        if not skip:  # the usual case: one statement, no row through Python
            claimed = conn.exec_driver_sql(
                "UPDATE outbox SET batch_id = ? WHERE seq IN (SELECT seq FROM outbox o "
                f"WHERE batch_id IS NULL AND NOT {_NO_CONFLICT} ORDER BY seq LIMIT ?)",
                (batch_id, size)).rowcount
        else:
            claimed = _claim_skipping(session, batch_id, size, skip)
        if not claimed:
            return None
    return _batch(session, batch_id)


_NO_CONFLICT = ("EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.table_name = o.table_name "
                "AND c.row_id = o.row_id)")


def _claim_skipping(session: Session, batch_id: str, size: int, skip: Collection[Key]) -> int:
    """Claim entries while leaving out rows head office turned away earlier in this run."""
    conn = session.connection()
    seqs: list[int] = []
    waiting = conn.exec_driver_sql(
        "SELECT seq, table_name, row_id FROM outbox o WHERE batch_id IS NULL AND NOT "
        f"{_NO_CONFLICT} ORDER BY seq")
    for seq, table, row_id in waiting:  # streamed: stops reading once the batch is full
        if (table, row_id) not in skip:
            seqs.append(seq)
            if len(seqs) == size:
                break
    waiting.close()
    for start in range(0, len(seqs), 500):
        chunk = seqs[start:start + 500]
        conn.exec_driver_sql(
            f"UPDATE outbox SET batch_id = ? WHERE seq IN ({', '.join('?' * len(chunk))})",
            (batch_id, *chunk))
    return len(seqs)


def _batch(session: Session, batch_id: str) -> Batch:
    """The batch's COPY input, one query per table: SQLite builds each row's whole line
    (JSON and escapes included) as bytes, Python only joins them, so a row costs no
    Python object but its line; a row changed several times goes once, as it is now (a
    tombstone if deleted since)."""
    conn = session.connection()
    tables = synced_tables()
    counts = conn.exec_driver_sql(
        "SELECT table_name, count(*) FROM outbox WHERE batch_id = ? GROUP BY table_name "
        "ORDER BY min(seq)", (batch_id,)).fetchall()
    centre = copy_text(_centre_of_tombstone(session))
    lines: list[bytes] = []
    oversize: list[Key] = []
    for name, _count in counts:
        spec = tables.get(name)
        if spec is None:
            log.warning("outbox names a table that is not synced: %s", name)
            continue
        params = (batch_id, name, copy_prefix(name), centre)
        found = [line for (line,) in conn.exec_driver_sql(_lines_query(spec), params)]
        if max(map(len, found), default=0) > SEND_LIMIT:  # rare: measure their JSON
            sized = conn.exec_driver_sql(_lines_query(spec, sized=True), params).fetchall()
            big = [(name, str(row_id)) for row_id, size, _line in sized
                   if size is not None and size > SEND_LIMIT]
            # Head office refuses them (and would fail the batch): kept here only.
            log.warning("%d rows of %s over the size head office takes", len(big), name)
            oversize.extend(big)
            found = [line for _id, size, line in sized if size is None or size <= SEND_LIMIT]
        lines.extend(found)
    return Batch(batch_id, len(lines), sum(int(n) for _name, n in counts),
                 b"".join(lines), frozenset(oversize))


# The characters COPY's text format escapes (backslash, tab, line feed, carriage
# return): a GLOB class, so that a value holding none (nearly all) costs one test.
_NEEDS_ESCAPE = "'*[' || char(92, 9, 10, 13) || ']*'"


def _copy_text_sql(expr: str) -> str:
    """SQLite: the text `expr` as `protocol.copy_text` writes it."""
    return (f"CASE WHEN {expr} GLOB {_NEEDS_ESCAPE} THEN replace(replace(replace(replace("
            f"{expr}, char(92), char(92, 92)), char(9), char(92) || 't'), "
            f"char(10), char(92) || 'n'), char(13), char(92) || 'r') ELSE {expr} END")


def _lines_query(spec: SyncedTable, *, sized: bool = False) -> str:
    """The COPY line (bytes) of each row of the table in the batch, columns as
    `protocol.PUSH_COLUMNS`; a row no longer here (deleted since) goes as a tombstone:
    the desk's centre, the revision of its last change, no data. `sized`: each line
    after the row's id and the bytes of its JSON (NULL for a tombstone).
    Parameters: batch id, table name, line prefix, the desk's centre (escaped)."""
    # max(seq) makes SQLite take the other columns from each row's last change (count()
    # does not change that). Rows go in the order of their last change (head office
    # numbers them in that order; a row's parent in the same table was changed before
    # it), never by id. The base is the revision before the row's first change in
    # the batch (0 if new): for a row changed once (nearly always), from that change.
    # Sorted in the subquery too, SQLite sorts each row's small key, not its line (it
    # then omits the outer sort, which only states the order). SQLite's JSON holds no
    # raw control character (it escapes them): only its backslashes are doubled for COPY.
    table, flag = spec.table, copy_flag(spec.append_only)
    data = json_select(table, "t")
    base = (f"CASE WHEN o.n = 1 THEN {_base_of('o.')} ELSE (SELECT "
            f"{_base_of('f.')} FROM outbox f WHERE f.batch_id = ?1 "
            "AND f.table_name = ?2 AND f.row_id = o.row_id ORDER BY f.seq LIMIT 1) END")
    row_id = _copy_text_sql("o.row_id")
    line = (f"CAST(CASE WHEN t.id IS NULL THEN concat(?3, {row_id}, char(9), ?4, char(9), "
            f"o.revision, char(9, 92, 78, 9, 116, 9), '{flag}', char(9), {base}, char(10)) "
            f"ELSE concat(?3, {row_id}, char(9), {_copy_text_sql('t.centre_id')}, "
            f"char(9), coalesce(t.revision, o.revision), char(9), "
            f"replace({data}, char(92), char(92, 92)), "
            f"char(9, 102, 9), '{flag}', char(9), {base}, char(10)) END AS BLOB)")
    columns = (f"o.row_id, CASE WHEN t.id IS NULL THEN NULL ELSE octet_length({data}) END, "
               f"{line}" if sized else line)
    return (f"SELECT {columns} "
            "FROM (SELECT row_id, revision, op, max(seq) AS last, count(*) AS n FROM outbox "
            "WHERE batch_id = ?1 AND table_name = ?2 GROUP BY row_id ORDER BY last) o "
            f'LEFT JOIN "{table.name}" t ON t.id = o.row_id ORDER BY o.last')


def _base_of(alias: str) -> str:
    """SQL: the revision head office must hold for outbox entry `alias` to apply (0 for
    a new row; a deletion's own revision; the one before an update's)."""
    return (f"max(0, CASE {alias}op WHEN 'insert' THEN 0 WHEN 'delete' THEN {alias}revision "
            f"ELSE {alias}revision - 1 END)")


def pending_base(session: Session, key: Key) -> int | None:
    """The revision the next push will say a row's pending change was made on (that of
    its first entry, as `_lines_query` sends it); None when nothing is pending."""
    found = session.connection().exec_driver_sql(
        f"SELECT {_base_of('f.')} FROM outbox f WHERE f.table_name = ? AND f.row_id = ? "
        "ORDER BY f.seq LIMIT 1", key).scalar()
    return None if found is None else int(found)


def _centre_of_tombstone(session: Session) -> str:
    """A deleted row's centre is gone with it; the desk's own centre is the only one it
    could have written (head office refuses any other)."""
    from jpf_desk.store import tracking

    return str(session.info.get(tracking.ACTOR_CENTRE) or "")


def acknowledge(session: Session, batch_id: str, keep: Collection[Key]) -> None:
    """Head office has the batch: its entries go, except rows it did not take."""
    if keep:
        keys = list(keep)
        for start in range(0, len(keys), 400):
            session.execute(update(OutboxEntry)
                            .where(OutboxEntry.batch_id == batch_id,
                                   tuple_(OutboxEntry.table_name, OutboxEntry.row_id)
                                   .in_(keys[start:start + 400]))
                            .values(batch_id=None))
    session.connection().exec_driver_sql("DELETE FROM outbox WHERE batch_id = ?", (batch_id,))


def pending_keys(session: Session, keys: Collection[Key]) -> set[Key]:
    """Which of these rows still have a local change head office has not acknowledged."""
    found: set[Key] = set()
    # A desk joining or catching up usually has nothing pending: one probe instead of a
    # lookup per 500 keys of every pulled page.
    if not keys or session.execute(select(OutboxEntry.seq).limit(1)).first() is None:
        return found
    ids = sorted({row_id for _table, row_id in keys})
    for start in range(0, len(ids), 500):
        rows = session.execute(select(OutboxEntry.table_name, OutboxEntry.row_id)
                               .where(OutboxEntry.row_id.in_(ids[start:start + 500])))
        found.update((t, r) for t, r in rows)
    return found & set(keys)
