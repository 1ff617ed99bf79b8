"""Small helpers every view uses: Vietnamese button texts, date display."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from jpf_desk.domain.dates import format_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("widgets", text)


def name_buttons(box: QDialogButtonBox, ok: str | None = None) -> None:
    """Qt ships no Vietnamese translation of its standard buttons: name them here."""
    texts = {
        QDialogButtonBox.StandardButton.Ok: ok or _tr("Đồng ý"),
        QDialogButtonBox.StandardButton.Save: ok or _tr("Lưu"),
        QDialogButtonBox.StandardButton.Cancel: _tr("Hủy"),
        QDialogButtonBox.StandardButton.Close: _tr("Đóng"),
    }
    for which, text in texts.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


def show_date(value: date | None) -> str:
    return format_date(value) if value else ""


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def setup_ui(ui: Any, widget: QWidget) -> None:
    """Build a form compiled by pyside6-uic (its code has no type hints) onto `widget`."""
    ui.setupUi(widget)
