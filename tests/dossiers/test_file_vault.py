"""Sensitive dossier files never sit in clear anywhere in the data directory."""

from pathlib import Path

import keyring
import pytest

from jpf_desk.secrets import KeyringUnavailable
from jpf_desk.services.dossiers import documents
from jpf_desk.services.dossiers.file_vault import FileDamaged

SECRET = b"BANK-STATEMENT-7f3c91e2-CLEAR-TEXT-MARKER"


def _files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def _item(desk, dossier_id, kind):
    return next(i for i in documents.checklist(desk, dossier_id) if i.kind_code == kind)


def test_sensitive_file_not_in_clear_anywhere(world):
    desk = world.desk
    data_dir = desk.store.path.parent
    item = _item(desk, world.dossier.id, "bank_statements")
    documents.attach_file(desk, item.id, "sao-ke.pdf", b"%PDF-1.4\n" + SECRET * 50)
    # Every file, including the SQLite file and its WAL while the store is open.
    assert (data_dir / "jpf-desk.db-wal").exists()
    assert _files_containing(data_dir, SECRET) == []
    stored = list((data_dir / "files").rglob("*.bin"))
    assert len(stored) == 1
    assert documents.read_document(desk, item.id)[1] == b"%PDF-1.4\n" + SECRET * 50
    desk.store.close()
    assert _files_containing(data_dir, SECRET) == []


def test_the_walk_does_find_a_non_sensitive_file(world):
    """The same walk sees a file stored in clear (so the test above can fail)."""
    desk = world.desk
    item = _item(desk, world.dossier.id, "cv")
    assert not item.sensitive
    documents.attach_file(desk, item.id, "cv.pdf", SECRET)
    found = _files_containing(desk.store.path.parent, SECRET)
    assert [p.suffix for p in found] == [".bin"]


def test_tampered_file_is_refused(world):
    desk = world.desk
    item = _item(desk, world.dossier.id, "passport")
    documents.attach_file(desk, item.id, "hc.png", b"\x89PNG passport image")
    (path,) = (desk.store.path.parent / "files").rglob("*.bin")
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 0xFF
    path.write_bytes(bytes(raw))
    with pytest.raises(FileDamaged):
        documents.read_document(desk, item.id)


def test_no_keyring_means_no_sensitive_file(world, monkeypatch):
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    item = _item(world.desk, world.dossier.id, "passport")
    with pytest.raises(KeyringUnavailable):
        documents.attach_file(world.desk, item.id, "hc.pdf", SECRET)
    assert _files_containing(world.desk.store.path.parent, SECRET) == []
    after = _item(world.desk, world.dossier.id, "passport")
    assert after.received_on is None and not after.has_file
