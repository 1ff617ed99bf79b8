"""Locking the window after a time without input, keeping everything open behind it.

Nothing is closed or hidden (hiding a dialog would end it and lose what was typed):
every open window's contents are made invisible and an application-modal sign-in box
goes on top. Whoever signs in gets the window back as it was; if it is someone else,
the window then acts as them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsOpacityEffect, QWidget

from jpf_desk.services.desk import Desk
from jpf_desk.services.storage import Store
from jpf_desk.ui.sign_in_dialog import SignInDialog

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})


def _veil(window: QWidget) -> list[QWidget]:
    """Make the window's contents invisible (its parts keep their state)."""
    parts = [w for w in window.findChildren(QWidget) if w.parentWidget() is window
             and not w.isWindow() and w.graphicsEffect() is None]
    for part in parts:
        effect = QGraphicsOpacityEffect(part)
        effect.setOpacity(0.0)
        part.setGraphicsEffect(effect)
    return parts


class IdleLock(QObject):
    """Restarts its timer on every input the application receives; locks at timeout."""

    def __init__(self, store: Store, current_staff: Callable[[], str],
                 unlocked: Callable[[Desk], None], minutes: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)  # the window: the lock goes with it
        self.store = store
        self.current_staff = current_staff
        self.unlocked = unlocked
        self.dialog: SignInDialog | None = None
        self._veiled: list[QWidget] = []
        self._titles: list[tuple[QWidget, str]] = []  # a record's window names its customer
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.dialog is None:
            self.timer.start()
        return False

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        if self.dialog is None:
            self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> None:
        if self.dialog is not None:
            return
        self.timer.stop()
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                self._veiled += _veil(window)
                self._titles.append((window, window.windowTitle()))
                window.setWindowTitle("JPF Desk")
        self.dialog = SignInDialog(self.store, None, select_id=self.current_staff(),
                                   locked=True)
        self.dialog.setObjectName("lockDialog")
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.show()

    def _unlock(self) -> None:
        dialog, self.dialog = self.dialog, None
        for part in self._veiled:
            part.setGraphicsEffect(None)  # type: ignore[arg-type]
        for window, title in self._titles:
            window.setWindowTitle(title)
        self._veiled, self._titles = [], []
        if dialog is not None:
            dialog.deleteLater()
            if dialog.desk is not None:
                self.unlocked(dialog.desk)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.dialog is not None:
            self.dialog.locked = False
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
