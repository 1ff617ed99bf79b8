"""kill -9 and a full disk while a backup is written: never a short file that looks
like a backup, the store untouched, and the next backup restores."""

from __future__ import annotations

import pytest

from jpf_desk.services import backups
from jpf_desk.store.engine import STORE_FILE
from tests.helpers.intake import intake_with_passport
from tests.helpers.staff import FIRST_MANAGER, sign_in_as
from tests.store.test_encrypt_in_place import keyring_file_with, run_child


@pytest.fixture
def closed_store(desk):
    intake_with_passport(desk)
    data_dir = desk.store.path.parent
    desk.store.close()
    return data_dir


def store_state(data_dir):
    """The store and documents as files (not SQLite's -wal/-shm companions: the backup
    command signs its manager in, which opens the store before the backup starts)."""
    return {p.relative_to(data_dir): p.read_bytes() for p in data_dir.rglob("*")
            if p.is_file() and p.name != ".lock" and not p.name.endswith(("-wal", "-shm"))}


def backup_then_restore_works(data_dir, tmp_path):
    again = tmp_path / "again.jpfbak"
    done = run_child(data_dir, tmp_path / "keyring.json", "backup", "none", "0", "0", str(again))
    assert done.returncode == 0, done.stderr
    manifest = backups.read_manifest(again, check_members=True)
    assert len(manifest.members) == 3  # the store and two documents
    restored = tmp_path / "restored"
    backups.restore_into(again, restored)
    assert (restored / STORE_FILE).exists()


@pytest.mark.parametrize("n", [1, 2])
def test_kill_9_during_backup(closed_store, tmp_path, memory_keyring, n):
    keyring_file_with(memory_keyring.values, tmp_path)
    before = store_state(closed_store)
    target = tmp_path / "b.jpfbak"
    done = run_child(closed_store, tmp_path / "keyring.json", "backup", "zip", str(n), "0",
                     str(target))
    assert done.returncode == -9, done.stderr
    assert not target.exists()  # at most b.jpfbak.part, never a backup that looks valid
    with pytest.raises(backups.BackupInvalid):
        backups.read_manifest(tmp_path / "b.jpfbak.part", check_members=True)
    assert store_state(closed_store) == before
    backup_then_restore_works(closed_store, tmp_path)


def test_disk_full_during_backup(closed_store, tmp_path, memory_keyring):
    keyring_file_with(memory_keyring.values, tmp_path)
    before = store_state(closed_store)
    target = tmp_path / "b.jpfbak"
    limit = (closed_store / STORE_FILE).stat().st_size + 2048  # room for the snapshot only
    done = run_child(closed_store, tmp_path / "keyring.json", "backup", "none", "0",
                     str(limit), str(target))
    assert done.returncode == 3, done.stderr
    assert "Ổ đĩa đã đầy" in done.stderr
    assert not target.exists() and not list(tmp_path.glob("*.part"))
    assert store_state(closed_store) == before
    backup_then_restore_works(closed_store, tmp_path)


def test_schema_upgrade_backup_on_a_full_disk_leaves_no_file_that_looks_valid(
        closed_store, tmp_path, memory_keyring):
    keyring_file_with(memory_keyring.values, tmp_path)
    limit = (closed_store / STORE_FILE).stat().st_size // 3
    done = run_child(closed_store, tmp_path / "keyring.json", "schema-backup", "none", "0",
                     str(limit))
    assert done.returncode == 3 and "StoreFull" in done.stderr, done.stderr
    left = list((closed_store / "backups").iterdir()) if (closed_store / "backups").exists() else []
    assert left == []  # neither a short .db nor a .part


@pytest.mark.parametrize("n", [4, 6, 8])  # renames while the old store moves aside / the new in
def test_kill_9_during_restore_then_restore_again(desk, tmp_path, memory_keyring, n):
    """A restore cut off half-way has lost nothing: the old store is kept under
    backups/replaced-*, and running the same restore again finishes it."""
    from jpf_desk.services.customers import records
    from jpf_desk.services.dossiers import documents
    from jpf_desk.store.engine import connect, open_store
    from tests.helpers.intake import SCAN
    from tests.helpers.stores import key_of
    from tests.services.helpers import adult

    archive = tmp_path / "b.jpfbak"
    dossier_id = intake_with_passport(desk)
    backups.make_backup(desk.store, archive)
    later = records.create_customer(desk, adult()).customer.id  # only in the current store
    data_dir = desk.store.path.parent
    desk.store.close()
    keyring_file_with(memory_keyring.values, tmp_path)
    done = run_child(data_dir, tmp_path / "keyring.json", "restore", "replace", str(n), "0",
                     str(archive))
    assert done.returncode == -9, done.stderr
    if not (data_dir / STORE_FILE).exists():  # cut off between the two stores: said so
        said = run_child(data_dir, tmp_path / "keyring.json", "open", "none", "0")
        assert "RestoreInterrupted" in said.stderr, said.stderr
    done = run_child(data_dir, tmp_path / "keyring.json", "restore", "none", "0", "0",
                     str(archive))
    assert done.returncode == 0, done.stderr
    store = open_store(data_dir, create=False)
    try:
        restored = sign_in_as(store, FIRST_MANAGER)
        items = [i for i in documents.checklist(restored, dossier_id) if i.has_file]
        assert [documents.read_document(restored, i.id)[1] for i in items] == [SCAN, SCAN]
    finally:
        store.close()
    # the store as it was before the restore (with the later customer) is kept whole
    homes = [d for d in sorted((data_dir / "backups").glob("replaced-*"))
             if (d / STORE_FILE).exists()]
    assert homes
    conn = connect(homes[0] / STORE_FILE, key_of(data_dir / STORE_FILE))
    assert conn.execute("SELECT count(*) FROM customers WHERE id = ?", (later,)).fetchone() == (1,)
    conn.close()
