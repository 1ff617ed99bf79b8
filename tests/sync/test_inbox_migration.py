"""Migration 0006_sync_inbox: from an empty store, and from a 0005_sync store whose
cursor and conflicts must survive."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jpf_desk.domain.sync_inbox import SetAsideReason
from jpf_desk.store import migrate
from jpf_desk.store.engine import STORE_FILE, connect, open_store
from jpf_desk.sync import parking
from jpf_desk.sync.protocol import PulledRow
from tests.helpers.migration_heads import alembic_plain


def test_from_an_empty_store(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    conn = connect(tmp_path / STORE_FILE, store.key)
    assert conn.execute("SELECT count(*) FROM sync_inbox").fetchone() == (0,)
    assert "0006_sync_inbox" in migrate.current_revisions(tmp_path / STORE_FILE, store.key)
    conn.close()


def test_from_a_store_at_0005_with_its_sync_state(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    alembic_plain(path, "upgrade", "0005_sync")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO sync_state (id, cursor, last_error, last_pushed, "
                     "last_pulled) VALUES (1, 4242, '', 3, 7)")
        conn.execute("INSERT INTO sync_conflicts (id, table_name, row_id, local_revision, "
                     "remote_revision, remote_data, remote_deleted, remote_origin, "
                     "remote_seq, detected_at) VALUES ('k1', 'customers', 'c1', 2, 3, '{}', "
                     "0, 'desk-2', 4200, '2026-11-20 03:00:00')")
    conn.close()
    store = open_store(tmp_path)  # encrypted in place, then migrated
    try:
        assert migrate.current_revisions(path, store.key) == migrate.head_revisions()
        with store.session(None, None) as s:
            raw = s.connection().exec_driver_sql
            assert raw("SELECT cursor, last_pulled FROM sync_state").fetchone() == (4242, 7)
            assert raw("SELECT row_id, remote_seq FROM sync_conflicts").fetchall() == [
                ("c1", 4200)]
        with store.session(None, None) as s:
            parking.set_aside(s, PulledRow("guardians", "g1", "k1", 1, {"id": "g1"}, False,
                                           "desk-2", 4300), SetAsideReason.WAITING_PARENT,
                              "customers:c9")
        with store.session(None, None) as s:
            assert parking.counts(s) == (1, 0)
    finally:
        store.close()
