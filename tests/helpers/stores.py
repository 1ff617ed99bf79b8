"""Stores built once per session and copied per test, with their keys.

A copied store needs its key note (jpf-desk.key.json) beside it and its key in the
test's keyring: `KNOWN_KEYS` holds the keyring entries of every template store made
in this session, and each test's memory keyring starts from them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring

from jpf_desk.store.engine import STORE_FILE
from jpf_desk.store.keys import KEY_INFO_FILE
from tests.helpers.memory_keyring import MemoryKeyring

KNOWN_KEYS: dict[tuple[str, str], str] = {}


@contextmanager
def template_keyring() -> Iterator[MemoryKeyring]:
    """A keyring for building a session-wide template; what it keeps becomes known."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    backend.values.update(KNOWN_KEYS)
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        KNOWN_KEYS.update(backend.values)
        current = keyring.get_keyring()
        if isinstance(current, MemoryKeyring):
            current.values.update(backend.values)


def copy_store(source: Path, target: Path) -> None:
    """The store file and its key note (the key itself is in KNOWN_KEYS)."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source / STORE_FILE, target / STORE_FILE)
    shutil.copyfile(source / KEY_INFO_FILE, target / KEY_INFO_FILE)


def child_keyring_env(folder: Path) -> dict[str, str]:
    """Environment for a `jpf-desk` child process that sees this test's keyring: its
    entries written to a JSON file keyring (tests/sync/file_keyring.py)."""
    import json
    import os

    current = keyring.get_keyring()
    values = current.values if isinstance(current, MemoryKeyring) else {}
    path = folder / "child-keyring.json"
    path.write_text(json.dumps({f"{s}/{u}": p for (s, u), p in values.items()}))
    return dict(os.environ, PYTHON_KEYRING_BACKEND="tests.sync.file_keyring.FileKeyring",
                JPF_TEST_KEYRING_FILE=str(path))


def key_of(path: Path) -> bytes:
    """The key of the store file at `path`, from its key note and this test's keyring."""
    from jpf_desk.store.keys import find_key, read_info

    info = read_info(path.parent)
    assert info is not None, f"no key note beside {path}"
    return find_key(path.parent, info)


def open_raw(path: Path):  # type: ignore[no-untyped-def]
    """A DB-API connection to the store file, as someone who has it and its key would
    open it behind the program's back (tests that tamper with rows)."""
    from jpf_desk.store.engine import connect

    conn = connect(Path(path), key_of(Path(path)))
    conn.execute("PRAGMA foreign_keys=OFF")  # as sqlite3 opens a file: no app pragmas
    return conn


def raw_engine(path: Path):  # type: ignore[no-untyped-def]
    from jpf_desk.store.engine import make_engine

    return make_engine(Path(path), key_of(Path(path)))


def _row_class() -> type:
    import sqlcipher3.dbapi2 as sqlcipher

    return sqlcipher.Row


RawRow = _row_class()
