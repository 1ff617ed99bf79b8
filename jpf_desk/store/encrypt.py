"""Encrypting a store written before encryption, in place, with a backup first.

Each step leaves a state the next start can finish: the key is kept (keyring) and
named (key note) before anything is written; the backup is an encrypted copy; the
encrypted store is built beside the old file, checked, and only then renamed over it.
A crash before the rename leaves the plain store as it was (the next start encrypts
it again with the same key); after it, the encrypted one. No plaintext copy is added.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from jpf_desk.secrets import KeyringUnavailable, get_secret
from jpf_desk.store import keys, sealing
from jpf_desk.store.errors import StoreCorrupt

log = logging.getLogger(__name__)
ENCRYPTING_SUFFIX = ".encrypting"


def _count_rows(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%fts%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def export_encrypted(plain: Path, target: Path, key: bytes) -> dict[str, int]:
    """Write an encrypted copy of the plain store `plain` to `target` (fsynced), checked
    row for row; returns the row counts. On failure `target` is removed."""
    try:
        return _export(plain, target, key)
    except BaseException:
        for leftover in (target, Path(str(target) + "-journal"), Path(str(target) + "-wal")):
            leftover.unlink(missing_ok=True)
        raise


def _export(plain: Path, target: Path, key: bytes) -> dict[str, int]:
    from jpf_desk.store.engine import connect

    target.unlink(missing_ok=True)
    import sqlcipher3.dbapi2 as sqlcipher

    src = sqlcipher.connect(str(plain))
    try:
        src.execute("PRAGMA cipher_log_level = NONE")
        check = src.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise StoreCorrupt("plain store fails its check")
        counts = _count_rows(src)
        src.execute(f"ATTACH DATABASE ? AS enc KEY {keys.sqlcipher_key(key)}", (str(target),))
        # A new file nobody reads until it is checked and renamed: no journal, no
        # per-statement sync (the file is fsynced once at the end).
        src.execute("PRAGMA enc.journal_mode = OFF")
        src.execute("PRAGMA enc.synchronous = OFF")
        src.execute("SELECT sqlcipher_export('enc')")
        version = src.execute("PRAGMA user_version").fetchone()[0]
        src.execute(f"PRAGMA enc.user_version = {int(version)}")
        src.execute("DETACH DATABASE enc")
    finally:
        src.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(target, 0o600)
    conn = connect(target, key)
    try:
        if _count_rows(conn) != counts:
            raise StoreCorrupt("encrypted copy differs")
    finally:
        conn.close()
    return counts


def _settle_wal(path: Path) -> None:
    """Fold the WAL into the plain file and drop it: a plain WAL must never be
    replayed onto the encrypted file that takes the old one's name."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def encrypt_in_place(path: Path, key: bytes) -> None:
    from jpf_desk.store.migrate import backup_folder, stamp

    _settle_wal(path)
    folder = backup_folder(path)
    for stale in [*folder.glob("*.part"), path.with_name(path.name + ENCRYPTING_SUFFIX)]:
        stale.unlink(missing_ok=True)  # left by a run that was killed
    saved = folder / f"{path.stem}-{stamp()}-before-encryption.db"
    part = saved.with_name(saved.name + ".part")
    export_encrypted(path, part, key)
    os.replace(part, saved)
    keys.sync_dir(folder)
    temp = path.with_name(path.name + ENCRYPTING_SUFFIX)
    export_encrypted(path, temp, key)
    os.replace(temp, path)
    keys.sync_dir(path.parent)
    log.info("store encrypted in place; backup %s", saved.name)


def _encrypt_old_backup(old: Path, key: bytes) -> None:
    """Backups taken before encryption were plain copies: replace each by its
    encrypted copy (same content, same name)."""
    from jpf_desk.store.engine import is_plain

    if not is_plain(old):
        return
    part = old.with_name(old.name + ".part")
    try:
        export_encrypted(old, part, key)
    except (StoreCorrupt, sqlite3.DatabaseError):
        part.unlink(missing_ok=True)
        log.warning("an old backup could not be encrypted and was left as it is: %s", old.name)
        return
    os.replace(part, old)


def finish(data_dir: Path, key: bytes) -> None:
    """What follows the store's own encryption, safe to run again after a crash: the
    old plain backups encrypted, every document sealed under the store key."""
    from jpf_desk.store.migrate import BACKUP_DIR

    for old in sorted((data_dir / BACKUP_DIR).glob("*.db")):
        _encrypt_old_backup(old, key)
    seal_documents(data_dir, key)


def seal_documents(data_dir: Path, key: bytes) -> int:
    """Seal every document the store had in clear or under the old vault key."""

    def legacy() -> bytes | None:
        import base64

        import sqlcipher3.dbapi2 as sqlcipher

        from jpf_desk.store.engine import STORE_FILE, connect

        conn = connect(data_dir / STORE_FILE, key)
        try:
            row = conn.execute("SELECT value FROM store_settings WHERE key='store_id'").fetchone()
        except sqlcipher.Error:  # a store without settings has no old vault key
            row = None
        finally:
            conn.close()
        if row is None:
            return None
        try:
            stored = get_secret(f"file-vault:{row[0]}")
        except KeyringUnavailable:
            return None
        return base64.b64decode(stored) if stored else None

    done = sealing.seal_folder(data_dir, key, legacy)
    if done:
        log.info("%d documents sealed under the store key", done)
    return done
