"""A written reason (refusal, rejection, erasure) and, for an extension, the days."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from jpf_desk.ui.generated.ui_request_reason import Ui_RequestReasonDialog
from jpf_desk.ui.widgets import name_buttons, setup_ui


class ReasonDialog(QDialog):
    def __init__(self, title: str, prompt: str, parent: QWidget | None = None, *,
                 max_days: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestReasonDialog()
        setup_ui(self.ui, self)
        self.setWindowTitle(title)
        self.ui.prompt.setText(prompt)
        self.ui.error.setStyleSheet("color: #b00020;")
        name_buttons(self.ui.buttons)
        show_days = max_days is not None
        self.ui.days.setVisible(show_days)
        self.ui.daysLabel.setVisible(show_days)
        if max_days is not None:
            self.ui.days.setMaximum(max_days)
            self.ui.days.setValue(max_days)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.reason.setFocus()

    @property
    def reason(self) -> str:
        return self.ui.reason.toPlainText().strip()

    @property
    def days(self) -> int:
        return self.ui.days.value()

    def set_reason(self, text: str) -> None:
        self.ui.reason.setPlainText(text)

    def accept(self) -> None:
        if not self.reason:
            self.ui.error.setText(self.tr("Cần ghi lý do bằng văn bản."))
            return
        super().accept()
