"""A store made before encryption is encrypted in place at upgrade: a backup first,
nothing lost, no plaintext left in the folder; a kill -9 or a full disk at any step
leaves a store the next start opens with everything in it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jpf_desk.services.dossiers import documents
from jpf_desk.store.engine import STORE_FILE, connect, is_plain, open_store
from tests.helpers.intake import ID_NUMBER, SCAN, raw_hits
from tests.helpers.old_store import build_old_store
from tests.helpers.staff import sign_in_as

ROOT = Path(__file__).resolve().parents[2]


def assert_everything_there(data_dir: Path, dossier_id: str) -> None:
    store = open_store(data_dir, create=False)
    try:
        desk = sign_in_as(store, "Lê Thu Trang")
        with desk.tx() as s:
            ids = s.connection().exec_driver_sql("SELECT id_number FROM customers").fetchall()
        assert ids == [(ID_NUMBER,)]
        items = [i for i in documents.checklist(desk, dossier_id) if i.has_file]
        assert len(items) == 2
        assert all(documents.read_document(desk, i.id)[1] == SCAN for i in items)
    finally:
        store.close()
    assert not is_plain(data_dir / STORE_FILE)
    assert raw_hits(data_dir) == []
    assert not [p for p in data_dir.rglob("*") if p.name.endswith((".part", ".encrypting"))]


@pytest.fixture(scope="module")
def old_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict]:
    folder = tmp_path_factory.mktemp("old-template") / "old"
    legacy: dict[tuple[str, str], str] = {}
    dossier_id = build_old_store(folder, legacy)
    return folder, dossier_id, legacy


def old_store(template: tuple[Path, str, dict], tmp_path: Path,
              values: dict[tuple[str, str], str]) -> tuple[Path, str]:
    folder, dossier_id, legacy = template
    data_dir = tmp_path / "old"
    shutil.copytree(folder, data_dir)
    values.update(legacy)
    return data_dir, dossier_id


def test_old_store_is_encrypted_in_place_with_a_backup_and_nothing_lost(
        tmp_path, memory_keyring, old_template):
    data_dir, dossier_id = old_store(old_template, tmp_path, memory_keyring.values)
    hits = {needle for _, needle in raw_hits(data_dir)}
    assert ID_NUMBER.encode() in hits and SCAN.split(b"\n")[0] in hits  # the walk can fail
    assert_everything_there(data_dir, dossier_id)
    store = open_store(data_dir, create=False)
    store.close()
    (made,) = (data_dir / "backups").glob("*-before-encryption.db")
    conn = connect(made, store.key)
    assert conn.execute("SELECT id_number FROM customers").fetchall() == [(ID_NUMBER,)]
    conn.close()
    old = connect(data_dir / "backups" / "old-plain.db", store.key)  # encrypted too, kept
    assert old.execute("SELECT count(*) FROM customers").fetchone() == (1,)
    old.close()


def run_child(data_dir: Path, keyring_file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="tests.sync.file_keyring.FileKeyring",
               JPF_TEST_KEYRING_FILE=str(keyring_file), PYTHONPATH=str(ROOT),
               JPF_DESK_LOG_DIR=str(keyring_file.parent / "logs"))
    return subprocess.run([sys.executable, "-m", "tests.store.crypt_child", str(data_dir),
                           *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def keyring_file_with(values: dict[tuple[str, str], str], folder: Path) -> Path:
    path = folder / "keyring.json"
    path.write_text(json.dumps({f"{s}/{u}": p for (s, u), p in values.items()}))
    return path


def adopt(keyring_file: Path, values: dict[tuple[str, str], str]) -> None:
    """What the child kept in its keyring, this process's keyring now has (same PC)."""
    for name, secret in json.loads(keyring_file.read_text()).items():
        service, user = name.split("/", 1)
        values[(service, user)] = secret


@pytest.mark.parametrize(("kill_at", "n"), [
    ("replace", 1),  # the key note
    ("export", 2),  # the backup made, the encrypted store being written
    ("replace", 3),  # the encrypted store renamed over the plain one
    ("replace", 4),  # re-encrypting an old plain backup
    ("seal", 2),  # sealing the second document
    ("replace", 7),  # noting that documents are sealed
])
def test_kill_9_during_encryption_loses_nothing(tmp_path, memory_keyring, old_template,
                                               kill_at, n):
    data_dir, dossier_id = old_store(old_template, tmp_path, memory_keyring.values)
    keyring_file = keyring_file_with(memory_keyring.values, tmp_path)
    done = run_child(data_dir, keyring_file, "open", kill_at, str(n))
    assert done.returncode == -9, done.stderr
    adopt(keyring_file, memory_keyring.values)
    assert_everything_there(data_dir, dossier_id)


def test_disk_full_during_encryption_keeps_the_old_store(tmp_path, memory_keyring,
                                                        old_template):
    data_dir, dossier_id = old_store(old_template, tmp_path, memory_keyring.values)
    before = (data_dir / STORE_FILE).read_bytes()
    keyring_file = keyring_file_with(memory_keyring.values, tmp_path)
    done = run_child(data_dir, keyring_file, "open", "none", "0", str(len(before) // 2))
    assert done.returncode == 3 and "StoreFull" in done.stderr, done.stderr
    assert (data_dir / STORE_FILE).read_bytes() == before  # untouched, still the old store
    adopt(keyring_file, memory_keyring.values)
    assert_everything_there(data_dir, dossier_id)  # with room again, the next start finishes
