"""The store's encryption key: where it lives, and how the store recognises it.

The store file is encrypted with SQLCipher, so nothing in it can say which key it was
made with. A small plaintext note beside it (`jpf-desk.key.json`) names the key (a
random id, never personal data) and holds a key check value: an HMAC of a fixed text
under the key. That lets the program tell "the key is missing" and "this is another
store's key" from "the file is damaged", and it never makes a new key for a store that
already has one: losing the key must be said, not papered over.

A real store's key lives only in the system keyring. A demo store (invented data,
`jpf-desk demo`) keeps its key in a 0600 file in its own folder so that it works on a
machine without a desktop keyring; a store marked real never reads such a file.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from jpf_desk.secrets import KeyringUnavailable, get_secret, set_secret
from jpf_desk.store.errors import StoreError

KEY_INFO_FILE = "jpf-desk.key.json"
DEMO_KEY_FILE = "demo-store.key"
KEY_SIZE = 32
FORMAT = 1
_CHECK_TEXT = b"jpf-desk store key check v1"


class StoreKeyMissing(StoreError):
    """The store's key is not in this computer's keyring (new PC, keyring reset)."""

    code = "store.key_missing"


class StoreKeyWrong(StoreError):
    """A key was found but it is not the one this store was made with."""

    code = "store.key_wrong"


class StoreKeyInfoMissing(StoreError):
    """The store is encrypted but the note naming its key is gone or unreadable."""

    code = "store.key_info_missing"


class KeyNotKept(StoreError):
    """The keyring accepted the key but gave back nothing: refuse to make the store."""

    code = "store.key_not_kept"


class StoreKeyringUnavailable(StoreError):
    code = "keyring.unavailable"


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    check: str
    demo: bool = False
    files_sealed: bool = True

    @property
    def secret_name(self) -> str:
        return f"store-key:{self.key_id}"


def check_value(key: bytes) -> str:
    """A value that shows which key this is without revealing it."""
    return hmac.new(key, _CHECK_TEXT, hashlib.sha256).hexdigest()[:16]


def sqlcipher_key(key: bytes) -> str:
    """The PRAGMA key argument for a raw 256-bit key (no per-connection KDF)."""
    return f"\"x'{key.hex()}'\""


def read_info(data_dir: Path) -> KeyInfo | None:
    path = data_dir / KEY_INFO_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return KeyInfo(str(raw["key_id"]), str(raw["check"]), bool(raw.get("demo", False)),
                       bool(raw.get("files_sealed", True)))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreKeyInfoMissing("unreadable key note") from exc


def write_info(data_dir: Path, info: KeyInfo) -> None:
    """Atomically (temp file, fsync, rename), 0600."""
    body = json.dumps({"format": FORMAT, "key_id": info.key_id, "check": info.check,
                       "demo": info.demo, "files_sealed": info.files_sealed}, indent=1)
    write_private(data_dir / KEY_INFO_FILE, body.encode("utf-8"))


def write_private(path: Path, payload: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    sync_dir(path.parent)


def sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_key(data_dir: Path, *, demo: bool) -> tuple[KeyInfo, bytes]:
    """A fresh key for a new (or newly encrypted) store, kept before anything uses it."""
    key = os.urandom(KEY_SIZE)
    info = KeyInfo(uuid.uuid4().hex, check_value(key), demo)
    keep_key(data_dir, info, key)
    return info, key


def keep_key(data_dir: Path, info: KeyInfo, key: bytes) -> None:
    """Put `key` where `info` says it lives, and read it back: a keyring that stores
    nothing must stop us here, before any data depends on the key."""
    if check_value(key) != info.check:
        raise StoreKeyWrong(info.key_id)
    if info.demo:
        write_private(data_dir / DEMO_KEY_FILE, key.hex().encode("ascii"))
    else:
        try:
            set_secret(info.secret_name, key.hex())
        except KeyringUnavailable as exc:
            raise StoreKeyringUnavailable(info.key_id) from exc
    if _lookup(data_dir, info) != key:
        raise KeyNotKept(info.key_id)


def _lookup(data_dir: Path, info: KeyInfo) -> bytes | None:
    if info.demo:
        try:
            text = (data_dir / DEMO_KEY_FILE).read_text(encoding="ascii").strip()
        except FileNotFoundError:
            return None
    else:
        try:
            stored = get_secret(info.secret_name)
        except KeyringUnavailable as exc:
            raise StoreKeyringUnavailable(info.key_id) from exc
        if stored is None:
            return None
        text = stored
    try:
        return bytes.fromhex(text)
    except ValueError:
        return b""  # something else under our name: reported as the wrong key


def find_key(data_dir: Path, info: KeyInfo) -> bytes:
    """This store's key, checked; never a new one."""
    key = _lookup(data_dir, info)
    if key is None:
        raise StoreKeyMissing(info.key_id)
    if check_value(key) != info.check:
        raise StoreKeyWrong(info.key_id)
    return key
