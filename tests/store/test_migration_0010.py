"""0010_receipt_details: from a store at the heads it was written after, with a receipt."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jpf_desk.store import migrate
from jpf_desk.store.engine import STORE_FILE, connect, open_store
from tests.helpers.migration_heads import SEEDED_AT, alembic_plain, insert_old_customer

PREVIOUS_HEADS = ("0002_consent", "0003_dossiers", "0004_requests", "0005_sync")
T = SEEDED_AT


def test_previous_store_with_a_receipt_gains_the_details_table(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    alembic_plain(path, "upgrade", *PREVIOUS_HEADS)
    conn = sqlite3.connect(path)
    with conn:
        insert_old_customer(conn)
        conn.execute(
            "INSERT INTO consent_receipts (id, centre_id, created_at, updated_at, revision, "
            "customer_id, store_id, chain_position, short_code, kind, method, language, "
            "policy_version, policy_sha256, consented_at, content, previous_hash, "
            "content_hash) VALUES ('r1', 'k1', " + T + ", " + T + ", 1, 'c1', 's1', 1, "
            "'AAAA-BBBB', 'intake', 'desk', 'vi', 'v1', 'x', " + T + ", '{}', 'p', 'h')")
    conn.close()
    store = open_store(tmp_path)  # start-up: encrypted in place, then `upgrade heads`
    store.close()
    assert migrate.current_revisions(path, store.key) == migrate.head_revisions()
    assert "0010_receipt_details" in migrate.head_revisions()
    conn = connect(path, store.key)
    assert conn.execute("SELECT id, content_hash FROM consent_receipts").fetchall() == [
        ("r1", "h")]
    columns = [row[1] for row in conn.execute("PRAGMA table_info(controller_contacts)")]
    conn.close()
    assert {"scope", "legal_name", "address", "phone", "email", "data_contact"} <= set(columns)
