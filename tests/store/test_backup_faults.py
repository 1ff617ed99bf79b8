"""kill -9 and a full disk while a backup is written: never a short file that looks
like a backup, the store untouched, and the next backup restores."""

from __future__ import annotations

import pytest

from jpf_desk.services import backups
from jpf_desk.store.engine import STORE_FILE
from tests.helpers.intake import intake_with_passport
from tests.store.test_encrypt_in_place import keyring_file_with, run_child


@pytest.fixture
def closed_store(desk):
    intake_with_passport(desk)
    data_dir = desk.store.path.parent
    desk.store.close()
    return data_dir


def store_state(data_dir):
    return {p.relative_to(data_dir): p.read_bytes() for p in data_dir.rglob("*")
            if p.is_file() and p.name != ".lock"}


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
