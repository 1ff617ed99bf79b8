"""Appending a link to the consent chain, in plain SQL so that the migration that seals
an existing store, the services that write new proof and sync (applying another desk's
erasure) do exactly the same thing.

The rows are read back from the table *as stored* (`SELECT *`), after the insert, so
every column is covered, whatever later migrations add and whatever defaults filled.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

from jpf_desk.domain import chain
from jpf_desk.store.models.consent_chain import CHAIN_HEAD_SETTING, CHAIN_TABLE

RECEIPTS = "consent_receipts"
EVENTS = "consent_events"
STORE_ID_SETTING = "store_id"
MISSING = "missing"


def table_columns(conn: Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(text(f"PRAGMA table_info({table})"))]


def stored_rows(conn: Connection, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """{id: {column: value}} of the rows that exist (a missing id is simply absent)."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        part = tuple(ids[start:start + 500])
        marks = ", ".join("?" * len(part))
        result = conn.exec_driver_sql(f"SELECT * FROM {table} WHERE id IN ({marks})", part)
        for row in result.mappings():
            found[str(row["id"])] = dict(row)
    return found


def receipt_digest_now(conn: Connection, receipt_id: str, columns: Sequence[str]) -> str | None:
    """The digest of the receipt row as stored now (None when it is gone)."""
    rows = stored_rows(conn, RECEIPTS, [receipt_id])
    if receipt_id not in rows:
        return None
    return chain.receipt_digest(chain.row_values(rows[receipt_id], columns))


def events_part(columns: Sequence[str], ids: Sequence[str],
                rows: dict[str, dict[str, Any]]) -> dict[str, str]:
    """{event id: digest of its stored values in `rows`}; a missing event reads as MISSING."""
    return {i: (chain.receipt_digest(chain.row_values(rows[i], columns)) if i in rows
                else MISSING) for i in ids}


def head(conn: Connection) -> tuple[int, str] | None:
    row = conn.execute(text(f"SELECT position, link_hash FROM {CHAIN_TABLE} "
                            "ORDER BY position DESC LIMIT 1")).first()
    return None if row is None else (int(row[0]), str(row[1]))


def local_store_id(conn: Connection) -> str:
    value = conn.execute(text("SELECT value FROM store_settings WHERE key = :k"),
                         {"k": STORE_ID_SETTING}).scalar()
    if value is None:
        raise RuntimeError("store has no id: run the desk set-up first")
    return str(value)


def append_link(conn: Connection, *, store_id: str, kind: str, receipt_id: str | None,
                event_ids: Sequence[str], hash_version: int = chain.SEALED_WHEN_WRITTEN,
                at: datetime | None = None) -> tuple[int, str]:
    """Seal the receipt row (if any) and the events as they are stored now; returns the
    new head (position, link hash), which is also written to the chain-head setting."""
    return append_links(conn, store_id=store_id, kind=kind,
                        items=[(receipt_id, event_ids)], hash_version=hash_version, at=at)


def append_links(conn: Connection, *, store_id: str, kind: str,
                 items: Sequence[tuple[str | None, Sequence[str]]],
                 hash_version: int = chain.SEALED_WHEN_WRITTEN,
                 at: datetime | None = None) -> tuple[int, str]:
    """One link per (receipt id, event ids), in order (bulk writers: one head update)."""
    columns = {RECEIPTS: table_columns(conn, RECEIPTS), EVENTS: table_columns(conn, EVENTS)}
    last = head(conn) or (0, chain.link_genesis(store_id))
    recorded_at = (at or datetime.now(UTC)).astimezone(UTC).isoformat()
    for receipt_id, event_ids in items:
        last = _append(conn, columns, last, store_id=store_id, kind=kind,
                       receipt_id=receipt_id, event_ids=event_ids,
                       hash_version=hash_version, recorded_at=recorded_at)
    value = json.dumps({"position": last[0], "hash": last[1]})
    conn.execute(text("INSERT INTO store_settings (key, value) VALUES (:k, :v) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {"k": CHAIN_HEAD_SETTING, "v": value})
    return last


def _append(conn: Connection, columns: dict[str, list[str]], last: tuple[int, str], *,
            store_id: str, kind: str, receipt_id: str | None, event_ids: Sequence[str],
            hash_version: int, recorded_at: str) -> tuple[int, str]:
    receipt = (None if receipt_id is None
               else receipt_digest_now(conn, receipt_id, columns[RECEIPTS]))
    if receipt_id is not None and receipt is None:
        raise RuntimeError(f"receipt {receipt_id} is not in the store")
    ids = sorted(event_ids)
    events = events_part(columns[EVENTS], ids, stored_rows(conn, EVENTS, ids))
    covered: dict[str, Any] = {"columns": columns, "events": events, "receipt_digest": receipt}
    position, previous = last[0] + 1, last[1]
    fields = chain.link_fields(
        position=position, store_id=store_id, kind=kind, receipt_id=receipt_id,
        hash_version=hash_version, covered=chain.canonical(covered).decode("utf-8"),
        rows_digest=chain.rows_digest(receipt, events), recorded_at=recorded_at)
    new_hash = chain.link_hash(previous, fields)
    conn.execute(text(
        f"INSERT INTO {CHAIN_TABLE} (position, store_id, kind, receipt_id, hash_version, "
        "covered, rows_digest, recorded_at, previous_hash, link_hash) VALUES (:position, "
        ":store_id, :kind, :receipt_id, :hash_version, :covered, :rows_digest, "
        ":recorded_at, :previous, :hash)"), {**fields, "previous": previous, "hash": new_hash})
    return position, new_hash


def seal_redaction(conn: Connection, receipt_id: str) -> tuple[int, str]:
    """A receipt rewritten by an erasure (here or on another desk of the centre): its new
    row is sealed by a link of its own, so the redacted receipt is proven as well."""
    return append_link(conn, store_id=local_store_id(conn), kind=chain.REDACTION,
                       receipt_id=receipt_id, event_ids=[])
