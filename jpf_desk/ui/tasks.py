"""Long work off the GUI thread, with progress that does not flicker and cooperative cancel.

`run_task` runs `work(ctx)` on a worker thread and calls `on_done(result)` or
`on_error(exc)` back on the GUI thread. A progress dialog with a Cancel button appears
only when the work lasts longer than SHOW_AFTER_MS; Cancel sets a flag that the work
checks between steps with `ctx.check_cancelled()` (which raises `Cancelled`).
A cancelled task calls neither callback; its handle emits `cancelled`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

SHOW_AFTER_MS = 600
log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by TaskContext.check_cancelled once the user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class TaskContext:
    """What the work sees: report progress, check for cancel. Safe from any thread."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskContext], Any], ctx: TaskContext,
                 signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work, self._ctx, self._signals = work, ctx, signals

    def run(self) -> None:
        try:
            result = self._work(self._ctx)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class TaskHandle(QObject, Generic[T]):
    """A running task: cancel it, watch it. Lives on the GUI thread."""

    finished = Signal()  # after on_done / on_error, or after a cancel
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, title: str, on_done: Callable[[T], None],
                 on_error: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self._parent, self._title = parent, title
        self._on_done, self._on_error = on_done, on_error
        self.signals = _Signals()
        self.context = TaskContext(self.signals)
        self.dialog: QProgressDialog | None = None
        self.running = True
        self._last: tuple[int, int, str] = (0, 0, "")
        self.signals.progress.connect(self._progress)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self._timer.start(SHOW_AFTER_MS)

    def cancel(self) -> None:
        """Ask the work to stop at its next check; the callbacks will not run."""
        self.context.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Đang hủy…"))

    def _show_dialog(self) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setCancelButtonText(self.tr("Hủy"))
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        self._apply(*self._last)
        dialog.show()

    def _apply(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))  # 0 = busy indicator
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        self.dialog.setLabelText(text or self._title)

    def _progress(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        if not self.context.cancelled:
            self._apply(done, total, text)

    def _close(self) -> None:
        self.running = False
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        _RUNNING.discard(self)

    def _succeeded(self, result: object) -> None:
        self._close()
        if self.context.cancelled:
            self.cancelled.emit()
        else:
            self._on_done(result)  # type: ignore[arg-type]
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        elif self._on_error is not None:
            self._on_error(exc)
        else:
            from jpf_desk.ui.errors import show_error

            show_error(self._parent, exc)
        self.finished.emit()


_RUNNING: set[TaskHandle[Any]] = set()
_POOL: QThreadPool | None = None


def pool() -> QThreadPool:
    """The workers of this module (two: a long sync must not block a quick print)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
    return _POOL


def run_task(
    parent: QWidget | None, title: str, work: Callable[[TaskContext], T],
    on_done: Callable[[T], None], on_error: Callable[[BaseException], None] | None = None,
) -> TaskHandle[T]:
    """Run `work` on a worker; callbacks on the GUI thread; errors to on_error or a dialog."""
    handle: TaskHandle[T] = TaskHandle(parent, title, on_done, on_error)
    _RUNNING.add(handle)  # keep it alive until its signals arrive
    pool().start(_Runnable(work, handle.context, handle.signals))
    return handle


def wait_for_all(msecs: int = 30_000) -> bool:
    """Block until every worker is idle (tests, and closing the window)."""
    return pool().waitForDone(msecs)
