"""The local side of a push: claim a batch of outbox entries, read their rows, ack.

The batch id is written on the outbox rows (and committed) before anything is sent, and
stays until head office acknowledges: a desk that crashes or loses the line resends the
same batch id next time, which head office answers without applying it twice.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Table, and_, delete, exists, select, tuple_, update
from sqlalchemy.orm import Session

from jpf_desk.store.base import new_id
from jpf_desk.store.models import OutboxEntry, SyncConflict
from jpf_desk.sync.limits import MAX_ROW_BYTES
from jpf_desk.sync.protocol import (
    Key,
    copy_flag,
    copy_json,
    copy_prefix,
    copy_text,
)
from jpf_desk.sync.rows import json_select, synced_tables

# A row is sent only if head office's text of its JSON (a space after each ':' and ',')
# stays under the limit: the desk's compact JSON, with room for that spacing.
SEND_LIMIT = MAX_ROW_BYTES - 4096
_QUICK = SEND_LIMIT // 4  # fewer characters than this cannot make SEND_LIMIT bytes

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
    if session.scalar(select(exists().select_from(SyncConflict))) is not True:
        return  # the usual case: no conflict, no scan of the batched entries
    session.execute(update(OutboxEntry)
                    .where(OutboxEntry.batch_id.is_not(None), _in_conflict())  # type: ignore[arg-type]
                    .values(batch_id=None))


def claim_batch(session: Session, size: int, skip: Collection[Key],
                busy: Collection[str] = ()) -> Batch | None:
    """The batch to send now: an unacknowledged one first (not one of `busy`, those
    being sent), else a new one."""
    release_conflicting(session)
    batch_id = session.scalars(
        select(OutboxEntry.batch_id).where(OutboxEntry.batch_id.is_not(None),
                                           OutboxEntry.batch_id.not_in(list(busy))).limit(1)
    ).first()
    conn = session.connection()
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
    """The batch's COPY input, one query per table: SQLite builds each row's JSON (no
    Python object per value), Python only joins the fields of each line; a row changed
    several times goes once, as it is now (a tombstone if deleted since)."""
    conn = session.connection()
    tables = synced_tables()
    counts = conn.exec_driver_sql(
        "SELECT table_name, count(*) FROM outbox WHERE batch_id = ? GROUP BY table_name "
        "ORDER BY min(seq)", (batch_id,)).fetchall()
    centre = copy_text(_centre_of_tombstone(session))
    lines: list[str] = []
    oversize: list[Key] = []
    for name, _count in counts:
        spec = tables.get(name)
        if spec is None:
            log.warning("outbox names a table that is not synced: %s", name)
            continue
        prefix, flag = copy_prefix(name), copy_flag(spec.append_only)
        rows = conn.exec_driver_sql(_rows_query(spec.table), (batch_id, name)).fetchall()
        big = [r for r in rows if r[3] is not None and len(r[3]) > _QUICK
               and len(r[3].encode()) > SEND_LIMIT]
        if big:  # head office refuses them (and would fail the batch): kept here only
            log.warning("%d rows of %s over the size head office takes", len(big), name)
            oversize.extend((name, str(r[0])) for r in big)
            rows = [r for r in rows if r not in big]
        lines.extend(
            f"{prefix}{copy_text(row_id)}\t{copy_text(row_centre)}\t{revision}\t"
            f"{copy_json(data)}\tf\t{flag}\t{base}\n" if data is not None else
            f"{prefix}{copy_text(row_id)}\t{centre}\t{revision}\t\\N\tt\t{flag}\t{base}\n"
            for row_id, row_centre, revision, data, base in rows)
    return Batch(batch_id, len(lines), sum(int(n) for _name, n in counts),
                 "".join(lines).encode(), frozenset(oversize))


def _rows_query(table: Table) -> str:
    """(id, centre, revision, JSON, base revision) of each row of `table` in the batch;
    for a row no longer here (deleted since): its id, NULL, the revision of its last
    change, NULL, the base.
    Parameters: batch id, table name."""
    # max(seq) makes SQLite take the other columns from each row's last change (count()
    # does not change that). Rows go in the order of their last change (head office
    # numbers them in that order; a row's parent in the same table was changed before
    # it), never by id. The base is the revision before the row's first change in
    # the batch (0 if new): for a row changed once (nearly always), from that change.
    return (f"SELECT o.row_id, t.centre_id, coalesce(t.revision, o.revision), "
            f"CASE WHEN t.id IS NULL THEN NULL ELSE {json_select(table, 't')} END, "
            f"CASE WHEN o.n = 1 THEN {_base_of('o.')} ELSE (SELECT "
            f"{_base_of('f.')} FROM outbox f WHERE f.batch_id = ?1 "
            "AND f.table_name = ?2 AND f.row_id = o.row_id ORDER BY f.seq LIMIT 1) END "
            "FROM (SELECT row_id, revision, op, max(seq) AS last, count(*) AS n FROM outbox "
            "WHERE batch_id = ?1 AND table_name = ?2 GROUP BY row_id) o "
            f'LEFT JOIN "{table.name}" t ON t.id = o.row_id ORDER BY o.last')


def _base_of(alias: str) -> str:
    """SQL: the revision head office must hold for outbox entry `alias` to apply (0 for
    a new row; a deletion's own revision; the one before an update's)."""
    return (f"max(0, CASE {alias}op WHEN 'insert' THEN 0 WHEN 'delete' THEN {alias}revision "
            f"ELSE {alias}revision - 1 END)")


def pending_base(session: Session, key: Key) -> int | None:
    """The revision the next push will say a row's pending change was made on (that of
    its first entry, as `_rows_query` sends it); None when nothing is pending."""
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
    session.execute(delete(OutboxEntry).where(OutboxEntry.batch_id == batch_id))


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
