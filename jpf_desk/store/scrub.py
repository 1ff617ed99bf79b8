"""Making erased values really leave the store: append-only rows rewritten by an
erasure, and the file compacted afterwards.

Shared by the erasure itself and by sync, which applies another desk's erasure here:
both must leave no byte of the person's data in the .db or -wal file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session


@contextmanager
def lifted_update_triggers(session: Session, table: str) -> Iterator[None]:
    """The BEFORE UPDATE triggers that keep `table` append-only are dropped for the
    block and recreated with their exact SQL, inside the caller's transaction (SQLite
    DDL is transactional: a failure restores them)."""
    triggers = session.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name=:t "
        "AND sql LIKE '%BEFORE UPDATE%'"), {"t": table}).all()
    for name, _sql in triggers:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, sql in triggers:
        session.execute(text(sql))


def secure_delete(session: Session) -> None:
    """Freed content is overwritten with zeros from now on in this connection."""
    session.connection().exec_driver_sql("PRAGMA secure_delete=ON")


def merge_search_index(session: Session) -> None:
    """FTS keeps old tokens in its segments until they are merged (both name indexes:
    accent-free, and as written with marks)."""
    for index in ("customers_fts", "customers_fts_marked"):
        session.execute(text(f"INSERT INTO {index}({index}) VALUES ('optimize')"))


def compact_store_file(engine: Engine) -> bool:
    """Rewrite the file without free pages (VACUUM) and empty the WAL into it.

    True when the WAL could be truncated (no other reader held an old snapshot).
    """
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("PRAGMA secure_delete=ON")
        conn.exec_driver_sql("VACUUM")
        for _attempt in range(5):
            busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
            if busy is not None and busy[0] == 0:
                return True
        return False
