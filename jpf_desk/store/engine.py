"""Opening the store: SQLCipher with its key, pragmas, the session factory and the lock.

The whole store file is encrypted (SQLCipher, a raw 256-bit key from `store/keys.py`),
so a copy of the data folder shows no name, phone or ID number. A store written before
encryption is encrypted in place when first opened (`store/encrypt.py`).
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from jpf_desk import paths
from jpf_desk.store import keys, tracking
from jpf_desk.store.errors import (
    DataDirUnusable,
    NoStoreHere,
    RestoreInterrupted,
    StoreCorrupt,
    StoreError,
    StoreInUse,
    classify,
)

STORE_FILE = paths.STORE_FILE
PLAIN_HEADER = b"SQLite format 3\x00"


def connect(path: Path, key: bytes) -> Any:
    """A DB-API connection to the encrypted file, keyed and with the store's pragmas."""
    conn = sqlcipher.connect(str(path), check_same_thread=False)
    cur = conn.cursor()
    cur.execute("PRAGMA cipher_log_level = NONE")
    cur.execute(f"PRAGMA key = {keys.sqlcipher_key(key)}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    # Pages are decrypted as they enter the cache: a larger cache (32 MB) keeps the
    # search index decrypted across searches instead of decrypting it again each time.
    cur.execute("PRAGMA cache_size=-32000")
    cur.close()
    return conn


def make_engine(path: Path, key: bytes) -> Engine:
    return create_engine(f"sqlite:///{path}", module=sqlcipher,
                         creator=lambda: connect(path, key))


def is_plain(path: Path) -> bool:
    """A store written before encryption (or by plain sqlite3)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except FileNotFoundError:
        return False


@dataclass
class Store:
    """An open store file: its engine, its session factory and its lock."""

    path: Path
    engine: Engine
    factory: sessionmaker[Session]
    key: bytes = field(default=b"", repr=False)
    _lock: IO[str] | None = field(default=None, repr=False)

    @contextmanager
    def session(self, centre_id: str | None, staff_id: str | None) -> Iterator[Session]:
        """One transaction on behalf of a staff member; store errors come out typed."""
        session = self.factory()
        session.info[tracking.ACTOR_CENTRE] = centre_id
        session.info[tracking.ACTOR_STAFF] = staff_id
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            known = classify(exc)
            if known is not None:
                raise known from exc
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.close()
            self._lock = None


def acquire_lock(data_dir: Path) -> IO[str]:
    lock_path = data_dir / ".lock"
    if lock_path.exists() and not lock_path.is_file():
        raise DataDirUnusable("lock")
    try:
        handle = open(lock_path, "a+")  # noqa: SIM115 - held for the store's life
    except OSError as exc:
        raise DataDirUnusable("lock") from exc
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        handle.close()
        raise StoreInUse(str(data_dir)) from exc
    return handle


def prepare_dir(data_dir: Path, *, create: bool) -> None:
    """Make the folder (0700) only when we create it: an existing folder keeps its
    permissions, whatever it is. A folder without a store is refused unless `create`."""
    if data_dir.exists() and not data_dir.is_dir():
        raise DataDirUnusable("not_a_folder")
    if not (data_dir / STORE_FILE).exists() and data_dir.is_dir() \
            and any(data_dir.glob(".restore-*")):
        raise RestoreInterrupted(str(data_dir))
    if not (data_dir / STORE_FILE).exists() and not create:
        raise NoStoreHere(str(data_dir))
    if not data_dir.exists():
        try:
            data_dir.mkdir(parents=True, mode=0o700)
            os.chmod(data_dir, 0o700)
        except OSError as exc:
            raise DataDirUnusable("cannot_create") from exc
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise DataDirUnusable("read_only")


def store_key(data_dir: Path, *, demo: bool) -> tuple[bytes, keys.KeyInfo | None]:
    """The key of the store in `data_dir`: found and checked, made for a new store, or
    made while encrypting a store written before encryption (a backup taken first).

    For a new store the key note comes second (returned, written once the file exists):
    a note without its store file means the file was lost, and is said so.
    """
    path = data_dir / STORE_FILE
    info = keys.read_info(data_dir)
    exists = path.exists() and path.stat().st_size > 0
    if info is not None and not exists:
        raise StoreCorrupt("store file empty or missing")
    if info is None:
        if exists and not is_plain(path):
            raise keys.StoreKeyInfoMissing(str(data_dir))
        info, key = keys.new_key(data_dir, demo=demo)
        if not exists:
            return key, info
        info = keys.KeyInfo(info.key_id, info.check, info.demo, files_sealed=False)
        keys.write_info(data_dir, info)
    key = keys.find_key(data_dir, info)
    if exists and is_plain(path):
        from jpf_desk.store import encrypt  # only for a store written before encryption

        try:
            encrypt.encrypt_in_place(path, key)
        except (sqlcipher.Error, sqlite3.Error) as exc:
            raise (classify(exc) or StoreCorrupt("encryption failed")) from exc
    elif exists:
        check_opens(path, key)
    if not info.files_sealed:
        from jpf_desk.store import encrypt

        encrypt.finish(data_dir, key)
        keys.write_info(data_dir, keys.KeyInfo(info.key_id, info.check, info.demo, True))
    return key, None


def check_opens(path: Path, key: bytes) -> None:
    """The key is the right one (its check value matched), so a failure here is damage."""
    try:
        conn = connect(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlcipher.DatabaseError as exc:
        known = classify(exc)
        raise (known or StoreCorrupt("unreadable")) from exc


def open_store(data_dir: Path, *, migrate: bool = True, lock: bool = True,
               create: bool = True, demo: bool = False) -> Store:
    """Open the store in `data_dir` (creating one only when `create`), migrated to the
    latest schema.

    `lock=False` is for short-lived command-line readers; the window always locks so
    two desks never write one file through two processes. `demo` only matters when a
    store is made: a demo store keeps its key in a file in its folder.
    """
    from jpf_desk.store import migrate as migrations

    prepare_dir(data_dir, create=create)
    handle = acquire_lock(data_dir) if lock else None
    path = data_dir / STORE_FILE
    try:
        key, new_info = store_key(data_dir, demo=demo)
        if migrate:
            migrations.upgrade(path, key)
        engine = make_engine(path, key)
        if new_info is not None:
            check_opens(path, key)  # makes the file when migrate=False
            keys.write_info(data_dir, new_info)
        os.chmod(path, 0o600)
    except (StoreError, OSError) as exc:
        if handle is not None:
            handle.close()
        if isinstance(exc, OSError):
            raise classify_os(exc) from exc
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    tracking.install(factory)
    return Store(path=path, engine=engine, factory=factory, key=key, _lock=handle)


def classify_os(exc: OSError) -> StoreError:
    import errno

    from jpf_desk.store.errors import StoreFull, StoreReadOnly

    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG):
        return StoreFull(exc.strerror or "")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreReadOnly(exc.strerror or "")
    return DataDirUnusable("os_error")
