"""Sensitive dossier files never sit in clear anywhere in the data directory."""

from pathlib import Path

import keyring
import pytest

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


def test_non_sensitive_file_is_sealed_too(world):
    """A CV or a diploma is as private on a stolen PC as a passport."""
    desk = world.desk
    item = _item(desk, world.dossier.id, "cv")
    assert not item.sensitive
    documents.attach_file(desk, item.id, "cv.pdf", SECRET)
    assert _files_containing(desk.store.path.parent, SECRET) == []
    assert documents.read_document(desk, item.id)[1] == SECRET


def test_the_walk_does_find_clear_bytes(world):
    """The same walk sees the marker in a clear file (so the tests above can fail)."""
    folder = world.desk.store.path.parent
    (folder / "clear.txt").write_bytes(SECRET)
    assert [p.name for p in _files_containing(folder, SECRET)] == ["clear.txt"]


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


def test_losing_the_keyring_later_loses_no_scan(world):
    """The file key comes from the open store, not from a keyring read at each save:
    a keyring that fails after start-up neither refuses the scan nor damages it."""
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    item = _item(world.desk, world.dossier.id, "passport")
    documents.attach_file(world.desk, item.id, "hc.pdf", SECRET)
    assert _files_containing(world.desk.store.path.parent, SECRET) == []
    assert documents.read_document(world.desk, item.id)[1] == SECRET
