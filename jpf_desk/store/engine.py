"""Opening the SQLite store: pragmas, the session factory and the single-desk lock."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from jpf_desk.store import tracking
from jpf_desk.store.errors import StoreError, StoreInUse, classify

STORE_FILE = "jpf-desk.db"


def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


@dataclass
class Store:
    """An open store file: its engine, its session factory and its lock."""

    path: Path
    engine: Engine
    factory: sessionmaker[Session]
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


def _acquire_lock(data_dir: Path) -> IO[str]:
    handle = open(data_dir / ".lock", "a+")  # noqa: SIM115 - held for the store's life
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        handle.close()
        raise StoreInUse(str(data_dir)) from exc
    return handle


def open_store(data_dir: Path, *, migrate: bool = True, lock: bool = True) -> Store:
    """Open (creating if needed) the store in `data_dir`, migrated to the latest schema.

    `lock=False` is for short-lived command-line readers; the window always locks so
    two desks never write one file through two processes.
    """
    from jpf_desk.store import migrate as migrations

    data_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    handle = _acquire_lock(data_dir) if lock else None
    path = data_dir / STORE_FILE
    try:
        if migrate:
            migrations.upgrade(path)
        engine = make_engine(path)
    except StoreError:
        if handle is not None:
            handle.close()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    tracking.install(factory)
    return Store(path=path, engine=engine, factory=factory, _lock=handle)
