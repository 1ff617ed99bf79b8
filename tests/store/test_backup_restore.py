"""Backups that restore, and keys that cannot be lost: a backup made on one data
folder is restored on "a new PC" (another folder, a fresh keyring) with nothing but the
printed recovery sheet, and every customer and document opens."""

from __future__ import annotations

import io
import re
import sys
from datetime import date
from pathlib import Path

import keyring
import pdfplumber
import pypdfium2
import pytest
import zxingcpp

from jpf_desk.cli import main
from jpf_desk.services import backups, recovery
from jpf_desk.services.customers import records
from jpf_desk.services.dossiers import documents
from jpf_desk.store import keys
from jpf_desk.store.engine import STORE_FILE, connect, open_store
from tests.helpers.intake import SCAN, intake_with_passport, raw_hits
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.staff import (
    FIRST_MANAGER,
    TEST_PASSWORD,
    password_on_stdin,
    sign_in_as,
    signed_in_args,
)
from tests.services.helpers import adult


def table_counts(path: Path, key: bytes) -> dict[str, int]:
    conn = connect(path, key)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def sheet_words(pdf: bytes) -> str:
    """The 24 words as the manager reads them off the printed sheet."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    numbered = dict(re.findall(r"\b(\d{1,2})\. ([a-z]+)\b", text))
    return " ".join(numbered[str(i)] for i in range(1, 25))


def sheet_qr(pdf: bytes) -> str:
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=150 / 72).to_pil()
    (code,) = zxingcpp.read_barcodes(image)
    return code.text


def test_backup_restored_on_a_new_pc_with_the_recovery_sheet(desk, tmp_path, monkeypatch):
    dossier_id = intake_with_passport(desk)
    customer_id = records.create_customer(desk, adult()).customer.id
    source = desk.store.path.parent
    counts = table_counts(desk.store.path, desk.store.key)
    pdf = recovery.sheet_pdf(desk.store, "JPF Hà Nội – Cơ sở 1", "vi", date(2026, 11, 27))
    words = sheet_words(pdf)
    assert sheet_qr(pdf) == f"JPFDESK-KEY1:{keys.read_info(source).key_id}:{desk.store.key.hex()}"
    desk.store.close()
    archive = tmp_path / "sao-luu.jpfbak"
    with pytest.MonkeyPatch.context() as patch:
        password_on_stdin(patch)
        assert main(["backup", "--data-dir", str(source), "--to", str(archive),
                     *signed_in_args()]) == 0
    assert raw_hits(tmp_path) == []  # neither the archive nor anything else shows a value

    keyring.set_keyring(MemoryKeyring())  # the new PC: its keyring has never seen the key
    target = tmp_path / "new-pc"
    monkeypatch.setattr(sys, "stdin", io.StringIO(words + "\n"))
    assert main(["restore", str(archive), "--data-dir", str(target), "--recovery-words"]) == 0
    store = open_store(target, create=False)
    try:
        # Every row back, and one setting more: the receipt series the restore started
        # (store/receipt_numbers.py).
        assert table_counts(store.path, store.key) == {
            **counts, "store_settings": counts["store_settings"] + 1}
        opened = sign_in_as(store, FIRST_MANAGER)
        person = records.get_customer(opened, customer_id)
        assert (person.family_name, person.given_name) == ("Nguyễn", "Ánh")
        for item in documents.checklist(opened, dossier_id):
            if item.has_file:
                assert documents.read_document(opened, item.id)[1] == SCAN
        assert sum(i.has_file for i in documents.checklist(opened, dossier_id)) == 2
    finally:
        store.close()
    assert raw_hits(target) == []


def test_restore_with_the_qr_text_and_a_lost_key_note(store, tmp_path, monkeypatch):
    """The key note is gone and the keyring is new: the sheet's QR text and key id
    bring the store back (`jpf-desk recover --key-id`)."""
    data_dir = store.path.parent
    kit = recovery.kit_for(store)
    store.close()
    (data_dir / keys.KEY_INFO_FILE).unlink()
    keyring.set_keyring(MemoryKeyring())
    with pytest.raises(keys.StoreKeyInfoMissing):
        open_store(data_dir)
    monkeypatch.setattr(sys, "stdin", io.StringIO(kit.qr_payload))
    assert main(["recover", "--data-dir", str(data_dir), "--key-id", kit.key_id]) == 0
    open_store(data_dir).close()


def test_recover_refuses_another_stores_words(store, tmp_path, monkeypatch, capsys):
    data_dir = store.path.parent
    store.close()
    other = open_store(tmp_path / "other")
    words = " ".join(recovery.kit_for(other).words)
    other.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{TEST_PASSWORD}\n{words}"))
    assert main(["recover", "--data-dir", str(data_dir), *signed_in_args()]) == 2
    assert "kho dữ liệu khác" in capsys.readouterr().err


def test_mistyped_word_is_refused(store, monkeypatch, capsys):
    words = list(recovery.kit_for(store).words)
    words[5] = "zoo" if words[5] != "zoo" else "abandon"
    store.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{TEST_PASSWORD}\n{' '.join(words)}"))
    assert main(["recover", "--data-dir", str(store.path.parent), *signed_in_args()]) == 2
    assert "24 từ" in capsys.readouterr().err


@pytest.mark.parametrize("damage", ["truncated", "flipped", "text", "folder"])
def test_restore_checks_the_backup_before_replacing_anything(desk, tmp_path, damage, capsys):
    intake_with_passport(desk)
    source = desk.store.path.parent
    archive = tmp_path / "b.jpfbak"
    backups.make_backup(desk.store, archive)
    raw = archive.read_bytes()
    if damage == "truncated":
        archive.write_bytes(raw[: len(raw) // 2])
    elif damage == "flipped":  # one byte inside the store snapshot
        at = raw.index(b"store.db") + 4096
        archive.write_bytes(raw[:at] + bytes([raw[at] ^ 0xFF]) + raw[at + 1:])
    elif damage == "text":
        archive.write_text("not a backup\n")
    else:
        archive.unlink()
        archive.mkdir()
    desk.store.close()
    before = {p: p.read_bytes() for p in source.rglob("*") if p.is_file() and p.name != ".lock"}
    code = main(["restore", str(archive), "--data-dir", str(source)])
    assert code == 2
    assert "không có gì bị thay thế" in capsys.readouterr().err
    after = {p: p.read_bytes() for p in source.rglob("*") if p.is_file() and p.name != ".lock"}
    assert after == before


def test_restore_over_a_store_keeps_the_replaced_one(desk, tmp_path, monkeypatch):
    source = desk.store.path.parent
    archive = tmp_path / "b.jpfbak"
    backups.make_backup(desk.store, archive)
    intake_with_passport(desk)  # made after the backup: goes aside, not lost
    desk.store.close()
    password_on_stdin(monkeypatch)  # the store opens: its manager signs in
    assert main(["restore", str(archive), "--data-dir", str(source), *signed_in_args()]) == 0
    (aside,) = (source / "backups").glob("replaced-*")
    assert (aside / STORE_FILE).exists() and len(list((aside / "files").rglob("*.bin"))) == 2
    assert not (source / "files").exists()
