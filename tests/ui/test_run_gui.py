"""`jpf-desk` with no subcommand: the window opens on a store, or a store failure is told."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from jpf_desk.services import setup, storage
from jpf_desk.store.engine import open_store
from jpf_desk.ui.app import LOG_FILE, log_to_file, run_gui
from jpf_desk.ui.errors import report_bug
from jpf_desk.ui.main_window import MainWindow
from tests.helpers.modal import when_modal, when_modal_after_sign_in
from tests.helpers.staff import TEST_PASSWORD


def close_main_window_when_shown(seen: list[str]) -> None:
    def poll() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if windows:
            seen.append(windows[0].staff_label.text())
            windows[0].close()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_run_gui_opens_the_window_on_a_set_up_store(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    store = open_store(tmp_path / "desk")
    setup.initialise(store, "HN2", "JPF Hà Nội – Cơ sở 2", "Bùi Khánh Linh",
                     password=TEST_PASSWORD)
    store.close()
    seen: list[str] = []

    def sign_in(dialog):
        assert dialog.objectName() == "signInDialog"
        qtbot.waitUntil(lambda: dialog.staff.count() > 0)  # filled once the store opened
        assert dialog.staff.currentText() == "Bùi Khánh Linh (Quản lý)"
        dialog.password.setText(TEST_PASSWORD)
        dialog.accept()

    when_modal(sign_in)
    close_main_window_when_shown(seen)
    assert run_gui(str(tmp_path / "desk"), "vi") == 0
    assert seen == ["Nhân viên: Bùi Khánh Linh"]


def test_the_sign_in_box_takes_the_password_while_the_store_opens(qtbot, tmp_path,
                                                                    monkeypatch):
    """Issue 16: the box shows and takes keys before the store has opened; OK pressed
    meanwhile is answered once it has."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    store = open_store(tmp_path / "desk")
    setup.initialise(store, "HN2", "JPF Hà Nội – Cơ sở 2", "Bùi Khánh Linh",
                     password=TEST_PASSWORD)
    store.close()
    release = threading.Event()
    real_open = storage.open_data_store

    def held_open(*args, **kwargs):
        assert release.wait(120)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(storage, "open_data_store", held_open)
    seen: list[str] = []

    def sign_in(dialog):
        assert dialog.objectName() == "signInDialog"
        assert dialog.focusWidget() is dialog.password
        assert dialog.staff.count() == 0 and not dialog.staff.isEnabled()
        qtbot.keyClicks(dialog.password, TEST_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.desk is None  # waits for the store
        seen.append(dialog.error.text())
        release.set()

    when_modal(sign_in)
    close_main_window_when_shown(seen)
    assert run_gui(str(tmp_path / "desk"), "vi") == 0
    assert seen == ["Đang mở kho dữ liệu…", "Nhân viên: Bùi Khánh Linh"]


def test_run_gui_without_signing_in_opens_nothing(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    store = open_store(tmp_path / "desk")
    setup.initialise(store, "HN2", "JPF Hà Nội – Cơ sở 2", "Bùi Khánh Linh",
                     password=TEST_PASSWORD)
    store.close()
    when_modal(lambda dialog: dialog.reject())
    assert run_gui(str(tmp_path / "desk"), "vi") == 1
    open_store(tmp_path / "desk").close()  # the store was released
    reopened = open_store(tmp_path / "desk")  # the window released its lock
    reopened.close()


def test_bug_references_reach_the_log_file(qtbot, tmp_path):
    handler = log_to_file(tmp_path)
    try:
        try:
            raise KeyError("x")
        except KeyError as exc:
            box = report_bug(None, exc)
    finally:
        logging.getLogger("jpf_desk").removeHandler(handler)
        handler.close()
    box.close()
    text = (tmp_path / LOG_FILE).read_text(encoding="utf-8")
    assert f"reference {box.property('reference')}" in text


def test_run_gui_on_a_store_in_use_says_so(qtbot, store, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown: list[str] = []

    def answer(box):
        shown.append(box.text())
        box.accept()

    when_modal_after_sign_in(answer)
    assert run_gui(str(store.path.parent), "vi") == 1
    assert shown == ["JPF Desk đang mở kho dữ liệu này ở một cửa sổ khác."]


def test_run_gui_on_a_folder_without_a_store_asks_first(qtbot, tmp_path, monkeypatch):
    """A mistyped --data-dir: the window asks before making a store; "No" makes nothing."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown: list[str] = []

    def answer(box):
        shown.append(box.text())
        box.reject()  # Escape: the default "No"

    when_modal(answer)
    assert run_gui(str(tmp_path / "typo"), "vi") == 1
    assert shown == [f"Không có kho dữ liệu trong thư mục {tmp_path / 'typo'}. "
                     "Tạo kho dữ liệu mới ở đó?"]
    assert not (tmp_path / "typo").exists()


def test_run_gui_without_the_key_says_how_to_restore_it(qtbot, store, memory_keyring,
                                                         monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    folder = store.path.parent
    store.close()
    memory_keyring.values.clear()  # a keyring reset
    shown: list[str] = []

    def answer(box):
        shown.append(box.text())
        box.accept()

    when_modal_after_sign_in(answer)
    assert run_gui(str(folder), "vi") == 1
    assert shown and shown[0].startswith("Khóa của kho dữ liệu này không có trên máy tính này")
    assert memory_keyring.values == {}
