"""Pull one page of head office's rows, bounded in rows and in bytes.

A page holds at most `limit` rows, and head office stops it once the JSON text of its
rows reaches MAX_PAGE_BYTES (the row that crosses the budget is still sent, so that a
page always moves the cursor): without the byte bound a page of 10,000 rows of up to
256 KiB each would be 2.5 GB in one answer. The desk reads the answer as it arrives
(STREAM_CHUNK rows at a time) and refuses a page bigger than it asked for before holding
it whole (`PageTooLarge`, the connection closed unread).

The page is fetched as text (`FetchedPage`) and decoded into rows only when it is
applied: the page fetched ahead while the previous one is applied stays small.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus

from jpf_desk.domain import dates
from jpf_desk.domain.clock_skew import ClockOffset, measure
from jpf_desk.domain.messages import register
from jpf_desk.sync.errors import SyncFailed
from jpf_desk.sync.head_office.names import SCHEMA
from jpf_desk.sync.limits import MAX_PAGE_BYTES, MAX_ROW_BYTES
from jpf_desk.sync.own_seqs import Span
from jpf_desk.sync.protocol import Conn, Page, PulledRow

# Rows read from the line at a time (libpq's chunked mode): the answer is never held
# whole before it is measured.
STREAM_CHUNK = 100


class PageTooLarge(SyncFailed):
    """Head office sent more rows or more bytes than the desk asked for."""

    def __init__(self) -> None:
        super().__init__("sync.page_too_large")


def _returned(alias: str) -> str:
    """The rows a pull returns: others' rows, and its own up to `own_until` (a restored
    store takes back what it wrote after its copy). The walk and the jump over own spans
    must agree on it."""
    return f"({alias}origin_store <> %(store)s OR {alias}ho_seq <= %(own_until)s)"


# Spans of this store's own rows (own_seqs.py) are stepped over: the walk starts past the
# last span reached with no row the walk would return before it (rows of others, or own
# rows up to `own_until`), so it returns exactly what it would from the cursor without
# reading the desk's own last push again.
_JUMP = (
    "jump AS (SELECT %(cursor)s::bigint AS c, 1::bigint AS i "
    "UNION ALL SELECT s.b, j.i + 1 FROM jump j "
    "JOIN unnest(%(own_from)s::bigint[], %(own_to)s::bigint[]) WITH ORDINALITY AS s(a, b, i) "
    "ON s.i = j.i WHERE s.b > j.c AND s.a > %(own_until)s "
    f"AND NOT EXISTS (SELECT 1 FROM {SCHEMA}.rows x WHERE x.ho_seq > j.c AND x.ho_seq < s.a "
    f"AND {_returned('x.')}))"
)

# Head office's rows after the cursor, in order, walked a chunk at a time so that the
# walk stops soon after the byte budget is reached (a plain LIMIT would turn every row
# of the row limit into text first, however big). Each walked row carries its place in
# the page (`n`) and the bytes of the rows before it (`before`); the page is the rows
# with n <= limit and before < budget. The first chunk is small; the next ones are
# sized from the average row so far. A row over MAX_ROW_BYTES travels without its data
# (`{}`, its size beside it): the desk only quarantines it.
_WALK = (
    "walk AS (SELECT NULL::text AS table_name, NULL::text AS row_id, NULL::text AS centre_id, "
    "NULL::integer AS revision, NULL::text AS data, NULL::boolean AS deleted, "
    "NULL::text AS origin_store, (SELECT max(c) FROM jump) AS ho_seq, 0::bigint AS size, "
    "0::bigint AS n, 0::bigint AS before, 0::bigint AS bytes, true AS last, true AS full "
    "UNION ALL SELECT c.table_name, c.row_id, c.centre_id, c.revision, c.data, c.deleted, "
    "c.origin_store, c.ho_seq, c.size, w.n + c.k, (w.before + w.bytes + c.run - c.bytes)::bigint, "
    "c.bytes, c.k = c.got, c.got = c.asked "
    "FROM walk w CROSS JOIN LATERAL (SELECT x.*, row_number() OVER o AS k, "
    "sum(x.bytes) OVER o AS run, count(*) OVER () AS got, a.asked "
    "FROM (SELECT least(%(limit)s - w.n, greatest(16, CASE WHEN w.n = 0 THEN 64 "
    "ELSE (%(budget)s - w.before - w.bytes) * w.n / greatest(w.before + w.bytes, 1) + 1 "
    "END)) AS asked) a, "
    "LATERAL (SELECT y.table_name, y.row_id, y.centre_id, y.revision, y.deleted, "
    "y.origin_store, y.ho_seq, octet_length(y.t)::bigint AS size, "
    f"CASE WHEN octet_length(y.t) > {MAX_ROW_BYTES} THEN '{{}}' ELSE y.t END AS data, "
    f"least(octet_length(y.t), {MAX_ROW_BYTES})::bigint AS bytes "
    "FROM (SELECT table_name, row_id, centre_id, revision, data::text AS t, deleted, "
    f"origin_store, ho_seq FROM {SCHEMA}.rows WHERE ho_seq > w.ho_seq "
    f"AND {_returned('')} "
    "ORDER BY ho_seq LIMIT a.asked) y) x "
    "WINDOW o AS (ORDER BY x.ho_seq ROWS UNBOUNDED PRECEDING)) c "
    "WHERE w.last AND w.full AND w.before + w.bytes < %(budget)s AND w.n < %(limit)s)"
)


# One statement, so one round trip and one snapshot: the page, then a summary line
# (kind 1) with whether the page was cut (by rows or by bytes: more may follow), head
# office's newest sequence number (only when the page was not cut, or when asked), how
# many batches it recorded from this store and the newest consent chain head it holds
# from it and its clock (when asked), then the centre's offered reference rows not
# adopted yet (kind 2, when asked): an empty sync is this one statement.
def _pull_sql(with_head: bool) -> str:
    head = (f"SELECT position, head_hash FROM {SCHEMA}.chain_heads "
            "WHERE %(summary)s AND store_id = %(store)s ORDER BY position DESC LIMIT 1"
            if with_head else "SELECT NULL::bigint AS position, NULL::text AS head_hash "
            "WHERE false")
    return (
        f"WITH RECURSIVE {_JUMP}, {_WALK}, page AS MATERIALIZED (SELECT * FROM walk "
        "WHERE n > 0 AND n <= %(limit)s AND before < %(budget)s), "
        "cut AS (SELECT count(*) >= %(limit)s "
        "OR coalesce(sum(bytes), 0) >= %(budget)s AS more FROM page), "
        f"head AS ({head}) "
        "SELECT 0, table_name, row_id, centre_id, revision, data, deleted, origin_store, "
        "ho_seq, size, NULL, NULL, NULL, NULL FROM page "
        "UNION ALL SELECT 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
        "CASE WHEN %(summary)s OR NOT (SELECT more FROM cut) THEN "
        f"(SELECT max(ho_seq) FROM {SCHEMA}.rows WHERE ho_seq > %(cursor)s) END, "
        "(SELECT more FROM cut)::int, "
        f"CASE WHEN %(summary)s THEN (SELECT count(*)::text FROM {SCHEMA}.applied_batches "
        "WHERE store_id = %(store)s) END, "
        "(SELECT position FROM head), (SELECT head_hash FROM head), "
        # The moment of reading, not the transaction's start: the line may be in one.
        "CASE WHEN %(summary)s THEN clock_timestamp() END "
        "UNION ALL SELECT 2, table_name, row_id, NULL, NULL, data::text, NULL, NULL, NULL, "
        f"NULL, NULL, NULL, NULL, NULL FROM {SCHEMA}.reference_offers "
        "WHERE %(offers)s AND adopted_at IS NULL"
    )


_PULL = _pull_sql(with_head=True)
# A head office not upgraded to the consent chain anchors yet (step 5) has no heads.
_PULL_WITHOUT_HEADS = _pull_sql(with_head=False)


@dataclass(frozen=True)
class FetchedPage:
    """A page as it came off the line (its rows' JSON still text)."""

    lines: list[tuple[Any, ...]]  # as received: (0, table, row id, centre, revision, text, ...)
    sizes: list[int]  # each line's JSON octets (head office's count, or more if measured)
    cursor: int
    more: bool
    top: int | None
    batches: int | None
    anchored: tuple[int, str] | None
    offers: list[tuple[str, str, dict[str, Any]]]
    clock: ClockOffset | None  # this desk's clock against head office's (summary)

    def page(self) -> Page:
        """The rows decoded, in head office's order."""
        rows = sorted(map(_decoded, self.lines, self.sizes), key=lambda r: r.ho_seq)
        return Page(rows, self.cursor, self.top, self.batches, self.anchored, self.offers,
                    self.clock, more=self.more)


def _decoded(line: tuple[Any, ...], size: int) -> PulledRow:
    _kind, table, row_id, centre, revision, text, deleted, origin, seq, *_rest = line
    return PulledRow(table, row_id, centre, revision, json.loads(text), deleted, origin,
                     seq, size)


def fetch_page(conn: Conn, cursor: int, store_id: str, limit: int, *, own_until: int = 0,
               summary: bool = False, offers: bool = False,
               budget: int = MAX_PAGE_BYTES, own: Sequence[Span] = ()) -> FetchedPage:
    """Rows changed at head office after `cursor` by anyone but this store (its own
    rows too up to `own_until`: a desk restored from an older copy takes them back),
    in one round trip, at most `limit` rows and about `budget` bytes of JSON. The new
    cursor passes this store's own rows too, so they are never fetched back.
    `summary`: also head office's newest sequence number and how many batches it
    recorded from this store (restore detection) and the newest chain head it holds
    from it, and how far this desk's clock is from its. `offers`: also the centre's
    offered reference rows. `own`: spans of this store's own rows past the cursor, in
    order (own_seqs.py), stepped over."""
    params = {"cursor": cursor, "store": store_id, "limit": limit, "budget": budget,
              "own_until": own_until, "summary": summary, "offers": offers,
              "own_from": [a for a, _b in own], "own_to": [b for _a, b in own]}
    try:
        asked = dates.now_vn()
        answer = _read(conn, _PULL, params, limit, budget)
    except psycopg.errors.UndefinedTable:
        if conn.info.transaction_status != TransactionStatus.IDLE:
            raise
        asked = dates.now_vn()
        answer = _read(conn, _PULL_WITHOUT_HEADS, params, limit, budget)
    answered = dates.now_vn()
    lines, sizes, summary_lines, offered = answer
    if len(summary_lines) != 1:
        raise PageTooLarge()
    (summary_line,) = summary_lines
    top = int(summary_line[8]) if summary_line[8] is not None else None
    more = bool(summary_line[9])
    batches = int(summary_line[10]) if summary_line[10] is not None else None
    anchored = (None if summary_line[11] is None
                else (int(summary_line[11]), str(summary_line[12])))
    clock = (None if summary_line[13] is None
             else measure(asked, answered, summary_line[13]))
    if more and lines:
        new_cursor = max(line[8] for line in lines)
    else:
        new_cursor = max(cursor, top if top is not None else cursor)
    return FetchedPage(lines, sizes, new_cursor, more and bool(lines), top, batches,
                       anchored, offered, clock)


def pull_page(conn: Conn, cursor: int, store_id: str, limit: int, *, own_until: int = 0,
              summary: bool = False, offers: bool = False,
              budget: int = MAX_PAGE_BYTES, own: Sequence[Span] = ()) -> Page:
    """`fetch_page`, decoded."""
    return fetch_page(conn, cursor, store_id, limit, own_until=own_until, summary=summary,
                      offers=offers, budget=budget, own=own).page()


def _read(conn: Conn, query: str, params: dict[str, Any], limit: int, budget: int
          ) -> tuple[list[tuple[Any, ...]], list[int], list[tuple[Any, ...]],
                     list[tuple[str, str, dict[str, Any]]]]:
    """The answer's lines by kind (the rows with their sizes), read as they arrive;
    stops at the first row past the bounds (more than `limit` rows, or a row after
    `budget` bytes) and closes the connection: the rest is never read."""
    lines: list[tuple[Any, ...]] = []
    sizes: list[int] = []
    summary: list[tuple[Any, ...]] = []
    offered: list[tuple[str, str, dict[str, Any]]] = []
    received = 0
    for line in _stream(conn, query, params):
        kind = line[0]
        if kind == 0:
            if len(lines) >= limit or received >= budget:
                conn.close()  # not read further: the sync stops here, the line with it
                raise PageTooLarge()
            measured = len(line[5].encode())
            received += measured
            lines.append(line)
            sizes.append(max(measured, line[9] or 0))
        elif kind == 1:
            summary.append(line)
        else:
            offered.append((str(line[1]), str(line[2]), json.loads(line[5])))
    return lines, sizes, summary, offered


def _stream(conn: Conn, query: str, params: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    """The answer's lines as they arrive, STREAM_CHUNK at a time (libpq holds no more
    of it than that). psycopg's own
    `Cursor.stream` is not used: whenever an answer ends in an error (head office
    shutting the session down, or an older head office without a table) it asks the
    server to cancel over a new connection, one more connection than the sync makes.
    Here an error only reads the rest of its answer, leaving the line ready (as
    `execute` does); a reader that stops early closes the connection instead."""
    cur = conn.cursor()
    with conn.lock:
        conn.wait(cur._stream_send_gen(query, params, size=STREAM_CHUNK))
        first = True
        try:
            while res := conn.wait(cur._stream_fetchone_gen(first)):
                yield from cur._tx.load_rows(0, res.ntuples, cur._make_row)
                first = False
        except psycopg.Error:
            if not conn.closed and conn.pgconn.transaction_status == TransactionStatus.ACTIVE:
                with suppress(psycopg.Error):
                    while conn.wait(cur._stream_fetchone_gen(False)):
                        pass
            raise


register({
    "sync.page_too_large": {
        "vi": "Văn phòng trung tâm gửi một trang dữ liệu lớn hơn mức máy này nhận; "
              "không có gì được ghi. Hãy báo cho văn phòng trung tâm.",
        "fr": "Le siège a envoyé une page de données plus grande que ce poste n'en accepte ; "
              "rien n'a été écrit. Prévenez le siège.",
        "en": "Head office sent a page of data larger than this desk accepts; nothing was "
              "written. Tell head office.",
    },
})
