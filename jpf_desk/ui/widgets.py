"""Small helpers every view uses: Vietnamese button texts, date display."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QTableView,
    QWidget,
)

from jpf_desk.domain.dates import format_date
from jpf_desk.domain.errors import ValidationError

translate = QCoreApplication.translate


def name_buttons(box: QDialogButtonBox, ok: str | None = None) -> None:
    """Qt ships no Vietnamese translation of its standard buttons: name them here."""
    texts = {
        QDialogButtonBox.StandardButton.Ok: ok or translate("widgets", "Đồng ý"),
        QDialogButtonBox.StandardButton.Save: ok or translate("widgets", "Lưu"),
        QDialogButtonBox.StandardButton.Cancel: translate("widgets", "Hủy"),
        QDialogButtonBox.StandardButton.Close: translate("widgets", "Đóng"),
    }
    for which, text in texts.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


def fill_in(template: str, *values: str) -> str:
    """A translated template's %1, %2... replaced in one pass (as QString.arg would): a
    value that itself holds "%2" is never replaced again."""
    return re.sub(r"%(\d+)", lambda m: values[int(m.group(1)) - 1]
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), template)


def show_date(value: date | None) -> str:
    return format_date(value) if value else ""


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def setup_ui(ui: Any, widget: QWidget) -> None:
    """Build a form compiled by pyside6-uic (its code has no type hints) onto `widget`,
    with the house look: form fields use the width they get, table rows stay compact."""
    ui.setupUi(widget)
    for form in widget.findChildren(QFormLayout):
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for table in widget.findChildren(QTableView):
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)


def plain_text(*labels: QLabel) -> None:
    """Labels that show customer (or staff-typed) text: a name like "<b>Lê</b>" is shown
    as typed, never read as markup that hides or restyles words."""
    for shown in labels:
        shown.setTextFormat(Qt.TextFormat.PlainText)


def national_or_typed(phone: str) -> str:
    """A stored E.164 number as people write it ("0912 345 678"); anything else as typed."""
    from jpf_desk.domain.phones import parse_phone  # phonenumbers: not needed at sign-in

    try:
        return parse_phone(phone).national if phone.startswith("+") else phone
    except ValidationError:
        return phone


def check_list_items(widget: QListWidget, keys: Collection[str]) -> None:
    """Tick the items of a checkable list whose key (UserRole) is in `keys`."""
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in keys:
            item.setCheckState(Qt.CheckState.Checked)


def checked_list_items(widget: QListWidget) -> tuple[str, ...]:
    """The keys (UserRole) of the ticked items, in list order."""
    return tuple(widget.item(r).data(Qt.ItemDataRole.UserRole) for r in range(widget.count())
                 if widget.item(r).checkState() == Qt.CheckState.Checked)
