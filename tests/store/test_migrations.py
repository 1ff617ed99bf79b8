"""Migrations: from an empty store, re-run on an up-to-date store, from an older store
with data in it, a failed migration, and models that match the migrated schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from jpf_desk.store import migrate, models  # noqa: F401 - registers every table
from jpf_desk.store.base import Base
from jpf_desk.store.engine import STORE_FILE, connect, is_plain, make_engine, open_store
from jpf_desk.store.errors import MigrationFailed, StoreTooNew
from tests.helpers.migration_heads import alembic_plain


# Tables that SQLite or FTS5 make for themselves, not described by models.
def _ours(obj: object, name: str | None, type_: str, reflected: bool, _other: object) -> bool:
    return not (type_ == "table" and name is not None and (
        name.startswith("customers_fts") or name == "alembic_version"
    ))


def test_empty_store_reaches_every_head(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    assert migrate.current_revisions(tmp_path / STORE_FILE, store.key) == migrate.head_revisions()


def test_models_match_migrated_schema(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    engine = make_engine(tmp_path / STORE_FILE, store.key)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "include_object": _ours, "compare_type": True, "render_as_batch": True,
        })
        diffs = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diffs == []


def test_rerun_on_up_to_date_store_does_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    assert migrate.upgrade(tmp_path / STORE_FILE, store.key) is False
    assert not (tmp_path / migrate.BACKUP_DIR).exists()


def _seed_foundation(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO customers (id, centre_id, created_at, updated_at, revision, "
            "family_name, middle_name, given_name, full_name, search_key, sort_key, street, "
            "address_as_written, notes, status) VALUES ('c1', 'k1', '2026-01-01 00:00:00', "
            "'2026-01-01 00:00:00', 1, 'Trần', 'Văn', 'Bình', 'Trần Văn Bình', "
            "'tran van binh', 'binh', '', '', '', 'active')"
        )
    conn.close()


def test_older_store_with_data_is_backed_up_and_kept(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    alembic_plain(path, "upgrade", "0001_foundation")
    _seed_foundation(path)
    store = open_store(tmp_path)  # encrypted in place, then migrated
    store.close()
    assert migrate.current_revisions(path, store.key) == migrate.head_revisions()
    conn = connect(path, store.key)
    names = conn.execute("SELECT full_name FROM customers").fetchall()
    found = conn.execute(
        "SELECT rowid FROM customers_fts WHERE customers_fts MATCH 'binh'").fetchall()
    conn.close()
    assert names == [("Trần Văn Bình",)]
    assert len(found) == 1
    backups = sorted(p.name.split("-", 3)[-1] for p in (tmp_path / migrate.BACKUP_DIR).glob("*.db"))
    assert backups == ["before-0001_foundation.db", "before-encryption.db"]
    assert not any(is_plain(p) for p in (tmp_path / migrate.BACKUP_DIR).iterdir())


def test_failed_migration_restores_the_old_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / STORE_FILE
    alembic_plain(path, "upgrade", "0001_foundation")
    _seed_foundation(path)

    def broken_upgrade(cfg: object, target: str) -> None:
        conn = cfg.attributes["connection"]  # type: ignore[attr-defined]
        conn.exec_driver_sql("DELETE FROM customers")
        conn.exec_driver_sql("DROP TABLE payments")
        conn.commit()
        raise RuntimeError("simulated failure half-way")

    store = open_store(tmp_path, migrate=False)
    store.close()
    monkeypatch.setattr(migrate, "head_revisions", lambda: {"9999_future"})
    monkeypatch.setattr(migrate.command, "upgrade", broken_upgrade)
    with pytest.raises(MigrationFailed) as failure:
        migrate.upgrade(path, store.key)
    assert Path(failure.value.backup).exists()
    conn = connect(path, store.key)
    assert conn.execute("SELECT count(*) FROM customers").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM payments").fetchone() == (0,)
    conn.close()


def test_store_of_a_newer_version_is_said_not_backed_up(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    conn = connect(tmp_path / STORE_FILE, store.key)
    conn.execute("UPDATE alembic_version SET version_num='0099_future' "
                 "WHERE rowid = (SELECT min(rowid) FROM alembic_version)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreTooNew):
        open_store(tmp_path)
    assert not (tmp_path / migrate.BACKUP_DIR).exists()


def test_older_store_lists_in_vietnamese_order_after_upgrade(tmp_path: Path) -> None:
    """0013_search: sort keys of stored customers become the Vietnamese order, and their
    names are indexed with their marks."""
    path = tmp_path / STORE_FILE
    alembic_plain(path, "upgrade", "0001_foundation")
    conn = sqlite3.connect(path)
    with conn:
        for i, (given, old_key) in enumerate((("Đức", "duc"), ("Dũng", "dung"), ("Dung", "dung"),
                                              ("Ánh", "anh"))):
            conn.execute(
                "INSERT INTO customers (id, centre_id, created_at, updated_at, revision, "
                "family_name, middle_name, given_name, full_name, search_key, sort_key, "
                "street, address_as_written, notes, status) VALUES (?, 'k1', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, 'Lê', '', ?, ?, ?, ?, "
                "'', '', '', 'active')", (f"c{i}", given, f"Lê {given}", f"le {old_key}",
                                          f"{old_key}\x1fle\x1f"))
        conn.execute(  # an erased customer keeps an empty key
            "INSERT INTO customers (id, centre_id, created_at, updated_at, revision, "
            "family_name, middle_name, given_name, full_name, search_key, sort_key, street, "
            "address_as_written, notes, status) VALUES ('gone', 'k1', '2026-01-01 00:00:00', "
            "'2026-01-01 00:00:00', 1, '', '', '', '', '', '', '', '', '', 'deleted')")
    conn.close()
    store = open_store(tmp_path)
    store.close()
    conn = connect(path, store.key)
    names = [r[0] for r in conn.execute(
        "SELECT given_name FROM customers WHERE status != 'deleted' ORDER BY sort_key")]
    erased = conn.execute("SELECT sort_key FROM customers WHERE id = 'gone'").fetchone()
    marked = [r[0] for r in conn.execute(  # names already stored are indexed with marks
        "SELECT c.id FROM customers_fts_marked JOIN customers AS c ON c.rowid = "
        "customers_fts_marked.rowid WHERE customers_fts_marked MATCH '\"dũ\"*'")]
    conn.close()
    assert names == ["Ánh", "Dung", "Dũng", "Đức"]
    assert erased == ("",)
    assert marked == ["c1"]
