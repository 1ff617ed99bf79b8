"""Dossier files kept inside the data directory, sensitive ones encrypted.

A sensitive file (passport scan, bank statement) is sealed with AES-GCM under a key
held in the system keyring, so a copy of the data folder alone does not reveal it.
Without a usable keyring the operation is refused (KeyringUnavailable), never
degraded to storing the file in clear.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from jpf_desk.domain.messages import register
from jpf_desk.secrets import get_or_create_key
from jpf_desk.services import app_messages
from jpf_desk.services.desk import Desk
from jpf_desk.store.models import StoreSetting

FILES_DIR = "files"
MAGIC = b"JPFV1"
NONCE_SIZE = 12
MAX_BYTES = 50 * 1024 * 1024
_ = app_messages  # registers keyring.unavailable, raised as KeyringUnavailable here

register({
    "file.too_large": {
        "vi": "Tệp quá lớn (tối đa {max_mb} MB).",
        "fr": "Fichier trop volumineux ({max_mb} Mo au plus).",
        "en": "The file is too large (at most {max_mb} MB).",
    },
    "file.damaged": {
        "vi": "Tệp đã lưu bị hỏng hoặc bị thay đổi bên ngoài chương trình.",
        "fr": "Le fichier enregistré est endommagé ou a été modifié hors du programme.",
        "en": "The stored file is damaged or was changed outside the program.",
    },
})


class FileDamaged(Exception):
    code = "file.damaged"


@dataclass(frozen=True)
class StoredFile:
    relative_path: str
    sha256: str
    size: int
    encrypted: bool


def data_dir(desk: Desk) -> Path:
    return desk.store.path.parent


def _key_name(desk: Desk) -> str:
    with desk.tx() as s:
        row = s.get(StoreSetting, "store_id")
        return f"file-vault:{row.value if row else desk.actor.centre_id}"


def _cipher(desk: Desk) -> AESGCM:
    return AESGCM(get_or_create_key(_key_name(desk)))


def _write_atomic(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def store_file(desk: Desk, folder: str, file_id: str, content: bytes,
               *, sensitive: bool) -> StoredFile:
    """Write `content` under files/<folder>/<file_id>; the hash is of the original bytes."""
    if len(content) > MAX_BYTES:
        from jpf_desk.domain.errors import ValidationError

        raise ValidationError("file.too_large", field="file", max_mb=MAX_BYTES // 2**20)
    digest = hashlib.sha256(content).hexdigest()
    relative = f"{FILES_DIR}/{folder}/{file_id}.bin"
    if sensitive:
        nonce = os.urandom(NONCE_SIZE)
        payload = MAGIC + nonce + _cipher(desk).encrypt(nonce, content, file_id.encode())
    else:
        payload = content
    _write_atomic(data_dir(desk) / relative, payload)
    return StoredFile(relative, digest, len(content), sensitive)


def read_file(desk: Desk, relative_path: str, file_id: str, *, encrypted: bool,
              sha256: str) -> bytes:
    """The original bytes, checked against the recorded SHA-256."""
    raw = (data_dir(desk) / relative_path).read_bytes()
    if encrypted:
        if not raw.startswith(MAGIC):
            raise FileDamaged(file_id)
        nonce = raw[len(MAGIC):len(MAGIC) + NONCE_SIZE]
        try:
            raw = _cipher(desk).decrypt(nonce, raw[len(MAGIC) + NONCE_SIZE:], file_id.encode())
        except InvalidTag as exc:
            raise FileDamaged(file_id) from exc
    if hashlib.sha256(raw).hexdigest() != sha256:
        raise FileDamaged(file_id)
    return raw


def remove_file(desk: Desk, relative_path: str) -> None:
    (data_dir(desk) / relative_path).unlink(missing_ok=True)
