"""Every section and every dialog, on a store with demo data, fits a 1366x768 screen.

The screen is set by tests/conftest.py (Qt's offscreen plugin with a 1366x768 screen).
Dialogs come from jpf_desk/ui/gallery.py, and a dialog class under ui/ missing there
fails `test_every_dialog_class_is_in_the_gallery`, so a new dialog cannot skip the check.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

import jpf_desk.ui
from jpf_desk.services.demo.build import fill_demo
from jpf_desk.services.desk import Desk
from jpf_desk.store.engine import open_store
from jpf_desk.ui import gallery
from jpf_desk.ui.main_window import MainWindow
from tests.helpers.staff import FIRST_MANAGER, sign_in_as
from tests.helpers.stores import copy_store, template_keyring
from tests.ui.fit_checks import (
    SCREEN,
    TASKBAR_HEIGHT,
    TITLE_BAR,
    clipping,
    overflow,
    short_dates,
)

DEMO_CUSTOMERS = 40


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, template_store: Path) -> Path:
    """The template store with demo customers, consents, dossiers and requests, made once."""
    folder = tmp_path_factory.mktemp("demo")
    copy_store(template_store, folder)
    with template_keyring():
        store = open_store(folder, lock=False)
        fill_demo(store, DEMO_CUSTOMERS, desk=sign_in_as(store, FIRST_MANAGER))
        store.close()
    return folder


@pytest.fixture
def demo_desk(tmp_path: Path, demo_template: Path) -> Iterator[Desk]:
    copy_store(demo_template, tmp_path / "demo")
    store = open_store(tmp_path / "demo")
    yield sign_in_as(store, FIRST_MANAGER)
    store.close()


def test_the_screen_is_1366x768(qapp: QApplication) -> None:
    """The premise of this file: without it every check below measures another screen."""
    assert qapp.primaryScreen().availableGeometry().size() == SCREEN


def settle(window: QWidget) -> None:
    for _ in range(3):
        QApplication.processEvents()
    assert window.isVisible()


def test_main_window_fits_in_every_section_and_never_grows(qtbot, demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    settle(window)
    first = window.frameGeometry()
    problems = []
    for key in window.section_keys():
        window.show_section(key)
        settle(window)
        why = overflow(window)
        if why:
            problems.append(f"section {key}: {why}")
        if window.frameGeometry().width() > first.width():
            problems.append(f"section {key}: window grew from {first.width()} to "
                            f"{window.frameGeometry().width()} px wide")
        problems += [f"section {key}: {p}" for p in clipping(window) + short_dates(window)]
    assert not problems, "\n".join(problems)


def _dialog_ids() -> list[str]:
    return [entry.name for entry in gallery.dialogs()]


@pytest.mark.parametrize("name", _dialog_ids())
def test_dialog_fits_and_clips_nothing_and_shows_full_dates(qtbot, demo_desk: Desk, name: str) -> None:
    entry = next(e for e in gallery.dialogs() if e.name == name)
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    dialog = entry.make(demo_desk, gallery.demo_records(demo_desk), window)
    dialog.show()
    settle(dialog)
    problems = [overflow(dialog)] if overflow(dialog) else []
    problems += clipping(dialog) + short_dates(dialog)
    # On a desk with a taskbar the window manager gives the dialog less height: the same
    # words must still be whole there.
    beside_taskbar = QSize(SCREEN.width() - 8, SCREEN.height() - TASKBAR_HEIGHT
                           - TITLE_BAR.top())
    dialog.resize(dialog.size().boundedTo(beside_taskbar))
    settle(dialog)
    problems += [f"beside a taskbar: {p}" for p in clipping(dialog)]
    dialog.close()
    assert not problems, "\n".join(problems)


def _dialog_classes_under_ui() -> set[type[QDialog]]:
    found: set[type[QDialog]] = set()
    for module_info in pkgutil.walk_packages(jpf_desk.ui.__path__, "jpf_desk.ui."):
        if ".generated" in module_info.name:
            continue
        module = importlib.import_module(module_info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                found.add(value)
    return found


def test_every_dialog_class_is_in_the_gallery() -> None:
    listed = {entry.cls for entry in gallery.dialogs()}
    missing = sorted(c.__qualname__ for c in _dialog_classes_under_ui() - listed)
    assert missing == []
    assert len(_dialog_classes_under_ui()) >= 34  # the walk finds the dialogs at all
