"""Migration 0015_sync_conflicts: from an empty store, and from a 0005_sync store whose
pending changes and conflicts must survive (compared whole, as they were made)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jpf_desk.store import migrate
from jpf_desk.store.engine import STORE_FILE, connect, open_store
from jpf_desk.sync.merge import pending_base
from tests.helpers.migration_heads import alembic_plain


def test_from_an_empty_store(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    conn = connect(tmp_path / STORE_FILE, store.key)
    try:
        outbox = {r[1] for r in conn.execute("PRAGMA table_info(outbox)")}
        conflicts = {r[1] for r in conn.execute("PRAGMA table_info(sync_conflicts)")}
        assert "base" in outbox and "fields" in conflicts
        assert "0015_sync_conflicts" in migrate.current_revisions(tmp_path / STORE_FILE,
                                                                  store.key)
    finally:
        conn.close()


def test_from_a_store_at_0005_with_pending_changes_and_a_conflict(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    alembic_plain(path, "upgrade", "0005_sync")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO outbox (table_name, row_id, op, revision, changed_at) "
                     "VALUES ('customers', 'c1', 'update', 3, '2026-11-20 03:00:00')")
        conn.execute("INSERT INTO sync_conflicts (id, table_name, row_id, local_revision, "
                     "remote_revision, remote_data, remote_deleted, remote_origin, "
                     "remote_seq, detected_at) VALUES ('k1', 'customers', 'c1', 3, 4, '{}', "
                     "0, 'desk-2', 4200, '2026-11-20 03:00:00')")
    conn.close()
    store = open_store(tmp_path)  # encrypted in place, then migrated
    try:
        assert migrate.current_revisions(path, store.key) == migrate.head_revisions()
        with store.session(None, None) as s:
            raw = s.connection().exec_driver_sql
            assert raw("SELECT row_id, op, revision, base FROM outbox").fetchall() == [
                ("c1", "update", 3, None)]
            assert raw("SELECT id, remote_seq, fields FROM sync_conflicts").fetchall() == [
                ("k1", 4200, None)]
            assert pending_base(s, "customers", "c1") is None  # compared whole
    finally:
        store.close()
