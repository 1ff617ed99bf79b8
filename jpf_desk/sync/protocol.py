"""The two head-office operations a desk performs: push one batch, pull one page.

Push runs in one PostgreSQL transaction under the write lock: the rows and the batch
id land together, and a batch id already recorded is answered from the record without
touching any row, so a retried batch is a no-op. A row that another store changed after
this desk's cursor is not overwritten: it comes back as rejected, and the next pull
turns it into a conflict.

A tombstone holds `{}` as data, never the deleted values (right to erasure). An
append-only row (consent proof, field history) is only ever pushed again when an erasure
rewrote it, with a higher revision: head office replaces its copy then.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg

from jpf_desk.sync.head_office.migrations import SCHEMA, WRITE_LOCK

Key = tuple[str, str]  # (table_name, row_id)
Hook = Callable[[str], None]


@dataclass(frozen=True)
class PushRow:
    table_name: str
    row_id: str
    centre_id: str
    revision: int
    data: str | None  # the row as a JSON object; None: a deletion (tombstone)
    append_only: bool

    @property
    def deleted(self) -> bool:
        return self.data is None


@dataclass(frozen=True)
class PushResult:
    already_applied: bool
    rejected: frozenset[Key]  # changed at head office by another store since our cursor
    forbidden: frozenset[Key]  # not this centre's rows: head office refuses them


@dataclass(frozen=True)
class PulledRow:
    table_name: str
    row_id: str
    centre_id: str
    revision: int
    data: dict[str, Any]
    deleted: bool
    origin_store: str
    ho_seq: int


Conn = psycopg.Connection[tuple[Any, ...]]


def _keys(value: Any) -> frozenset[Key]:
    return frozenset((str(t), str(r)) for t, r in value)


def _copy_line(r: PushRow) -> str:
    """One line of COPY's text format, built with plain string operations (per-row COPY
    calls cost more than the server's work). SQLite's JSON holds no raw control
    character, only backslashes to double."""
    data = "\\N" if r.data is None else r.data.replace("\\", "\\\\")
    return (f"{_esc(r.table_name)}\t{_esc(r.row_id)}\t{_esc(r.centre_id)}\t{r.revision}\t"
            f"{data}\t"
            f"{'t' if r.deleted else 'f'}\t{'t' if r.append_only else 'f'}\n")


def _esc(text: str) -> str:
    if "\\" in text or "\t" in text or "\n" in text or "\r" in text:
        return (text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                .replace("\r", "\\r"))
    return text


def copy_payload(rows: Sequence[PushRow]) -> bytes:
    """The batch as COPY input; built by the desk while the previous batch is sent."""
    return "".join(_copy_line(r) for r in rows).encode()


_STAGING = (
    "CREATE TEMP TABLE IF NOT EXISTS push_rows (table_name text, row_id text, "
    "centre_id text, revision integer, data jsonb, deleted boolean, append_only boolean) "
    "ON COMMIT DELETE ROWS"
)


def push_batch(conn: Conn, batch_id: str, store_id: str, base_seq: int,
               rows: Sequence[PushRow], hook: Hook | None = None,
               payload: bytes | None = None,
               before_apply: Callable[[], None] | None = None) -> PushResult:
    """`before_apply` runs once the rows are staged, before the write lock: the caller
    holds the batch there until the previous one has committed."""
    # The staging table lives as long as the session, created outside the batch's
    # transaction (a rolled-back batch must not take it away).
    conn.execute(_STAGING)
    with conn.transaction():
        with conn.cursor().copy(
            "COPY push_rows (table_name, row_id, centre_id, revision, data, deleted, "
            "append_only) FROM STDIN"
        ) as copy:
            copy.write(payload if payload is not None else copy_payload(rows))
        if before_apply is not None:
            before_apply()
        done = conn.execute(
            f"SELECT pg_advisory_xact_lock(%s), (SELECT result FROM {SCHEMA}.applied_batches "
            "WHERE batch_id = %s)", (WRITE_LOCK, batch_id)).fetchone()
        if done is not None and done[1] is not None:
            result = done[1]
            return PushResult(True, _keys(result["rejected"]), _keys(result["forbidden"]))
        refused = conn.execute(
            f"SELECT 'r', p.table_name, p.row_id FROM push_rows p JOIN {SCHEMA}.rows r "
            "USING (table_name, row_id) "
            "WHERE r.origin_store <> %s AND r.ho_seq > %s AND NOT p.append_only "
            "UNION SELECT 'f', table_name, row_id FROM push_rows "
            f"WHERE centre_id IS DISTINCT FROM (SELECT {SCHEMA}.current_centre()) "
            # A shared row (deleted or changed here) belongs to head office whatever
            # the desk says: refused, not an error that would block every later sync.
            f"UNION SELECT 'f', p.table_name, p.row_id FROM push_rows p JOIN {SCHEMA}.rows r "
            "USING (table_name, row_id) "
            f"WHERE r.centre_id IS DISTINCT FROM (SELECT {SCHEMA}.current_centre())",
            (store_id, base_seq)).fetchall()
        forbidden = _keys((t, r) for kind, t, r in refused if kind == "f")
        rejected = _keys((t, r) for kind, t, r in refused if kind == "r") - forbidden
        if refused:
            conn.execute(
                "DELETE FROM push_rows WHERE (table_name, row_id) IN "
                "(SELECT * FROM unnest(%s::text[], %s::text[]))",
                ([k[0] for k in rejected | forbidden], [k[1] for k in rejected | forbidden]))
        conn.execute(
            f"INSERT INTO {SCHEMA}.rows AS r (table_name, row_id, centre_id, revision, data, "
            "deleted, origin_store, ho_seq) "
            "SELECT table_name, row_id, centre_id, revision, coalesce(data, '{}'::jsonb), "
            "deleted, %s, 0 FROM push_rows "
            "ON CONFLICT (table_name, row_id) DO UPDATE SET centre_id = EXCLUDED.centre_id, "
            "revision = EXCLUDED.revision, deleted = EXCLUDED.deleted, "
            # A deletion keeps no data: an erased person's row must not survive here.
            "data = EXCLUDED.data, "
            "origin_store = EXCLUDED.origin_store",
            (store_id,))
        result_json = json.dumps({"rejected": sorted(rejected), "forbidden": sorted(forbidden)})
        conn.execute(
            f"INSERT INTO {SCHEMA}.applied_batches (batch_id, centre_id, store_id, row_count, "
            f"result) VALUES (%s, (SELECT {SCHEMA}.current_centre()), %s, %s, %s)",
            (batch_id, store_id, len(rows), result_json))
        if hook is not None:
            hook("before_remote_commit")
    return PushResult(False, rejected, forbidden)


def pull_page(conn: Conn, cursor: int, store_id: str, limit: int) -> tuple[list[PulledRow], int]:
    """Rows changed at head office after `cursor` by anyone but this store, and the new
    cursor (past this store's own rows too, so they are never fetched back)."""
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        fetched = conn.execute(
            "SELECT table_name, row_id, centre_id, revision, data, deleted, origin_store, "
            f"ho_seq FROM {SCHEMA}.rows WHERE ho_seq > %s AND origin_store <> %s "
            "ORDER BY ho_seq LIMIT %s", (cursor, store_id, limit)).fetchall()
        rows = [PulledRow(*r) for r in fetched]
        if len(rows) == limit:
            return rows, rows[-1].ho_seq
        top = conn.execute(f"SELECT max(ho_seq) FROM {SCHEMA}.rows WHERE ho_seq > %s",
                           (cursor,)).fetchone()
        newest = int(top[0]) if top and top[0] is not None else cursor
        return rows, max(cursor, newest)
