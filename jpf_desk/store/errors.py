"""Store failures the user can act on, told apart from bugs.

SQLite reports a locked, full, read-only or corrupt file through the same exception
class as a programming error; the extended result code tells them apart.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError


class StoreError(Exception):
    """A store problem caused by the environment, with a message code for the user."""

    code = "store.error"

    def params(self) -> dict[str, object]:
        """Values the message shows (paths, never personal data)."""
        return {}


class StoreLocked(StoreError):
    code = "store.locked"


class StoreFull(StoreError):
    code = "store.full"


class StoreReadOnly(StoreError):
    code = "store.readonly"


class StoreCorrupt(StoreError):
    code = "store.corrupt"


class StoreInUse(StoreError):
    """Another JPF Desk process already has this store open."""

    code = "store.in_use"


class NoStoreHere(StoreError):
    """The folder holds no store and the command does not make one (a mistyped path?)."""

    code = "store.not_found"

    def __init__(self, folder: str) -> None:
        super().__init__(folder)
        self.folder = folder

    def params(self) -> dict[str, object]:
        return {"folder": self.folder}


class RestoreInterrupted(StoreError):
    """A restore stopped between moving the old store aside and the new one in."""

    code = "store.restore_interrupted"


class DataDirUnusable(StoreError):
    """The data folder is a file, cannot be made, is read-only, or its lock is not a file."""

    code = "store.data_dir_unusable"


class MigrationFailed(StoreError):
    code = "store.migration_failed"

    def __init__(self, backup: str, detail: str) -> None:
        super().__init__(detail)
        self.backup = backup

    def params(self) -> dict[str, object]:
        return {"backup": self.backup or "-"}


class StoreTooNew(StoreError):
    """The store was upgraded by a newer version of the program than this one."""

    code = "store.too_new"


_BY_CODE: dict[int, type[StoreError]] = {
    sqlite3.SQLITE_BUSY: StoreLocked,
    sqlite3.SQLITE_LOCKED: StoreLocked,
    sqlite3.SQLITE_FULL: StoreFull,
    sqlite3.SQLITE_READONLY: StoreReadOnly,
    sqlite3.SQLITE_CORRUPT: StoreCorrupt,
    sqlite3.SQLITE_NOTADB: StoreCorrupt,
    sqlite3.SQLITE_IOERR: StoreFull,
    sqlite3.SQLITE_CANTOPEN: StoreReadOnly,
}


def classify(exc: BaseException) -> StoreError | None:
    """The known store error behind `exc`, or None when it is a bug."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    if not isinstance(code, int) or code == sqlite3.SQLITE_ERROR:
        # The backup API and sqlcipher_export report a failed write without its code;
        # SQLite's own fixed wording is all there is to go on.
        text = str(orig)
        if text in ("disk I/O error", "database or disk is full"):
            return StoreFull(text)
        return None
    kind = _BY_CODE.get(code & 0xFF)
    if kind is None:
        return None
    return kind(getattr(orig, "sqlite_errorname", "sqlite error"))
