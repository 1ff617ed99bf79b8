"""Dossier files kept inside the data directory, every one sealed (AES-GCM).

The file key is derived from the store key (store/sealing.py), which the store
already holds once opened: attaching or reading a scan never touches the keyring,
so a keyring that loses or refuses keys cannot leave a scan that no longer opens.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import register
from jpf_desk.secrets import get_secret
from jpf_desk.services import app_messages
from jpf_desk.services.desk import Desk
from jpf_desk.store import sealing
from jpf_desk.store.models import StoreSetting

FILES_DIR = sealing.FILES_DIR
MAX_BYTES = 50 * 1024 * 1024
_ = app_messages  # registers keyring.unavailable (reading an old-format file)

register({
    "file.too_large": {
        "vi": "Tệp quá lớn (tối đa {max_mb} MB).",
        "fr": "Fichier trop volumineux ({max_mb} Mo au plus).",
        "en": "The file is too large (at most {max_mb} MB).",
    },
    "file.not_on_this_desk": {
        "vi": "Tệp này không có trên máy này: bản quét chỉ được lưu trên máy đã đính kèm "
              "nó (tệp không đi qua trụ sở), hoặc đã bị xoá khỏi thư mục dữ liệu. Hãy mở "
              "hoặc gửi tệp từ máy đó.",
        "fr": "Ce fichier n'est pas sur cet ordinateur : un document numérisé reste sur "
              "l'ordinateur où il a été joint (les fichiers ne passent pas par le siège), ou "
              "il a été retiré du dossier de données. Ouvrez-le ou envoyez-le depuis cet "
              "ordinateur.",
        "en": "This file is not on this computer: a scan stays on the computer it was "
              "attached on (files do not go through head office), or it was removed from "
              "the data folder. Open or send it from that computer.",
    },
    "file.damaged": {
        "vi": "Tệp đã lưu bị hỏng hoặc bị thay đổi bên ngoài chương trình.",
        "fr": "Le fichier enregistré est endommagé ou a été modifié hors du programme.",
        "en": "The stored file is damaged or was changed outside the program.",
    },
})


class FileDamaged(DomainError):
    """A stored file that fails its seal or its hash: a sentence for the user, by id."""

    def __init__(self, file_id: str, code: str = "file.damaged") -> None:
        super().__init__(code, file_id=file_id)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.params["file_id"],))


class FileNotOnThisDesk(FileDamaged):
    """A document row pulled from another desk names a file that desk keeps: files stay
    in the data folder they were attached in (sealed under that store's key) and never
    go through head office. Also a file removed from the folder by hand: the desk cannot
    tell the two apart, the sentence says both."""

    def __init__(self, file_id: str) -> None:
        super().__init__(file_id, "file.not_on_this_desk")


@dataclass(frozen=True)
class StoredFile:
    relative_path: str
    sha256: str
    size: int
    encrypted: bool


def data_dir(desk: Desk) -> Path:
    return desk.store.path.parent


def _legacy_key(desk: Desk) -> bytes | None:
    """The separate key files were sealed with before they all used the store key;
    looked up, never created (a new one could not open anything)."""
    with desk.tx() as s:
        row = s.get(StoreSetting, "store_id")
        name = f"file-vault:{row.value if row else desk.actor.centre_id}"
    stored = get_secret(name)
    return base64.b64decode(stored) if stored else None


def store_file(desk: Desk, folder: str, file_id: str, content: bytes,
               *, sensitive: bool) -> StoredFile:
    """Write `content` sealed under files/<folder>/<file_id>; the hash is of the
    original bytes. Every file is sealed: `sensitive` only marks the kind (passport,
    bank statement) for the lists, a CV or a diploma is as private on a stolen PC."""
    if len(content) > MAX_BYTES:
        from jpf_desk.domain.errors import ValidationError

        raise ValidationError("file.too_large", field="file", max_mb=MAX_BYTES // 2**20)
    digest = hashlib.sha256(content).hexdigest()
    relative = f"{FILES_DIR}/{folder}/{file_id}.bin"
    del sensitive
    sealing.write_atomic(data_dir(desk) / relative, sealing.seal(desk.store.key, file_id, content))
    return StoredFile(relative, digest, len(content), True)


def read_file(desk: Desk, relative_path: str, file_id: str, *, encrypted: bool,
              sha256: str) -> bytes:
    """The original bytes, checked against the recorded SHA-256. The format is read
    from the file itself (older files may be in clear or under the old vault key)."""
    del encrypted
    try:
        raw = (data_dir(desk) / relative_path).read_bytes()
    except FileNotFoundError as exc:
        raise FileNotOnThisDesk(file_id) from exc
    try:
        clear = sealing.unseal(desk.store.key, file_id, raw, lambda: _legacy_key(desk))
    except sealing.SealBroken as exc:
        raise FileDamaged(file_id) from exc
    if hashlib.sha256(clear).hexdigest() != sha256:
        raise FileDamaged(file_id)
    return clear


def remove_file(desk: Desk, relative_path: str) -> None:
    (data_dir(desk) / relative_path).unlink(missing_ok=True)
