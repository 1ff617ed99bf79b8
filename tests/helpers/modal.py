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


def when_modal_after_sign_in(answer: Callable[[QWidget], None]) -> None:
    """Call `answer(dialog)` with the first modal dialog that is not the sign-in box.

    At a start on an existing store the sign-in box shows while the store opens (issue
    16); a store that cannot open, or needs its first run, closes it and goes on.
    """
    def skip_sign_in(widget: QWidget) -> None:
        if widget.objectName() == "signInDialog":
            QTimer.singleShot(10, lambda: when_modal(skip_sign_in))
        else:
            answer(widget)

    when_modal(skip_sign_in)
