"""Answering a modal dialog that code under test runs with exec()."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(answer: Callable[[QWidget], None], attempts: int = 200) -> None:
    """Call `answer(dialog)` as soon as a modal dialog is up (polled every 10 ms)."""

    def poll(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None:
            answer(widget)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(attempts))
