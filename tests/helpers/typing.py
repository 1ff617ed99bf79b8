"""Typing Vietnamese into widgets in tests.

pytest-qt's keyClicks aborts the whole process on a non-ASCII character, so text is
committed through an input-method event, as a Vietnamese IME (Unikey, ibus) does.
"""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Append `text` at the cursor of `widget` (a line edit, combo editor, text edit)."""
    widget.setFocus()
    for ch in text:  # one commit per character, like a person typing
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)
