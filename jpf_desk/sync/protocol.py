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
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus

from jpf_desk.domain import dates
from jpf_desk.domain.clock_skew import ClockOffset, measure
from jpf_desk.sync.erased_rows import may_stay_sql, owner_sql, parent_key_sql
from jpf_desk.sync.head_office.erased_rows_sql import ERASE_ROWS_OF_ERASED
from jpf_desk.sync.head_office.names import SCHEMA
from jpf_desk.sync.head_office.one_writer import SHARED_TABLES, sql_text_array

Key = tuple[str, str]  # (table_name, row_id)
Hook = Callable[[str], None]


@dataclass(frozen=True)
class PushResult:
    already_applied: bool
    rejected: frozenset[Key]  # changed at head office by another store since our cursor
    forbidden: frozenset[Key]  # not this centre's, shared data, or failing head office's checks
    # Of the forbidden rows, those refused because the person they belong to is erased.
    erased: frozenset[Key] = frozenset()


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
    size: int = 0  # bytes of its JSON text, as head office measures it


@dataclass(frozen=True)
class Page:
    rows: list[PulledRow]
    cursor: int  # the cursor once these rows are applied (or set aside)
    top: int | None  # head office's newest sequence number, when asked for
    batches: int | None  # how many batches head office applied from this store
    # The newest consent chain head head office holds from this store (when asked).
    anchored: tuple[int, str] | None = None
    offers: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    # This desk's clock against head office's, read in the same statement (summary).
    clock: ClockOffset | None = None


Conn = psycopg.Connection[tuple[Any, ...]]


def _keys(value: Any) -> frozenset[Key]:
    return frozenset((str(t), str(r)) for t, r in value)


# The columns of a push, in the order of each COPY line (COPY's text format: fields
# separated by tabs, \N for NULL, backslashes doubled). The desk builds the lines
# (outbox.py) with the helpers below.
# base_revision: the revision head office had when this desk made the change (0 for a
# new row); the change is applied only on top of it.
PUSH_COLUMNS = ("table_name, row_id, centre_id, revision, data, deleted, append_only, "
                "base_revision")


def copy_text(text: str) -> str:
    """A text field as COPY reads it back unchanged."""
    if "\\" in text or "\t" in text or "\n" in text or "\r" in text:
        return (text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                .replace("\r", "\\r"))
    return text


def copy_prefix(table_name: str) -> str:
    """The start of every line of a table's rows: its name and the field separator."""
    return copy_text(table_name) + "\t"


def copy_flag(value: bool) -> str:
    return "t" if value else "f"


def copy_json(text: str) -> str:
    """JSON text built by SQLite as a COPY field: SQLite's JSON holds no raw control
    character (it escapes them), only backslashes to double."""
    return text.replace("\\", "\\\\") if "\\" in text else text


_STAGING = (
    "CREATE TEMP TABLE IF NOT EXISTS push_rows (table_name text, row_id text, "
    "centre_id text, revision integer, data jsonb, deleted boolean, append_only boolean, "
    "base_revision integer) "
    "ON COMMIT DELETE ROWS"
)
# Connections that have the staging table already (created outside any transaction).
_staged: weakref.WeakSet[Conn] = weakref.WeakSet()


# What head office's checks would refuse (head_office/one_writer.py): left out of the write, so
# that one bad row comes back refused instead of failing its whole batch. Not the size:
# measuring it here again cost too much; the desk leaves oversize rows out itself
# (outbox.SEND_LIMIT) and head office's check fails a batch that carries one anyway.
_ACCEPTABLE = (
    f"p.table_name <> ALL ({sql_text_array(SHARED_TABLES)}) "
    "AND (p.table_name <> 'centres' OR (p.row_id = p.centre_id "
    f"AND NOT {SCHEMA}.centre_code_taken(p.data->>'code', p.row_id))) "
    "AND (p.deleted OR p.data->>'id' = p.row_id) "
    # Erasure wins: nothing brings back a person erased at head office, neither their
    # record (only as erased) nor a history row holding an old value of theirs.
    "AND (p.deleted OR p.table_name NOT IN ('customers', 'field_changes') "
    "OR (p.table_name = 'customers' AND p.data->>'status' = 'deleted') "
    "OR (p.table_name = 'field_changes' AND p.data->>'table_name' IS DISTINCT FROM "
    "'customers') "
    f"OR NOT EXISTS (SELECT 1 FROM {SCHEMA}.rows e WHERE e.table_name = 'customers' "
    "AND e.row_id = CASE p.table_name WHEN 'customers' THEN p.row_id "
    "ELSE p.data->>'row_id' END AND e.data->>'status' = 'deleted'))")

# Erasure wins for every table about a person: a pushed row belonging to a customer
# erased at head office (through its customer column or its parent's, the parent taken
# from the batch or from head office) is refused, unless a tombstone, a record kept by
# law, or in its erased form (sync/erased_rows.py). One set-based pass per batch.
_PARENT_TABLE, _PARENT_ID = parent_key_sql("p")
_ERASED_OWNED = (
    "SELECT p.table_name, p.row_id FROM push_rows p "
    "LEFT JOIN LATERAL (SELECT q.table_name, q.row_id, q.data FROM push_rows q "
    f"WHERE q.table_name = {_PARENT_TABLE} AND q.row_id = {_PARENT_ID} AND NOT q.deleted "
    f"UNION ALL SELECT x.table_name, x.row_id, x.data FROM {SCHEMA}.rows x "
    f"WHERE x.table_name = {_PARENT_TABLE} AND x.row_id = {_PARENT_ID} AND NOT x.deleted "
    "LIMIT 1) par ON true "
    f"JOIN {SCHEMA}.rows e ON e.table_name = 'customers' AND e.row_id = {owner_sql('p', 'par')} "
    "AND e.data->>'status' = 'deleted' "
    f"WHERE NOT p.deleted AND NOT {may_stay_sql('p')}"
)

# An erasure pushed: the history rows about the person that head office holds from
# other desks (not yet seen by the erasing desk) become tombstones too; desks pull them.
ERASED_MARK = b'"status":"deleted"'
_ERASE_HISTORY = (
    f"UPDATE {SCHEMA}.rows r SET deleted = true, data = '{{}}'::jsonb, "
    "revision = r.revision + 1, origin_store = %(store)s "
    "FROM push_rows p WHERE p.table_name = 'customers' AND NOT p.deleted "
    "AND p.data->>'status' = 'deleted' AND r.table_name = 'field_changes' AND NOT r.deleted "
    "AND r.data->>'table_name' = 'customers' AND r.data->>'row_id' = p.row_id "
    f"AND r.centre_id = {SCHEMA}.current_centre()")


def _upsert(append_only: bool) -> str:
    """Staged rows of this centre into head office's copy. A row changed there by another
    store since our cursor is left alone (rejected), unless append-only (an erasure's
    rewrite replaces it); a row of another centre is never touched (forbidden)."""
    # Never back: a change is applied only on top of the revision it was made on (a new
    # row resent by the store that wrote it: at its revision or above), so an old copy
    # of a desk put back cannot undo what was synced since; it is turned away and
    # becomes a conflict there. An erasure's rewrite of an append-only row carries a
    # higher revision. The base travels as a column so that the check costs no lookup.
    keep_newer = (" AND EXCLUDED.revision >= r.revision" if append_only else
                  " AND (r.origin_store = EXCLUDED.origin_store OR r.ho_seq <= %(base)s)"
                  " AND (EXCLUDED.base_revision = r.revision"
                  " OR (EXCLUDED.base_revision = 0 AND r.origin_store = EXCLUDED.origin_store"
                  " AND EXCLUDED.revision >= r.revision))")
    return (
        f"INSERT INTO {SCHEMA}.rows AS r (table_name, row_id, centre_id, revision, data, "
        "deleted, origin_store, base_revision) "
        "SELECT p.table_name, p.row_id, p.centre_id, p.revision, "
        "CASE WHEN p.deleted THEN '{}'::jsonb ELSE p.data END, p.deleted, %(store)s, "
        "p.base_revision "
        f"FROM push_rows p, me WHERE p.centre_id = me.centre AND {_ACCEPTABLE} "
        "AND NOT EXISTS (SELECT 1 FROM erased_owned o "
        "WHERE o.table_name = p.table_name AND o.row_id = p.row_id) "
        f"AND {'' if append_only else 'NOT '}p.append_only "
        "ON CONFLICT (table_name, row_id) DO UPDATE SET centre_id = EXCLUDED.centre_id, "
        "revision = EXCLUDED.revision, deleted = EXCLUDED.deleted, "
        # A deletion keeps no data: an erased person's row must not survive here.
        "data = EXCLUDED.data, origin_store = EXCLUDED.origin_store, "
        "base_revision = EXCLUDED.base_revision "
        f"WHERE r.centre_id = EXCLUDED.centre_id{keep_newer} "
        "RETURNING r.table_name, r.row_id")


# The rows and, when all of them were written (the usual case), the batch record, in
# one statement. Rows not written come back: they were refused.
_APPLY = (
    f"WITH me AS MATERIALIZED (SELECT {SCHEMA}.current_centre() AS centre), "
    f"erased_owned AS MATERIALIZED ({_ERASED_OWNED}), "
    f"plain AS ({_upsert(False)}), kept AS ({_upsert(True)}), "
    "written AS (SELECT * FROM plain UNION ALL SELECT * FROM kept), "
    "missing AS (SELECT p.table_name, p.row_id, p.centre_id FROM push_rows p "
    "WHERE NOT EXISTS (SELECT 1 FROM written w "
    "WHERE w.table_name = p.table_name AND w.row_id = p.row_id)), "
    f"record AS (INSERT INTO {SCHEMA}.applied_batches (batch_id, centre_id, store_id, "
    "row_count, result) SELECT %(batch)s, me.centre, %(store)s, %(rows)s, "
    "'{\"rejected\": [], \"forbidden\": []}' FROM me "
    "WHERE NOT EXISTS (SELECT 1 FROM missing)) "
    "SELECT table_name, row_id, centre_id FROM missing"
)

# Of the refused rows, those that are this centre's own at head office were rejected
# (changed there since the cursor); the others are forbidden (another centre's row,
# invisible here, or shared reference data). The refused rows were not touched, so
# looking after the write sees what was there before. One index probe per row.
_OWN_ROWS = (
    f"SELECT x.table_name, x.row_id FROM unnest(%s::text[], %s::text[]) AS k(t, r) "
    f"CROSS JOIN LATERAL (SELECT table_name, row_id FROM {SCHEMA}.rows "
    f"WHERE table_name = k.t AND row_id = k.r AND centre_id = {SCHEMA}.current_centre() "
    "OFFSET 0) x"
)


def _classify(conn: Conn, batch_id: str, store_id: str, row_count: int,
              refused: list[tuple[Any, ...]]) -> PushResult:
    """Rejected, forbidden and erased of the refused rows, recorded with the batch."""
    centre = conn.execute(f"SELECT {SCHEMA}.current_centre()").fetchone()
    mine = centre[0] if centre else None
    erased = _keys(conn.execute(_ERASED_OWNED).fetchall())
    bad = erased | _keys(conn.execute(f"SELECT p.table_name, p.row_id FROM push_rows p "
                                      f"WHERE NOT ({_ACCEPTABLE})").fetchall())
    claimed_own = [(str(t), str(r)) for t, r, c in refused
                   if c == mine and (str(t), str(r)) not in bad]
    own = conn.execute(_OWN_ROWS, ([t for t, _ in claimed_own],
                                   [r for _, r in claimed_own])).fetchall()
    rejected = _keys(own)
    forbidden = _keys((t, r) for t, r, _c in refused) - rejected
    conn.execute(
        f"INSERT INTO {SCHEMA}.applied_batches (batch_id, centre_id, store_id, row_count, "
        "result) VALUES (%s, %s, %s, %s, %s)",
        (batch_id, mine, store_id, row_count,
         json.dumps({"rejected": sorted(rejected), "forbidden": sorted(forbidden),
                     "erased": sorted(erased & forbidden)})))
    return PushResult(False, rejected, forbidden, erased & forbidden)


def push_batch(conn: Conn, batch_id: str, store_id: str, base_seq: int, payload: bytes,
               row_count: int, hook: Hook | None = None,
               before_apply: Callable[[], None] | None = None) -> PushResult:
    """`payload`: the batch's `row_count` rows as COPY lines (`PUSH_COLUMNS`).
    `before_apply` runs once the rows are staged, before the write lock: the caller
    holds the batch there until the previous one has committed."""
    # The staging table lives as long as the session, created outside the batch's
    # transaction (a rolled-back batch must not take it away): once per connection.
    if conn not in _staged:
        conn.execute(_STAGING)
        if conn.autocommit:
            _staged.add(conn)
    with conn.transaction():
        with conn.cursor().copy(f"COPY push_rows ({PUSH_COLUMNS}) FROM STDIN") as copy:
            copy.write(payload)
        if before_apply is not None:
            before_apply()
        # JIT off for this transaction, in the same round trip: the staging table is
        # never analysed, so the apply statement looks costly to the planner and was
        # compiled for every batch (half its time, for a plan run once).
        done = conn.execute(
            f"SELECT {SCHEMA}.write_lock(%s), (SELECT result FROM {SCHEMA}.applied_batches "
            "WHERE batch_id = %s), set_config('jit', 'off', true)",
            (row_count, batch_id)).fetchone()
        if done is not None and done[1] is not None:
            result = done[1]
            return PushResult(True, _keys(result["rejected"]), _keys(result["forbidden"]),
                              _keys(result.get("erased", [])))
        # A new statement, so a new snapshot: taken under the lock, it sees every batch
        # committed before this one. No join over head office's rows unless something
        # was turned away.
        refused = conn.execute(_APPLY, {
            "store": store_id, "base": base_seq, "batch": batch_id, "rows": row_count,
        }).fetchall()
        if ERASED_MARK in payload:
            conn.execute(_ERASE_HISTORY, {"store": store_id})
            conn.execute(ERASE_ROWS_OF_ERASED)  # what other desks sent about the person
        outcome = PushResult(False, frozenset(), frozenset())
        if refused:
            outcome = _classify(conn, batch_id, store_id, row_count, refused)
        if hook is not None:
            hook("before_remote_commit")
    return outcome


def fetch_rows(conn: Conn, keys: list[Key]) -> list[PulledRow]:
    """Head office's current copy of these rows (those this centre may read): a row
    turned away becomes a conflict even when the pull would not bring it again (an old
    copy of this very desk, whose own rows the pull skips)."""
    fetched = conn.execute(
        "SELECT table_name, row_id, centre_id, revision, data, deleted, origin_store, "
        f"ho_seq FROM {SCHEMA}.rows r JOIN unnest(%s::text[], %s::text[]) AS k(t, i) "
        "ON r.table_name = k.t AND r.row_id = k.i",
        ([t for t, _ in keys], [i for _, i in keys])).fetchall()
    return [PulledRow(*r) for r in fetched]


# One statement, so one round trip and one snapshot: the page, then a summary line
# (kind 1) with head office's newest sequence number (only when the page is not full,
# or when asked), how many batches it recorded from this store and the newest consent
# chain head it holds from it and its clock (when asked), then the centre's offered reference rows
# not adopted yet (kind 2, when asked): an empty sync is this one statement.
def _pull_sql(with_head: bool) -> str:
    head = (f"SELECT position, head_hash FROM {SCHEMA}.chain_heads "
            "WHERE %(summary)s AND store_id = %(store)s ORDER BY position DESC LIMIT 1"
            if with_head else "SELECT NULL::bigint AS position, NULL::text AS head_hash "
            "WHERE false")
    return (
        "WITH page AS MATERIALIZED (SELECT table_name, row_id, centre_id, revision, "
        "data::text AS data, deleted, origin_store, ho_seq "
        f"FROM {SCHEMA}.rows WHERE ho_seq > %(cursor)s "
        "AND (origin_store <> %(store)s OR ho_seq <= %(own_until)s) "
        f"ORDER BY ho_seq LIMIT %(limit)s), head AS ({head}) "
        "SELECT 0, table_name, row_id, centre_id, revision, data, deleted, origin_store, "
        "ho_seq, NULL, NULL, NULL, NULL FROM page "
        "UNION ALL SELECT 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
        "CASE WHEN %(summary)s OR (SELECT count(*) FROM page) < %(limit)s THEN "
        f"(SELECT max(ho_seq) FROM {SCHEMA}.rows WHERE ho_seq > %(cursor)s) END, "
        f"CASE WHEN %(summary)s THEN (SELECT count(*)::text FROM {SCHEMA}.applied_batches "
        "WHERE store_id = %(store)s) END, "
        "(SELECT position FROM head), (SELECT head_hash FROM head), "
        # The moment of reading, not the transaction's start: the line may be in one.
        "CASE WHEN %(summary)s THEN clock_timestamp() END "
        "UNION ALL SELECT 2, table_name, row_id, NULL, NULL, data::text, NULL, NULL, NULL, "
        f"NULL, NULL, NULL, NULL FROM {SCHEMA}.reference_offers "
        "WHERE %(offers)s AND adopted_at IS NULL"
    )


_PULL = _pull_sql(with_head=True)
# A head office not upgraded to the consent chain anchors yet (step 5) has no heads.
_PULL_WITHOUT_HEADS = _pull_sql(with_head=False)


def _pulled(line: tuple[Any, ...]) -> PulledRow:
    """A page line; the data comes as JSON text (sent as text anyway), measured here."""
    _kind, table, row_id, centre, revision, text, deleted, origin, seq, *_rest = line
    return PulledRow(table, row_id, centre, revision, json.loads(text), deleted, origin,
                     seq, len(text.encode()))


def pull_page(conn: Conn, cursor: int, store_id: str, limit: int, *, own_until: int = 0,
              summary: bool = False, offers: bool = False) -> Page:
    """Rows changed at head office after `cursor` by anyone but this store (its own
    rows too up to `own_until`: a desk restored from an older copy takes them back),
    in one round trip. The new cursor passes this store's own rows too, so they are
    never fetched back. `summary`: also head office's newest sequence number and how
    many batches it recorded from this store (restore detection), the newest chain
    head it holds from it and how far this desk's clock is from its. `offers`: also the centre's offered reference rows."""
    params = {"cursor": cursor, "store": store_id, "limit": limit,
              "own_until": own_until, "summary": summary, "offers": offers}
    try:
        asked = dates.now_vn()
        fetched = conn.execute(_PULL, params).fetchall()
    except psycopg.errors.UndefinedTable:
        if conn.info.transaction_status != TransactionStatus.IDLE:
            raise
        asked = dates.now_vn()
        fetched = conn.execute(_PULL_WITHOUT_HEADS, params).fetchall()
    answered = dates.now_vn()
    rows = sorted((_pulled(r) for r in fetched if r[0] == 0), key=lambda r: r.ho_seq)
    (summary_line,) = (r for r in fetched if r[0] == 1)
    top = int(summary_line[8]) if summary_line[8] is not None else None
    batches = int(summary_line[9]) if summary_line[9] is not None else None
    anchored = (None if summary_line[10] is None
                else (int(summary_line[10]), str(summary_line[11])))
    offered = [(str(r[1]), str(r[2]), json.loads(r[5])) for r in fetched if r[0] == 2]
    clock = (None if summary_line[12] is None
             else measure(asked, answered, summary_line[12]))
    if len(rows) == limit:
        new_cursor = rows[-1].ho_seq
    else:
        new_cursor = max(cursor, top if top is not None else cursor)
    return Page(rows, new_cursor, top, batches, anchored, offered, clock)
