"""0018_search_digits: from a store at the heads before it, with customers, the digit
indexes hold the status and sort key (a digit search ranks from them, reading no
customer row), and the downgrade gives the one-column indexes back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jpf_desk.services.customers.search import search_sql
from jpf_desk.store import migrate
from jpf_desk.store.engine import STORE_FILE, connect, open_store
from tests.helpers.migration_heads import alembic_plain

T = "'2026-11-01 00:00:00'"
DIGITS = ("id_number", "id_rev", "phone_digits", "phone_rev")


def _previous_heads() -> list[str]:
    return sorted(migrate.head_revisions() - {"0018_search_digits"})


def _seed(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for cid, given, sort_key, id_number, phone in (
                ("c1", "Bình", "binh", "091090000001", "977000111"),
                ("c2", "An", "an", "001090000091", "912000111")):
            conn.execute(
                "INSERT INTO customers (id, centre_id, created_at, updated_at, revision, "
                "family_name, middle_name, given_name, full_name, search_key, sort_key, "
                "street, address_as_written, notes, status, id_number, id_rev, "
                f"phone_digits, phone_rev) VALUES (?, 'k1', {T}, {T}, 1, 'Trần', 'Văn', ?, "
                "?, ?, ?, '', '', '', 'active', ?, ?, ?, ?)",
                (cid, given, f"Trần Văn {given}", f"tran van {given.lower()}", sort_key,
                 id_number, id_number[::-1], phone, phone[::-1]))
    conn.close()


def _indexes(conn: sqlite3.Connection | object) -> dict[str, list[str]]:
    names = [r[1] for r in conn.execute("PRAGMA index_list(customers)")]  # type: ignore[attr-defined]
    return {n: [r[2] for r in conn.execute(f"PRAGMA index_info({n})")]  # type: ignore[attr-defined]
            for n in names if any(d in n for d in DIGITS)}


def test_previous_store_ranks_digit_searches_from_its_indexes(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    alembic_plain(path, "upgrade", *_previous_heads())
    _seed(path)
    store = open_store(tmp_path)  # start-up: encrypted in place, then `upgrade heads`
    store.close()
    assert migrate.current_revisions(path, store.key) == migrate.head_revisions()
    conn = connect(path, store.key)
    indexes = _indexes(conn)
    sql, params = search_sql("091", 200) or ("", {})
    rows = [r[0] for r in conn.execute(sql, params)]
    plan = " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
    conn.close()
    assert indexes == {
        "ix_customers_id_number_sorted": ["id_number", "status", "sort_key"],
        "ix_customers_id_rev_sorted": ["id_rev", "status", "sort_key"],
        "ix_customers_phone_digits_sorted": ["phone_digits", "status", "sort_key"],
        "ix_customers_phone_rev_sorted": ["phone_rev", "status", "sort_key"],
    }
    assert rows == ["c2", "c1"]  # An (ID ends with 091) before Bình (begins with it)
    # Matches ranked from the indexes alone; a customer row read only to show it.
    assert "COVERING INDEX ix_customers_id_rev_sorted" in plan
    assert "COVERING INDEX ix_customers_id_number_sorted" in plan
    assert "SEARCH c USING INTEGER PRIMARY KEY" in plan


def test_downgrade_gives_the_one_column_indexes_back(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    alembic_plain(path, "upgrade", "heads")
    _seed(path)
    alembic_plain(path, "downgrade", "0013_search")
    conn = sqlite3.connect(path)
    indexes = _indexes(conn)
    kept = conn.execute("SELECT id FROM customers ORDER BY id").fetchall()
    conn.close()
    assert indexes == {f"ix_customers_{d}": [d] for d in DIGITS}
    assert kept == [("c1",), ("c2",)]
