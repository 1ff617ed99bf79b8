"""Closing the window when the system asks the program to stop (SIGTERM).

A shutdown, a logout or a service manager ends programs with SIGTERM. Left to its default,
SIGTERM kills the process mid-write: the store's lock file stays behind and the window's
shut-down (waiting for running work, closing the store) never runs. Here it closes the
window the way a person would. Python runs a signal handler only when it next runs
bytecode, which may not happen while Qt waits for events, so the signal also writes to a
socket that Qt watches (`signal.set_wakeup_fd`), and that wakes Python up.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QDialog

log = logging.getLogger(__name__)


def close_all_windows() -> None:
    """Close what is open the way a person would: a dialog (sign-in...) is cancelled, a
    window closed."""
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()


class CloseOnTerminate(QObject):
    def __init__(self, close: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous_handler = signal.signal(signal.SIGTERM, self._on_signal)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._close = close
        self.fired = False  # a SIGTERM came: closing is then a clean exit, not a refusal

    def _on_signal(self, signum: int, frame: object) -> None:
        log.info("SIGTERM received: closing the window")
        self.fired = True
        QTimer.singleShot(0, self._close)

    def _drain(self) -> None:
        with contextlib.suppress(BlockingIOError):
            self._reader.recv(64)  # the Python handler has run by the time this slot runs

    def restore(self) -> None:
        """Back to the handlers found (tests open and close many windows in one process)."""
        self._notifier.setEnabled(False)
        signal.signal(signal.SIGTERM, self._previous_handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
