"""Password rows for a form: the password typed twice, each with its error label.

Used wherever someone chooses a password (first run, a new staff member, a reset, a
change), so each shows the same fields and the same messages beside them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

translate = QCoreApplication.translate


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordFields:
    """Adds "password" and "repeat" rows (and their error labels) to `form`."""

    def __init__(self, form: QFormLayout, label: str | None = None,
                 prefix: str = "") -> None:
        self.password = password_edit(f"{prefix}password")
        self.repeat = password_edit(f"{prefix}repeat")
        self.password_error = QLabel()
        self.password_error.setObjectName(f"{prefix}passwordError")
        self.repeat_error = QLabel()
        self.repeat_error.setObjectName(f"{prefix}repeatError")
        hint = QLabel(translate("password", "Ít nhất 8 ký tự, hoặc mã PIN ít nhất 6 chữ số."))
        hint.setWordWrap(True)
        form.addRow(label or translate("password", "&Mật khẩu:"), self.password)
        form.addRow("", hint)
        form.addRow("", self.password_error)
        form.addRow(translate("password", "&Nhập lại mật khẩu:"), self.repeat)
        form.addRow("", self.repeat_error)

    def labels(self) -> dict[str, QLabel]:
        """For FieldErrors: the services name the fields "password" and "repeat"."""
        return {"password": self.password_error, "repeat": self.repeat_error}

    def values(self) -> tuple[str, str]:
        return self.password.text(), self.repeat.text()

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()
