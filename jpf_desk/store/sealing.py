"""Files kept in the data folder (scans, CVs, diplomas), every one sealed under the store key.

The file key is derived from the store key (HKDF), so the recovery sheet that carries
the store key opens the documents too: there is one key to keep, not two. Files
written before this format (clear, or "JPFV1" under a separate keyring key) are read
as they are and resealed when the store is upgraded (`seal_folder`).

cryptography is imported when a file is first sealed or opened: the window's start
imports this module (the daily backup's status) but seals nothing (~8 MiB, issue 16).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

FILES_DIR = "files"
MAGIC = b"JPFV2"
LEGACY_MAGIC = b"JPFV1"
NONCE_SIZE = 12
log = logging.getLogger(__name__)


class SealBroken(Exception):
    """The sealed bytes do not open under this key (damaged, or changed outside)."""


def file_key(store_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=None, info=b"jpf-desk file vault v2").derive(store_key)


def seal(store_key: bytes, file_id: str, content: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_SIZE)
    return MAGIC + nonce + AESGCM(file_key(store_key)).encrypt(nonce, content, file_id.encode())


def _open_with(key: bytes, file_id: str, raw: bytes, magic: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    body = raw[len(magic):]
    try:
        return AESGCM(key).decrypt(body[:NONCE_SIZE], body[NONCE_SIZE:], file_id.encode())
    except (InvalidTag, ValueError) as exc:
        raise SealBroken(file_id) from exc


def unseal(store_key: bytes, file_id: str, raw: bytes,
           legacy_key: Callable[[], bytes | None] = lambda: None) -> bytes:
    """The original bytes of a stored file, whichever format it was written in."""
    if raw.startswith(MAGIC):
        return _open_with(file_key(store_key), file_id, raw, MAGIC)
    if raw.startswith(LEGACY_MAGIC):
        old = legacy_key()
        if old is None:
            raise SealBroken(file_id)
        return _open_with(old, file_id, raw, LEGACY_MAGIC)
    return raw  # written in clear before every file was sealed; the hash still checks it


def write_atomic(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def seal_folder(data_dir: Path, store_key: bytes,
                legacy_key: Callable[[], bytes | None]) -> int:
    """Reseal every file under files/ that is not in the current format; the count done.

    One file at a time through a temp file and a rename, so a crash leaves each file
    either as it was or sealed. A JPFV1 file whose old key is gone stays as it is.
    """
    done = 0
    folder = data_dir / FILES_DIR
    if not folder.is_dir():
        return 0
    for path in sorted(folder.rglob("*.bin")):
        raw = path.read_bytes()
        if raw.startswith(MAGIC):
            continue
        try:
            clear = unseal(store_key, path.stem, raw, legacy_key)
        except SealBroken:
            log.warning("file %s could not be resealed: its old key is missing", path.stem)
            continue
        write_atomic(path, seal(store_key, path.stem, clear))
        done += 1
    for stale in folder.rglob("*.part"):
        stale.unlink(missing_ok=True)
    return done
