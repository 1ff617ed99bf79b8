"""Shared fixtures: a real SQLite store per test, a desk acting on it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Offscreen, the screen is the 1366x768 of many front desks (tests/ui/test_fits_screen.py
# checks every window against it); Qt's offscreen plugin reads its screens from this file.
SCREEN_CONFIG = Path(__file__).parent / "helpers" / "screen_1366x768.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN_CONFIG}"

from tests.helpers.cups import isolate_cups  # noqa: E402

isolate_cups()  # before Qt looks for printers: tests never see the machine's queues

from jpf_desk.services import setup  # noqa: E402
from jpf_desk.services.desk import Desk  # noqa: E402
from jpf_desk.services.staff import passwords  # noqa: E402
from jpf_desk.store.engine import Store, open_store  # noqa: E402
from tests.helpers.staff import FIRST_MANAGER, TEST_COST, TEST_PASSWORD, sign_in_as  # noqa: E402
from tests.helpers.stores import copy_store, template_keyring  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing() -> Iterator[None]:
    """argon2id at TEST_COST for the whole session (see tests/helpers/staff.py)."""
    previous = passwords.use_cost(TEST_COST)
    yield
    passwords.use_cost(previous)


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, initialised store built once and copied per test (faster than migrating)."""
    folder = tmp_path_factory.mktemp("template")
    with template_keyring():
        store = open_store(folder, lock=False)
        setup.initialise(store, "HN1", "JPF Hà Nội – Cơ sở 1", FIRST_MANAGER,
                         password=TEST_PASSWORD)
        store.close()
    return folder


@pytest.fixture
def store(tmp_path: Path, template_store: Path, memory_keyring: object) -> Iterator[Store]:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    copy_store(template_store, data_dir)
    opened = open_store(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def desk(store: Store) -> Desk:
    """The template store's manager, signed in."""
    return sign_in_as(store, FIRST_MANAGER)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[object]:
    """A keyring in memory: tests never touch (or need) the machine's keyring."""
    import keyring

    from tests.helpers.memory_keyring import MemoryKeyring
    from tests.helpers.stores import KNOWN_KEYS

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    backend.values.update(KNOWN_KEYS)
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> object:
    """Let background tasks finish and deliver before pytest-qt closes the test's widgets."""
    import sys

    tasks = sys.modules.get("jpf_desk.ui.tasks")
    if tasks is not None and tasks._POOL is not None:
        from PySide6.QtWidgets import QApplication

        tasks.wait_for_all(60_000)
        app = QApplication.instance()
        if app is not None:
            app.processEvents()
    return (yield)
