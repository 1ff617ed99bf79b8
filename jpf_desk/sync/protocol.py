"""The two head-office operations a desk performs: push one batch, pull one page
(the pull itself: sync/pull.py).

Push runs in one PostgreSQL transaction: the desk COPYs its batch into head office's
staging table and head office's own functions check it and, under the order of writes,
apply it (head_office/push_apply.py); the rows and the batch id land together, and a
batch id already recorded is answered from the record without touching any row, so a
retried batch is a no-op. A row that another store changed after
this desk's cursor is not overwritten: it comes back as rejected, and the next pull
turns it into a conflict.

A tombstone holds `{}` as data, never the deleted values (right to erasure). An
append-only row (consent proof, field history) is only ever pushed again when an erasure
rewrote it, with a higher revision: head office replaces its copy then.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg

from jpf_desk.domain.clock_skew import ClockOffset
from jpf_desk.sync.head_office.names import SCHEMA

Key = tuple[str, str]  # (table_name, row_id)
Hook = Callable[[str], None]


@dataclass(frozen=True)
class PushResult:
    already_applied: bool
    rejected: frozenset[Key]  # changed at head office by another store since our cursor
    forbidden: frozenset[Key]  # not this centre's, shared data, or failing head office's checks
    # Of the forbidden rows, those refused because the person they belong to is erased.
    erased: frozenset[Key] = frozenset()
    # The sequence numbers head office gave this batch's write (first, last): every row
    # numbered in that span is this store's (own_seqs.py). None from a head office before
    # step 11, or for a batch answered from its record.
    own_seqs: tuple[int, int] | None = None


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
    more: bool = False  # cut by its row or byte bound: rows after it may be waiting


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


# Connections whose session has head office's staging tables (opened outside any
# transaction: a rolled-back batch must not take them away).
_opened: weakref.WeakSet[Conn] = weakref.WeakSet()

_OPEN = f"SELECT {SCHEMA}.open_push()"


def _open(conn: Conn) -> None:
    """A head office before step 10 has no open_push: UndefinedFunction, which the sync
    reports as a head office to upgrade (errors.py)."""
    if conn in _opened:
        return
    conn.execute(_OPEN)
    if conn.autocommit:
        _opened.add(conn)


def push_batch(conn: Conn, batch_id: str, store_id: str, base_seq: int, payload: bytes,
               row_count: int, hook: Hook | None = None,
               before_apply: Callable[[], None] | None = None) -> PushResult:
    """`payload`: the batch's `row_count` rows as COPY lines (`PUSH_COLUMNS`), staged in
    head office's staging table and applied by head office's own functions
    (head_office/push_apply.py), which check every row and count them themselves.
    `before_apply` runs once the rows are staged and checked, before the order of
    writes: the caller holds the batch there until the previous one has committed."""
    del row_count  # head office counts the staged rows itself
    _open(conn)
    with conn.transaction():
        with conn.cursor().copy(f"COPY pg_temp.push_stage ({PUSH_COLUMNS}) FROM STDIN") as copy:
            copy.write(payload)
        # JIT off for this transaction, in the same round trip: the staging table is
        # never analysed, so the statements look costly to the planner and were
        # compiled for every batch (half their time, for plans run once).
        conn.execute(f"SELECT {SCHEMA}.check_push(), set_config('jit', 'off', true)")
        if before_apply is not None:
            before_apply()
        answer = conn.execute(f"SELECT {SCHEMA}.apply_push(%s, %s, %s)",
                              (batch_id, store_id, base_seq)).fetchone()
        result: dict[str, Any] = answer[0] if answer else {}
        if hook is not None and not result.get("already"):
            hook("before_remote_commit")
    return PushResult(bool(result.get("already")), _keys(result.get("rejected", [])),
                      _keys(result.get("forbidden", [])), _keys(result.get("erased", [])),
                      _span(result.get("own_seqs")))


def _span(value: Any) -> tuple[int, int] | None:
    """Head office's (first, last) pair, or None for anything else."""
    if (isinstance(value, list) and len(value) == 2
            and all(type(v) is int and v > 0 for v in value) and value[0] <= value[1]):
        return value[0], value[1]
    return None


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
