"""Answering a modal dialog that code under test runs with exec()."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(answer: Callable[[QWidget], None], within_s: float = 60.0) -> None:
    """Call `answer(dialog)` as soon as a modal dialog is up (polled every 10 ms).

    The deadline is in wall-clock time, not in polls: on a loaded CI machine the dialog
    may come up late, and a dialog nobody answers would hang the test.
    """
    deadline = time.monotonic() + within_s

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None:
            answer(widget)
        elif time.monotonic() < deadline:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
