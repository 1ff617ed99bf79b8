"""The warning that this desk's clock is off, where people look: the Sync section and
the consent dialog (before a receipt is made). Hidden while the clock is right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from jpf_desk.domain.clock_skew import ClockOffset, offset_params, warning_code
from jpf_desk.domain.messages import render
from jpf_desk.ui.language import current_lang


class ClockWarning(QLabel):
    """`receipt`: also says what the receipt's time will be (the consent dialog)."""

    def __init__(self, parent: QWidget | None = None, *, receipt: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("clockWarning")
        self.receipt = receipt
        self.setTextFormat(Qt.TextFormat.PlainText)  # never read as markup
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.hide()

    def show_clock(self, clock: ClockOffset | None) -> None:
        if clock is None or not clock.off:
            self.clear()
            self.hide()
            return
        lang = current_lang()
        parts = [self.tr("Máy này sai giờ."), render(warning_code(clock), offset_params(clock),
                                                      lang)]
        if self.receipt:
            parts.append(render("clock.receipt_corrected", {}, lang))
        self.setText(" ".join(parts))
        self.show()
