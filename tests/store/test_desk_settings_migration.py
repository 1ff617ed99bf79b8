"""0016_desk_settings: from an empty store, and from the previous store with data in it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from jpf_desk.services.settings.stored import print_setup, stored_language
from jpf_desk.store import migrate
from jpf_desk.store.engine import STORE_FILE, connect, open_store

MINE = "0016_desk_settings"


def test_an_empty_store_gets_the_table_with_nothing_chosen(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        assert MINE in migrate.head_revisions()
        assert stored_language(store) is None
        assert (print_setup(store).printer, print_setup(store).paper_size.value) == ("", "A4")
    finally:
        store.close()


def test_the_previous_store_keeps_its_data_and_settings(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    engine = create_engine(f"sqlite:///{path}")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        for head in sorted(migrate.head_revisions() - {MINE}):
            command.upgrade(cfg, head)
    engine.dispose()
    plain = sqlite3.connect(path)
    with plain:
        assert plain.execute("SELECT count(*) FROM sqlite_master WHERE name = 'desk_settings'"
                             ).fetchone() == (0,)
        plain.execute("INSERT INTO store_settings (key, value) VALUES ('idle_lock_minutes', '9')")
    plain.close()
    store = open_store(tmp_path)  # encrypted in place, then migrated
    store.close()
    assert migrate.current_revisions(path, store.key) == migrate.head_revisions()
    conn = connect(path, store.key)
    try:
        assert conn.execute("SELECT value FROM store_settings WHERE key = 'idle_lock_minutes'"
                            ).fetchall() == [("9",)]
        assert conn.execute("SELECT count(*) FROM desk_settings").fetchall() == [(0,)]
    finally:
        conn.close()
