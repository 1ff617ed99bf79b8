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
    ended = Signal()  # the outcome waits in the TaskContext, taken on the GUI thread


class TaskContext:
    """What the work sees: report progress, check for cancel. Safe from any thread."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._outcome: tuple[bool, object] | None = None

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

    def _put(self, outcome: tuple[bool, object]) -> None:
        with self._lock:
            self._outcome = outcome

    def _take(self) -> tuple[bool, object] | None:
        with self._lock:
            outcome, self._outcome = self._outcome, None
            return outcome


class _Runnable(QRunnable):
    """Runs the work on a pool thread and hands the outcome over without keeping it.

    Objects must die on the GUI thread: the worker drops its references to the work
    (a closure over widgets) and to the result before it signals, so the last
    reference is always the handle's, released on the GUI thread.
    """

    def __init__(self, handle: TaskHandle[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._handle: TaskHandle[Any] | None = handle

    def run(self) -> None:
        handle, self._handle = self._handle, None
        assert handle is not None
        context, signals, work = handle.context, handle.signals, handle.work
        try:
            outcome: tuple[bool, object] = (True, work(context))
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            outcome = (False, exc)
        del work, handle
        context._put(outcome)
        del outcome
        signals.ended.emit()


class TaskHandle(QObject, Generic[T]):
    """A running task: cancel it, watch it. Lives on the GUI thread."""

    finished = Signal()  # after on_done / on_error, or after a cancel
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, title: str, work: Callable[[TaskContext], T],
                 on_done: Callable[[T], None],
                 on_error: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self._parent, self._title = parent, title
        self.work: Callable[[TaskContext], T] = work
        self._on_done, self._on_error = on_done, on_error
        self.signals = _Signals(self)  # owned by the handle, never deleted by a worker
        self.context = TaskContext(self.signals)
        self.dialog: QProgressDialog | None = None
        self.running = True
        self._last: tuple[int, int, str] = (0, 0, "")
        self.signals.progress.connect(self._progress)
        self.signals.ended.connect(self._ended)
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

    def _ended(self) -> None:
        outcome = self.context._take()
        self._close()
        self.work = _spent
        try:
            if outcome is not None:
                self._deliver(*outcome)
        finally:
            self.finished.emit()
            _release_later(self)

    def _deliver(self, ok: bool, payload: object) -> None:
        if isinstance(payload, Cancelled) or (ok and self.context.cancelled):
            self.cancelled.emit()
        elif ok:
            self._on_done(payload)  # type: ignore[arg-type]
        elif self._on_error is not None:
            assert isinstance(payload, BaseException)
            self._on_error(payload)
        else:
            from jpf_desk.ui.errors import show_error

            assert isinstance(payload, BaseException)
            show_error(self._parent, payload)


def _spent(_ctx: TaskContext) -> Any:
    raise RuntimeError("task already ran")


def _release_later(handle: TaskHandle[Any]) -> None:
    """Drop our reference from the event loop, not from inside one of the handle's slots."""
    QTimer.singleShot(0, lambda: _RUNNING.discard(handle))


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
    handle: TaskHandle[T] = TaskHandle(parent, title, work, on_done, on_error)
    _RUNNING.add(handle)  # keep it alive until its signal has been handled
    pool().start(_Runnable(handle))
    return handle


def wait_for_all(msecs: int = 30_000) -> bool:
    """Block until every worker is idle (tests, and closing the window)."""
    return pool().waitForDone(msecs)
