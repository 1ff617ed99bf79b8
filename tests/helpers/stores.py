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
