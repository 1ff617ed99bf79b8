"""ui.tasks: work off the GUI thread, delayed progress dialog, cooperative cancel."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from jpf_desk.ui.tasks import TaskContext, run_task, wait_for_all


def test_result_comes_back_on_the_gui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def work(ctx: TaskContext) -> int:
        seen["worker"] = QThread.currentThread()
        return 6 * 7

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = QThread.currentThread()

    handle = run_task(parent, "Tính", work, done)
    with qtbot.waitSignal(handle.finished):
        pass
    assert seen["value"] == 42
    assert seen["callback"] is QApplication.instance().thread()
    assert seen["worker"] is not seen["callback"]
    assert handle.dialog is None  # quick work never shows a dialog


def test_progress_dialog_then_cancel(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    reported = threading.Event()
    steps_done: list[int] = []
    outcome: list[str] = []

    def work(ctx: TaskContext) -> str:
        ctx.progress(3, 10, "Bước 3")
        reported.set()
        for _ in range(2000):  # waits (at most ~10 s) for the user's Cancel
            ctx.check_cancelled()
            steps_done.append(1)
            time.sleep(0.005)
        return "not cancelled"

    handle = run_task(parent, "Đồng bộ", work, lambda r: outcome.append("done"),
                      lambda e: outcome.append("error"))
    qtbot.waitUntil(lambda: handle.dialog is not None and handle.dialog.isVisible(),
                    timeout=5000)
    dialog = handle.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.value() == 3)
    assert dialog.maximum() == 10
    assert dialog.labelText() == "Bước 3"
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert outcome == []  # a cancelled task calls neither callback
    assert handle.dialog is None
    assert not handle.running
    assert wait_for_all()


def test_error_goes_to_on_error(qtbot):
    errors: list[BaseException] = []

    def work(ctx: TaskContext) -> None:
        raise ValueError("boom")

    handle = run_task(None, "Lỗi", work, lambda r: None, errors.append)
    with qtbot.waitSignal(handle.finished):
        pass
    assert len(errors) == 1 and isinstance(errors[0], ValueError)


def test_error_without_handler_shows_a_reference(qtbot, caplog):
    def work(ctx: TaskContext) -> None:
        phone = "09" + "12345678"
        raise RuntimeError(f"customer {phone}")  # personal data in a message

    parent = QWidget()
    qtbot.addWidget(parent)
    handle = run_task(parent, "Lỗi", work, lambda r: None)
    with qtbot.waitSignal(handle.finished):
        pass
    boxes = [b for b in parent.findChildren(QWidget, "bugBox")]
    assert len(boxes) == 1
    ref = boxes[0].property("reference")
    assert ref in boxes[0].text()
    assert ref in caplog.text
    assert "0912345678" not in caplog.text
    assert "RuntimeError" in boxes[0].detailedText()
    boxes[0].close()

