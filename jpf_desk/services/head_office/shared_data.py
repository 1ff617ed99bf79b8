"""Shared data, written by head office only: the catalogue, partners and their scopes,
document kinds, holidays, request periods and policy versions.

No centre can write these at head office (sync/head_office/one_writer.py); head
office's administrator does, with an owner account (`jpf-desk head-office shared …`),
and adopts the rows a standalone desk offered when it connected (`… offers`, `… adopt`).
Rows are plain JSON objects with the desk's column names, as `shared list` prints them;
head office sets the centre (shared), the revision and the times itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg

from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import register
from jpf_desk.store.base import SHARED_CENTRE, new_id
from jpf_desk.sync.head_office.names import SCHEMA
from jpf_desk.sync.head_office.one_writer import SHARED_TABLES
from jpf_desk.sync.limits import MAX_ROW_BYTES
from jpf_desk.sync.rows import synced_tables

ORIGIN = "head-office"
Conn = psycopg.Connection[tuple[Any, ...]]


@dataclass(frozen=True)
class SharedRow:
    table_name: str
    row_id: str
    revision: int
    data: dict[str, Any]


@dataclass(frozen=True)
class Offer:
    centre_id: str
    table_name: str
    row_id: str
    data: dict[str, Any]
    offered_at: datetime
    adopted: bool


def _connect(dsn: str) -> Conn:
    return psycopg.connect(dsn, autocommit=True, connect_timeout=10)


def _check_table(table_name: str) -> None:
    if table_name not in SHARED_TABLES:
        raise DomainError("shared.unknown_table", table=table_name)


def _clean(table_name: str, row: Mapping[str, Any], revision: int,
           created_at: str | None) -> dict[str, Any]:
    """The row as head office stores it: known columns only (of the desk's model, when
    the desk has the table), centre shared, revision and times set here."""
    spec = synced_tables().get(table_name)
    if spec is not None:
        unknown = sorted(set(row) - {c.name for c in spec.table.columns})
        if unknown:
            raise DomainError("shared.unknown_columns", table=table_name,
                              columns=", ".join(unknown))
    now = datetime.now(UTC).isoformat()
    data = {**row, "id": str(row.get("id") or new_id()), "centre_id": SHARED_CENTRE,
            "revision": revision, "created_at": created_at or now, "updated_at": now,
            "changed_by": None}
    if len(json.dumps(data).encode()) > MAX_ROW_BYTES:
        raise DomainError("shared.too_large", table=table_name)
    return data


def list_shared(dsn: str, table_name: str) -> list[SharedRow]:
    _check_table(table_name)
    with _connect(dsn) as conn:
        rows = conn.execute(
            f"SELECT row_id, revision, data FROM {SCHEMA}.rows WHERE table_name = %s "
            "AND centre_id = %s AND NOT deleted ORDER BY row_id",
            (table_name, SHARED_CENTRE)).fetchall()
    return [SharedRow(table_name, str(r), int(v), dict(d)) for r, v, d in rows]


def put_shared(dsn: str, table_name: str, rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """Add or replace shared rows (one transaction); returns their ids. Desks receive
    them at their next sync."""
    _check_table(table_name)
    written: list[str] = []
    with _connect(dsn) as conn, conn.transaction():
        for row in rows:
            row_id = str(row.get("id") or new_id())
            found = conn.execute(
                f"SELECT revision, data->>'created_at', centre_id FROM {SCHEMA}.rows "
                "WHERE table_name = %s AND row_id = %s", (table_name, row_id)).fetchone()
            if found is not None and found[2] != SHARED_CENTRE:
                raise DomainError("shared.id_of_a_centre", table=table_name)
            data = _clean(table_name, {**row, "id": row_id},
                          int(found[0]) + 1 if found else 1, found[1] if found else None)
            _write(conn, table_name, row_id, data, int(data["revision"]))
            written.append(row_id)
    return written


def _write(conn: Conn, table_name: str, row_id: str, data: Mapping[str, Any],
           revision: int, deleted: bool = False) -> None:
    conn.execute(
        f"INSERT INTO {SCHEMA}.rows (table_name, row_id, centre_id, revision, data, deleted, "
        "origin_store, ho_seq) VALUES (%s, %s, %s, %s, %s, %s, %s, 0) "
        "ON CONFLICT (table_name, row_id) DO UPDATE SET revision = EXCLUDED.revision, "
        "data = EXCLUDED.data, deleted = EXCLUDED.deleted, origin_store = EXCLUDED.origin_store",
        (table_name, row_id, SHARED_CENTRE, revision, json.dumps(data), deleted, ORIGIN))


def retire_shared(dsn: str, table_name: str, row_id: str) -> None:
    """Delete a shared row everywhere (a tombstone, as deletions travel)."""
    _check_table(table_name)
    with _connect(dsn) as conn, conn.transaction():
        found = conn.execute(
            f"SELECT revision FROM {SCHEMA}.rows WHERE table_name = %s AND row_id = %s "
            "AND centre_id = %s AND NOT deleted", (table_name, row_id, SHARED_CENTRE)).fetchone()
        if found is None:
            raise DomainError("shared.not_found", table=table_name)
        _write(conn, table_name, row_id, {}, int(found[0]) + 1, deleted=True)


def list_offers(dsn: str, *, include_adopted: bool = False) -> list[Offer]:
    with _connect(dsn) as conn:
        rows = conn.execute(
            f"SELECT centre_id, table_name, row_id, data, offered_at, adopted_at IS NOT NULL "
            f"FROM {SCHEMA}.reference_offers "
            + ("" if include_adopted else "WHERE adopted_at IS NULL ")
            + "ORDER BY table_name, offered_at").fetchall()
    return [Offer(str(c), str(t), str(r), dict(d), o, bool(a)) for c, t, r, d, o, a in rows]


def adopt_offer(dsn: str, centre_id: str, table_name: str, row_id: str) -> None:
    """A centre's offered row becomes shared data under the same id, so that the rows
    that point at it stay right on every desk. A shared row with that id wins."""
    _check_table(table_name)
    with _connect(dsn) as conn, conn.transaction():
        offer = conn.execute(
            f"SELECT data FROM {SCHEMA}.reference_offers WHERE centre_id = %s "
            "AND table_name = %s AND row_id = %s FOR UPDATE",
            (centre_id, table_name, row_id)).fetchone()
        if offer is None:
            raise DomainError("shared.offer_not_found", table=table_name)
        taken = conn.execute(f"SELECT 1 FROM {SCHEMA}.rows WHERE table_name = %s "
                             "AND row_id = %s", (table_name, row_id)).fetchone()
        if taken is None:
            data = _clean(table_name, {k: v for k, v in dict(offer[0]).items()
                                       if k not in ("revision", "changed_by")}, 1,
                          str(offer[0].get("created_at") or "") or None)
            _write(conn, table_name, row_id, data, 1)
        conn.execute(f"UPDATE {SCHEMA}.reference_offers SET adopted_at = now() "
                     "WHERE table_name = %s AND row_id = %s AND adopted_at IS NULL",
                     (table_name, row_id))


register({
    "shared.unknown_table": {
        "vi": "Bảng {table} không phải dữ liệu dùng chung.",
        "fr": "La table {table} n'est pas une donnée partagée.",
        "en": "Table {table} is not shared data.",
    },
    "shared.unknown_columns": {
        "vi": "Bảng {table} không có cột: {columns}.",
        "fr": "La table {table} n'a pas de colonne : {columns}.",
        "en": "Table {table} has no column: {columns}.",
    },
    "shared.too_large": {
        "vi": "Một dòng của bảng {table} quá lớn.",
        "fr": "Une ligne de la table {table} est trop grande.",
        "en": "A row of table {table} is too large.",
    },
    "shared.id_of_a_centre": {
        "vi": "Mã dòng này thuộc dữ liệu của một cơ sở, không thể dùng cho bảng {table}.",
        "fr": "Cet identifiant appartient aux données d'un centre ; impossible pour {table}.",
        "en": "This id belongs to a centre's data; it cannot be used for {table}.",
    },
    "shared.not_found": {
        "vi": "Không tìm thấy dòng này trong dữ liệu dùng chung của bảng {table}.",
        "fr": "Cette ligne n'est pas dans les données partagées de {table}.",
        "en": "This row is not in the shared data of {table}.",
    },
    "shared.offer_not_found": {
        "vi": "Không có đề xuất này cho bảng {table}.",
        "fr": "Aucune proposition de ce type pour {table}.",
        "en": "No such offer for {table}.",
    },
})
