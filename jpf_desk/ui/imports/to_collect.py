"""The "consent to collect" list: customers (imported ones mostly) the desk still has
to ask for consent at their next visit. Read-only; it empties itself as consents are
recorded from the customer's record."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpf_desk.services.consent.to_collect import consent_to_collect, count_consent_to_collect
from jpf_desk.services.desk import Desk
from jpf_desk.ui.screen_fit import fit_window
from jpf_desk.ui.widgets import name_buttons, show_date


class ConsentToCollectDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Khách hàng cần xin đồng ý"))
        fit_window(self, 760, 520)
        layout = QVBoxLayout(self)
        rows = consent_to_collect(desk)
        total = count_consent_to_collect(desk)
        self.count_label = QLabel(self.tr(
            "%n khách hàng chưa có sự đồng ý nào: hãy hỏi khi họ đến.", "", total))
        layout.addWidget(self.count_label)
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Họ và tên"), self.tr("Ngày sinh"),
                                              self.tr("Điện thoại"), self.tr("Vị thành niên")])
        for r, row in enumerate(rows):
            for c, text in enumerate((row.full_name, show_date(row.birth_date),
                                      row.phone_national,
                                      self.tr("Có") if row.is_minor else "")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
