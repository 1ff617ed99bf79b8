"""Driving a window by keyboard in tests, as a person at the desk does.

Window shortcuts (Ctrl+N, Ctrl+F, Ctrl+1) fire only for the active window: on the
offscreen platform a shown window becomes active once its QWindow asks for it and the
event queue has run.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def activate(qtbot: object, window: QWidget) -> None:
    """Show `window` and make it the active window, so its shortcuts listen."""
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # type: ignore[attr-defined]


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key, sent where the keyboard focus is (never to a widget chosen by the test)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifiers)


def ctrl(key: Qt.Key) -> None:
    press(key, Qt.KeyboardModifier.ControlModifier)


def type_ascii(text: str) -> None:
    """ASCII letters typed where the focus is (non-ASCII: tests/helpers/typing.type_text)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClicks(target, text)
