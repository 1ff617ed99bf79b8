"""The store at rest, seen as a thief of the PC would: raw bytes of the data folder.

Known answers are written out: the invented customer's name, phone, ID number and
e-mail, and the lines of their scanned passport, must appear nowhere in the folder.
"""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from jpf_desk.services.dossiers import documents
from jpf_desk.store import keys, migrate
from jpf_desk.store.engine import STORE_FILE, open_store
from jpf_desk.store.errors import StoreCorrupt
from tests.helpers.intake import NEEDLES, SCAN_LINES, intake_with_passport, raw_hits
from tests.helpers.memory_keyring import MemoryKeyring


def test_walk_finds_clear_text(tmp_path):
    """The walk is able to fail: a clear copy of the values is found."""
    (tmp_path / "x.txt").write_bytes(b"\n".join(NEEDLES))
    assert len(raw_hits(tmp_path)) == len(NEEDLES)


def test_raw_data_folder_holds_no_personal_data(desk):
    data_dir = desk.store.path.parent
    dossier_id = intake_with_passport(desk)
    migrate.backup(desk.store.path, "manual", desk.store.key)
    assert (data_dir / "jpf-desk.db-wal").exists()
    assert len(list((data_dir / "files").rglob("*.bin"))) == 2
    assert list((data_dir / "backups").glob("*.db"))
    assert raw_hits(data_dir) == []
    item = next(i for i in documents.checklist(desk, dossier_id) if i.kind_code == "cv")
    assert documents.read_document(desk, item.id)[1] == b"\n".join(SCAN_LINES)
    desk.store.close()
    assert raw_hits(data_dir) == []


def test_store_file_has_no_sqlite_header(store):
    assert store.path.read_bytes()[:16] != b"SQLite format 3\x00"


def test_missing_key_is_said_and_never_replaced(store, memory_keyring):
    data_dir = store.path.parent
    store.close()
    info = keys.read_info(data_dir)
    before = store.path.read_bytes()
    memory_keyring.values.clear()  # a new PC, or a keyring reset
    with pytest.raises(keys.StoreKeyMissing):
        open_store(data_dir)
    assert memory_keyring.values == {}
    assert keys.read_info(data_dir) == info
    assert store.path.read_bytes() == before


def test_wrong_key_is_said_and_never_replaced(store, memory_keyring):
    data_dir = store.path.parent
    store.close()
    info = keys.read_info(data_dir)
    memory_keyring.values[("jpf-desk", f"store-key:{info.key_id}")] = "ab" * 32
    with pytest.raises(keys.StoreKeyWrong):
        open_store(data_dir)
    assert memory_keyring.values[("jpf-desk", f"store-key:{info.key_id}")] == "ab" * 32


class ForgetfulKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        pass


def test_keyring_that_keeps_nothing_makes_no_store(tmp_path):
    keyring.set_keyring(ForgetfulKeyring())
    with pytest.raises(keys.KeyNotKept):
        open_store(tmp_path / "new")
    assert not (tmp_path / "new" / STORE_FILE).exists()


def test_no_keyring_refuses_a_real_store(store):
    from keyring.backends.fail import Keyring as FailKeyring

    data_dir = store.path.parent
    store.close()
    keyring.set_keyring(FailKeyring())
    with pytest.raises(keys.StoreKeyringUnavailable):
        open_store(data_dir)


def test_demo_store_needs_no_keyring(tmp_path):
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    opened = open_store(tmp_path / "demo", demo=True)
    opened.close()
    assert (tmp_path / "demo" / keys.DEMO_KEY_FILE).stat().st_mode & 0o777 == 0o600
    open_store(tmp_path / "demo").close()  # reopened from its own key file


def test_real_store_never_reads_a_key_file(store):
    """Dropping a key file beside a real store does not open it without the keyring."""
    from keyring.backends.fail import Keyring as FailKeyring

    data_dir = store.path.parent
    store.close()
    (data_dir / keys.DEMO_KEY_FILE).write_text("ab" * 32)
    keyring.set_keyring(FailKeyring())
    with pytest.raises(keys.StoreKeyringUnavailable):
        open_store(data_dir)


@pytest.mark.parametrize("damage", ["truncated", "random", "text", "empty"])
def test_damaged_store_file_is_said(store, damage):
    import os

    data_dir = store.path.parent
    store.close()
    raw = store.path.read_bytes()
    body = {"truncated": raw[:1000], "random": os.urandom(len(raw)),
            "text": b"name,phone\nnobody,0\n" * 50, "empty": b""}[damage]
    store.path.write_bytes(body)
    for suffix in ("-wal", "-shm"):
        Path(str(store.path) + suffix).unlink(missing_ok=True)
    with pytest.raises(StoreCorrupt):
        open_store(data_dir)
    assert store.path.read_bytes() == body  # the damaged file is kept for support


def test_lost_store_file_is_said_not_replaced_by_an_empty_store(store):
    """The key note is there but the store file is gone: never a new empty store."""
    data_dir = store.path.parent
    store.close()
    store.path.unlink()
    Path(str(store.path) + "-wal").unlink(missing_ok=True)
    with pytest.raises(StoreCorrupt):
        open_store(data_dir, create=True)
    assert not store.path.exists()
