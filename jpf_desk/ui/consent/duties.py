"""The desk's data-protection lists: consent handovers due at 16 this month, and (for a
manager) data kept past its retention period, with erasure from there.

The retention tab and its erase button are shown only to a role that may use them
(the services refuse the others anyway)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jpf_desk.domain.dates import format_date, today_vn
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.staff import Action
from jpf_desk.services.consent.handover import HandoverDue, handovers_due
from jpf_desk.services.consent.policy import purpose_wording
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights.retention import (
    PastRetention,
    erase_past_retention,
    past_retention,
)
from jpf_desk.services.staff.permissions import allowed
from jpf_desk.ui.consent.dialog import ERROR_STYLE
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.screen_fit import fit_window


def _table(headers: list[str], rows: list[tuple[str, ...]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    return table


class DataDutiesDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Việc cần làm về dữ liệu cá nhân"))
        fit_window(self, 760, 460)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.handovers: list[HandoverDue] = []
        self.past: list[PastRetention] = []
        self.handover_table = QTableWidget(self)
        self.retention_table = QTableWidget(self)
        self.erase_button = QPushButton(self.tr("Xoá dữ liệu khách hàng đã chọn"), self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.clicked.connect(self.erase_selected)
        self.reload()

    def reload(self) -> None:
        self.error.clear()
        today = today_vn()
        self.handovers = handovers_due(self.desk, today.replace(day=1))
        self.may_review = allowed(self.desk, Action.REVIEW_RETENTION)
        self.past = past_retention(self.desk, today) if self.may_review else []
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.handover_table = _table(
            [self.tr("Sinh nhật 16 tuổi"), self.tr("Khách hàng")],
            [(format_date(h.sixteenth_birthday), h.full_name) for h in self.handovers])
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(QLabel(self.tr(
            "Sự đồng ý của người giám hộ hết hiệu lực khi khách hàng đủ 16 tuổi: lần tới khách "
            "đến, hãy hỏi chính họ (tab Đồng ý dữ liệu, cách thu thập «Chuyển giao»).")))
        box.addWidget(self.handover_table)
        self.tabs.addTab(page, self.tr("Chuyển giao đồng ý (%1)").replace(
            "%1", str(len(self.handovers))))
        if not self.may_review:
            self.tabs.setCurrentIndex(0)
            return
        lang = current_lang()
        self.retention_table = _table(
            [self.tr("Hết hạn"), self.tr("Mục đích"), self.tr("Khách hàng"), self.tr("Việc cần làm")],
            [(format_date(p.ended_on), purpose_wording(p.purpose, lang), p.full_name,
              self.tr("Xoá dữ liệu") if p.erase else self.tr("Đã ngừng xử lý; hỏi lại khách"))
             for p in self.past])
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.retention_table)
        box.addWidget(self.erase_button)
        self.erase_button.setVisible(allowed(self.desk, Action.ERASE))
        self.tabs.addTab(page, self.tr("Quá thời hạn lưu trữ (%1)").replace(
            "%1", str(len(self.past))))
        self.tabs.setCurrentIndex(max(current, 0))

    def on_staff_changed(self) -> None:
        """Another person signed in at the desk: show what they may see."""
        self.reload()

    def erase_selected(self) -> None:
        row = self.retention_table.currentRow()
        if not 0 <= row < len(self.past):
            return
        item = self.past[row]
        try:
            erase_past_retention(self.desk, item.customer_id)
        except DomainError as err:
            self.error.setText(render_error(err, current_lang()))
            return
        except Exception as exc:  # noqa: BLE001 - a store failure: say it
            show_error(self, exc)
            return
        self.reload()
