"""Shared fixtures: a real SQLite store per test, a desk acting on it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from jpf_desk.services import setup  # noqa: E402
from jpf_desk.services.desk import Desk  # noqa: E402
from jpf_desk.store.engine import STORE_FILE, Store, open_store  # noqa: E402


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, initialised store built once and copied per test (faster than migrating)."""
    folder = tmp_path_factory.mktemp("template")
    store = open_store(folder, lock=False)
    setup.initialise(store, "HN1", "JPF Hà Nội – Cơ sở 1", "Lê Thu Trang")
    store.close()
    return folder


@pytest.fixture
def store(tmp_path: Path, template_store: Path) -> Iterator[Store]:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(template_store / STORE_FILE, data_dir / STORE_FILE)
    opened = open_store(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def desk(store: Store) -> Desk:
    opened = setup.open_desk(store)
    assert opened is not None
    return opened


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[object]:
    """A keyring in memory: tests never touch (or need) the machine's keyring."""
    import keyring
    from keyring.backend import KeyringBackend

    class _Backend(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.values: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.values.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.values[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.values.pop((service, username), None)

    previous = keyring.get_keyring()
    backend = _Backend()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
