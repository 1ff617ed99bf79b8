"""Changing a store the way someone holding the file, its key and sqlite3 would: drop the
append-only triggers, change or delete rows, put the triggers back with their exact SQL."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tests.helpers.stores import open_raw


def tamper(path: Path, tables: Sequence[str], statements: Sequence[tuple[str, tuple[object, ...]]]
           ) -> None:
    conn = open_raw(path)
    try:
        saved = []
        for table in tables:
            for name, sql in conn.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                    (table,)).fetchall():
                saved.append(sql)
                conn.execute(f'DROP TRIGGER "{name}"')
        for sql, params in statements:
            conn.execute(sql, params)
        for sql in saved:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def drop_trigger(path: Path, name: str) -> None:
    conn = open_raw(path)
    try:
        conn.execute(f'DROP TRIGGER "{name}"')
        conn.commit()
    finally:
        conn.close()


def rows(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = open_raw(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
