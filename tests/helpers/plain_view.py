"""The store file's pages decrypted one by one, as someone holding the key would see
them on disk: freed pages and WAL frames included (a logical export would skip them).

Erasure tests use it to show a name has left the file itself, now that the file is
encrypted. SQLCipher 4 with a raw key: AES-256-CBC under the key itself, each page
ending in a 16-byte IV and a 64-byte HMAC; page 1 starts with the 16-byte salt.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER, FRAME_HEADER = 32, 24


def _page(key: bytes, raw: bytes, number: int) -> bytes:
    start = SALT if number == 1 else 0
    body, iv = raw[start:PAGE - RESERVE], raw[PAGE - RESERVE:PAGE - RESERVE + 16]
    if len(iv) < 16 or len(body) % 16:
        return b""
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_bytes(db: Path, key: bytes) -> bytes:
    """Every page of the store file and every frame of its WAL, decrypted."""
    out = []
    data = db.read_bytes()
    for i in range(0, len(data) - PAGE + 1, PAGE):
        out.append(_page(key, data[i:i + PAGE], i // PAGE + 1))
    wal = Path(str(db) + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[WAL_HEADER:]
        step = FRAME_HEADER + PAGE
        for i in range(0, len(frames) - step + 1, step):
            number = int.from_bytes(frames[i:i + 4], "big")
            out.append(_page(key, frames[i + FRAME_HEADER:i + step], number))
    return b"".join(out)
