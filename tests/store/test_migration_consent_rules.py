"""Migration 0011_consent_rules from an empty store and from the previous heads with data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jpf_desk.services.rights import requests
from jpf_desk.store import migrate
from jpf_desk.store.engine import STORE_FILE, connect, open_store
from tests.helpers.migration_heads import alembic_plain

T = "'2026-01-01 00:00:00'"


def _tracked(row_id: str) -> str:
    return f"'{row_id}', 'k1', {T}, {T}, 1"


def test_empty_store_has_the_new_columns(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    conn = connect(tmp_path / STORE_FILE, store.key)
    for table in ("data_requests", "request_periods"):
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        assert "day_off" in columns
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "transfer_filings" in tables
    conn.close()
    # Applied: a head now, or below one (0020_two_desks builds on it).
    assert "0011_consent_rules" in _applied(migrate.current_revisions(tmp_path / STORE_FILE,
                                                                     store.key))


def _applied(heads: set[str]) -> set[str]:
    graph, todo = migrate.revision_graph(), list(heads)
    seen: set[str] = set()
    while todo:
        revision = todo.pop()
        if revision not in seen:
            seen.add(revision)
            todo.extend(graph[revision])
    return seen


def test_previous_heads_with_data_keep_their_rows(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    alembic_plain(path, "upgrade", "0002_consent", "0003_dossiers", "0004_requests", "0005_sync")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO customers (id, centre_id, created_at, updated_at, revision, "
            "family_name, middle_name, given_name, full_name, search_key, sort_key, street, "
            "address_as_written, notes, status) VALUES ("
            f"{_tracked('c1')}, 'Trần', 'Văn', 'Bình', 'Trần Văn Bình', 'tran van binh', "
            "'binh', '', '', '', 'active')")
        conn.execute(
            "INSERT INTO data_requests (id, centre_id, created_at, updated_at, revision, "
            "number, customer_id, kind, channel, received_on, requester, identity_check, "
            "identity_note, details, purposes, status, partners_involved, acknowledge_due, "
            "answer_due, day_count, extension_days, extension_reason, outcome, "
            f"refusal_reason) VALUES ({_tracked('r1')}, 'HN1-2026-0001', 'c1', 'access', "
            "'desk', '2026-11-25', 'customer', 'id_document', '', '', '', 'received', 0, "
            "'2026-11-27', '2026-12-05', 'calendar', 0, '', '', '')")
        for code, sensitive in (("id_photos", 0), ("cv", 0)):
            conn.execute(
                "INSERT INTO document_kinds (id, centre_id, created_at, updated_at, revision, "
                "code, name, required, sensitive, expires, sort_order, active) VALUES ("
                f"{_tracked(code)}, '{code}', '{code}', 1, {sensitive}, 0, 1, 1)")
    conn.close()
    store = open_store(tmp_path)  # encrypted in place, then migrated
    try:
        assert migrate.current_revisions(path, store.key) == migrate.head_revisions()
        with store.engine.connect() as db:
            assert db.exec_driver_sql(
                "SELECT answer_due, day_off FROM data_requests").fetchall() == [
                ("2026-12-05", None)]
            assert dict(db.exec_driver_sql(
                "SELECT code, sensitive FROM document_kinds").fetchall()) == {
                "id_photos": 1, "cv": 0}
        from jpf_desk.services import setup
        from tests.helpers.staff import TEST_PASSWORD

        # The requests list is for a signed-in person: the desk's first manager.
        desk = setup.initialise(store, "HN1", "JPF Hà Nội", "Lê Thu Trang",
                                password=TEST_PASSWORD)
        (row,) = requests.list_requests(desk)
        # Filed before the rule existed: its date was kept as counted, and it says so.
        assert row.counting_rule.endswith("hạn rơi vào ngày nghỉ vẫn giữ nguyên ngày đó")
    finally:
        store.close()
