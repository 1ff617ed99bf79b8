"""0020_two_desks: request numbers widen to 40 characters and a transfer filing is no
longer unique per country, from an empty store and from a store holding a request with
its values and steps (children that reference it) and a filing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jpf_desk.store import migrate
from jpf_desk.store.engine import STORE_FILE, connect, open_store
from tests.helpers.migration_heads import alembic_plain
from tests.store.test_migrations import _seed_foundation

STAMP = "'2026-01-01 00:00:00'"
TRACKED = "centre_id, created_at, updated_at, revision) VALUES "


def _number_type(conn: sqlite3.Connection) -> str:
    return next(str(row[2]) for row in conn.execute("PRAGMA table_info(data_requests)")
                if row[1] == "number")


def test_an_empty_store_has_the_wide_request_number(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    conn = connect(tmp_path / STORE_FILE, store.key)
    try:
        assert _number_type(conn) == "VARCHAR(40)"
    finally:
        conn.close()


def test_a_request_with_its_values_and_steps_is_kept_through_the_widening(
        tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    alembic_plain(path, "upgrade", "0011_consent_rules")
    _seed_foundation(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO data_requests (id, number, customer_id, kind, channel, received_on, "
            "requester, identity_check, identity_note, details, purposes, status, "
            "partners_involved, acknowledge_due, answer_due, day_count, extension_days, "
            "extension_reason, outcome, refusal_reason, " + TRACKED
            + f"('r1', 'HN1-2026-0001', 'c1', 'update', 'desk', '2026-11-25', 'customer', "
            f"'id_document', '', '', '', 'received', 0, '2026-11-27', '2026-12-10', "
            f"'calendar', 0, '', '', '', 'k1', {STAMP}, {STAMP}, 1)")
        conn.execute(
            "INSERT INTO data_request_fields (id, request_id, field, old_value, new_value, "
            + TRACKED + f"('f1', 'r1', 'street', '12 Phố Huế', '8 Phố Huế', 'k1', {STAMP}, "
            f"{STAMP}, 1)")
        conn.execute(
            "INSERT INTO staff (id, full_name, role, active, " + TRACKED
            + f"('s1', 'Lê Thu Trang', 'manager', 1, 'k1', {STAMP}, {STAMP}, 1)")
        conn.execute(
            "INSERT INTO data_request_steps (id, request_id, step, staff_id, at, note, "
            + TRACKED + f"('t1', 'r1', 'received', 's1', {STAMP}, '', 'k1', {STAMP}, "
            f"{STAMP}, 1)")
        conn.execute(
            "INSERT INTO transfer_filings (id, country, filed_on, filed_by, note, " + TRACKED
            + f"('x1', 'FR', '2026-11-02', 's1', '', 'k1', {STAMP}, {STAMP}, 1)")
    conn.close()

    store = open_store(tmp_path)  # encrypted in place, then migrated
    store.close()
    assert migrate.current_revisions(path, store.key) == migrate.head_revisions()
    conn = connect(path, store.key)
    try:
        assert _number_type(conn) == "VARCHAR(40)"
        assert conn.execute("SELECT id, number FROM data_requests").fetchall() == [
            ("r1", "HN1-2026-0001")]
        assert conn.execute("SELECT id, request_id, new_value FROM data_request_fields"
                            ).fetchall() == [("f1", "r1", "8 Phố Huế")]
        assert conn.execute("SELECT id, request_id FROM data_request_steps").fetchall() == [
            ("t1", "r1")]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # The same country's filing recorded on another desk can now be kept beside it.
        conn.execute(
            "INSERT INTO transfer_filings (id, country, filed_on, filed_by, note, " + TRACKED
            + f"('x2', 'FR', '2026-11-03', 's1', '', 'k1', {STAMP}, {STAMP}, 1)")
        assert conn.execute("SELECT id, country, filed_on FROM transfer_filings ORDER BY id"
                            ).fetchall() == [("x1", "FR", "2026-11-02"), ("x2", "FR", "2026-11-03")]
    finally:
        conn.close()
