"""Work the first frame does not need waits until a widget has painted once (issue 16).

The window shows, and its search box takes keys, before the customer ids are read or
the status bar counts requests. A widget nobody shows (a view built in a test, a
section behind another) does the work as soon as the event loop runs instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget, self.work, self.done = widget, work, False
        widget.installEventFilter(self)
        QTimer.singleShot(0, self, self._unless_shown)  # dropped with the widget

    def _unless_shown(self) -> None:
        if not self.widget.isVisible():
            self._run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._run)  # once this paint has ended
        return False

    def _run(self) -> None:
        if not self.done:
            self.done = True
            self.widget.removeEventFilter(self)
            self.work()


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run `work` on the GUI thread once `widget` has painted, or at once if it is hidden
    when the event loop first runs."""
    _AfterFirstPaint(widget, work)
