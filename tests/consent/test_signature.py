"""Issue 14: a receipt's JSON export carries the desk's Ed25519 signature, which anyone
checks with the desk's public key alone (here with `cryptography` directly)."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import unicodedata
from datetime import timedelta
from pathlib import Path

import jsonschema
import keyring
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from jpf_desk.cli import main
from jpf_desk.services.consent.capture import ConsentInput, capture_consent, withdraw_consent
from tests.consent.builders import NOW, new_adult
from tests.helpers.staff import password_on_stdin, signed_in_args
from tests.helpers.stores import open_raw

SCHEMA = Path(__file__).resolve().parents[2] / "jpf_desk" / "resources" / "specs" / "consent-receipt.schema.json"


def _desk_public_key(path: Path) -> Ed25519PublicKey:
    """From the keyring entry of this store's key, not from anything the export says."""
    conn = open_raw(path)
    (store_id,) = conn.execute("SELECT value FROM store_settings WHERE key = 'store_id'").fetchone()
    conn.close()
    secret = keyring.get_password("jpf-desk", f"consent-signing-key:{store_id}")
    assert secret is not None
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(secret)).public_key()


def _signed_bytes(exported: dict) -> bytes:
    rest = {k: v for k, v in exported.items() if k != "jpfSignature"}
    text = json.dumps(rest, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return unicodedata.normalize("NFC", text).encode("utf-8")


def _export(store, capsys, receipt_code: str, tmp_path: Path) -> dict:
    target = tmp_path / f"{receipt_code}.json"
    with pytest.MonkeyPatch.context() as patch:
        password_on_stdin(patch)
        code = main(["receipts", "export", receipt_code, "--data-dir", str(store.path.parent),
                     *signed_in_args(), "--json", str(target)])
    capsys.readouterr()
    assert code == 0
    return json.loads(target.read_text(encoding="utf-8"))


def test_json_export_signature_verifies_with_the_desk_public_key(desk, store, capsys, tmp_path):
    cid = new_adult(desk)
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service", "marketing"})), now=NOW)
    newest = withdraw_consent(desk, cid, ["marketing"], now=NOW + timedelta(days=1))
    exported = _export(store, capsys, newest.short_code, tmp_path)
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(
        exported)
    signature = exported["jpfSignature"]
    assert signature["algorithm"] == "Ed25519"
    public = _desk_public_key(store.path)
    public.verify(base64.b64decode(signature["signature"]), _signed_bytes(exported))
    raw = base64.b64encode(public.public_bytes_raw()).decode()
    assert exported["publicKey"] == raw == signature["publicKey"]
    # The receipt's own hash, recomputed from the export alone.
    content = json.dumps(exported["jpfContent"], sort_keys=True, ensure_ascii=False,
                         separators=(",", ":")).encode()
    integrity = exported["jpfIntegrity"]
    assert hashlib.sha256(integrity["previousHash"].encode() + content).hexdigest() == \
        integrity["receiptHash"]

    # A second export of the same receipt is signed by the same key.
    again = _export(store, capsys, newest.short_code, tmp_path)
    public.verify(base64.b64decode(again["jpfSignature"]["signature"]), _signed_bytes(again))


@pytest.mark.parametrize("change", ["choice", "time", "key"])
def test_an_altered_export_no_longer_verifies(desk, store, capsys, tmp_path, change):
    cid = new_adult(desk)
    receipt = capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    exported = _export(store, capsys, receipt.short_code, tmp_path)
    forged = copy.deepcopy(exported)
    if change == "choice":
        forged["jpfConsentStates"][1]["state"] = "given"  # a refusal turned into consent
    elif change == "time":
        forged["consentTimestamp"] -= 86400
    else:  # someone else's key put in the export: the desk's key still refuses it
        other = Ed25519PrivateKey.generate()
        forged["publicKey"] = base64.b64encode(other.public_key().public_bytes_raw()).decode()
        forged["jpfSignature"]["signature"] = base64.b64encode(
            other.sign(_signed_bytes(forged))).decode()
    with pytest.raises(InvalidSignature):
        _desk_public_key(store.path).verify(
            base64.b64decode(forged["jpfSignature"]["signature"]), _signed_bytes(forged))
