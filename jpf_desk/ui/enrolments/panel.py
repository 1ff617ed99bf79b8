"""A table of enrolments with their actions: enrol, confirm, complete, cancel, pay."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.domain.money import format_vnd
from jpf_desk.services.changes import Changes, Kind
from jpf_desk.services.courses import enrolments
from jpf_desk.services.courses.enrolments import (
    ALLOWED,
    EnrolmentView,
)
from jpf_desk.services.desk import Desk
from jpf_desk.ui.enrolments.labels import status_text
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.generated.ui_enrolment_panel import Ui_EnrolmentPanel
from jpf_desk.ui.widgets import setup_ui


class EnrolmentPanel(QWidget):
    """Shows what `load()` returns; `customer_id`/`class_id` preset the enrol dialog."""

    def __init__(self, desk: Desk, load: Callable[[], list[EnrolmentView]],
                 parent: QWidget | None = None, *, by_class: bool = False) -> None:
        super().__init__(parent)
        self.desk, self.load, self.by_class = desk, load, by_class
        self.customer_id: str | None = None
        self.class_id: str | None = None
        self.rows: list[EnrolmentView] = []
        self.payments_dialog: QDialog | None = None  # opened right after enrolling
        self.ui = Ui_EnrolmentPanel()
        setup_ui(self.ui, self)
        self.ui.notice.setTextFormat(Qt.TextFormat.PlainText)  # customers' names as typed
        self.ui.table.itemSelectionChanged.connect(self._update_buttons)
        self.ui.table.doubleClicked.connect(lambda _i: self.payments())
        self.ui.enrolButton.clicked.connect(self.enrol)
        self.ui.seatButton.clicked.connect(lambda: self.change(EnrolmentStatus.PENDING))
        self.ui.seatButton.setToolTip(self.tr("Chuyển từ danh sách chờ vào lớp khi có chỗ trống"))
        self.ui.confirmButton.clicked.connect(lambda: self.change(EnrolmentStatus.CONFIRMED))
        self.ui.completeButton.clicked.connect(lambda: self.change(EnrolmentStatus.COMPLETED))
        self.ui.cancelButton.clicked.connect(lambda: self.change(EnrolmentStatus.CANCELLED))
        self.ui.paymentsButton.clicked.connect(lambda: self.payments())
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self.rows = self.load()
        table = self.ui.table
        first = self.tr("Học viên") if self.by_class else self.tr("Lớp")
        headers = [first, self.tr("Khóa học"), self.tr("Trạng thái"), self.tr("Kiểm tra đầu vào"),
                   self.tr("Học phí"), self.tr("Đã trả"), self.tr("Còn nợ")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.rows))
        for r, e in enumerate(self.rows):
            values = (e.customer_name if self.by_class else e.class_code, e.course_name,
                      status_text(e.status, e.waitlist_position), e.placement_result,
                      format_vnd(e.fee_vnd), format_vnd(e.paid_vnd), format_vnd(e.balance_vnd))
            for c, text in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setColumnHidden(1, self.by_class)  # one class: its course goes without saying
        ids = [e.id for e in self.rows]
        if selected is not None and selected.id in ids:
            table.selectRow(ids.index(selected.id))
        self.ui.enrolButton.setEnabled(self.customer_id is not None or self.class_id is not None)
        self._update_buttons()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.ENROLMENTS, Kind.PAYMENTS, Kind.CLASSES, Kind.CUSTOMERS):
            self.reload()

    def selected(self) -> EnrolmentView | None:
        row = self.ui.table.currentRow()
        items = self.ui.table.selectedItems()
        return self.rows[row] if items and 0 <= row < len(self.rows) else None

    def select(self, enrolment_id: str) -> None:
        ids = [e.id for e in self.rows]
        self.ui.table.selectRow(ids.index(enrolment_id))

    def _update_buttons(self) -> None:
        e = self.selected()
        allowed = ALLOWED[EnrolmentStatus(e.status)] if e else set()
        self.ui.seatButton.setEnabled(EnrolmentStatus.PENDING in allowed)
        self.ui.confirmButton.setEnabled(EnrolmentStatus.CONFIRMED in allowed)
        self.ui.completeButton.setEnabled(EnrolmentStatus.COMPLETED in allowed)
        self.ui.cancelButton.setEnabled(EnrolmentStatus.CANCELLED in allowed)
        self.ui.paymentsButton.setEnabled(e is not None)

    def change(self, status: EnrolmentStatus) -> None:
        e = self.selected()
        if e is None:
            return
        try:
            changed = enrolments.change_status(self.desk, e.id, status)
        except Exception as exc:  # noqa: BLE001 - shown in words
            show_error(self, exc)
            return
        notice = self.tr("%s: %s.") % (e.customer_name, status_text(changed[0].status))
        for promoted in changed[1:]:
            notice += " " + self.tr("Một chỗ đã trống: %s được chuyển từ danh sách chờ vào "
                                    "lớp %s.") % (promoted.customer_name, promoted.class_code)
        self.ui.notice.setText(notice)
        self.reload()

    def enrol(self) -> QDialog:
        from jpf_desk.ui.enrolments.enrol_dialog import EnrolDialog

        dialog = EnrolDialog(self.desk, self, customer_id=self.customer_id,
                             class_id=self.class_id)
        dialog.enrolled.connect(lambda _id: self._enrolled(dialog))
        dialog.open()
        return dialog

    def _enrolled(self, dialog: QDialog) -> None:
        """Say what was done; a seat with a fee to pay goes straight on to the payment."""
        from jpf_desk.ui.enrolments.enrol_dialog import EnrolDialog

        assert isinstance(dialog, EnrolDialog)
        view = dialog.result_view
        if view is None:
            return
        self.reload()
        if view.id in [e.id for e in self.rows]:
            self.select(view.id)
        self.ui.notice.setText(dialog.outcome)
        if view.status == EnrolmentStatus.PENDING.value and view.balance_vnd > 0:
            self.payments_dialog = self.payments(view)

    def payments(self, enrolment: EnrolmentView | None = None) -> QDialog | None:
        from jpf_desk.ui.enrolments.payments_dialog import PaymentsDialog

        e = enrolment or self.selected()
        if e is None:
            return None
        dialog = PaymentsDialog(self.desk, e, self)
        dialog.paid.connect(self._paid)
        dialog.open()
        return dialog

    def _paid(self) -> None:
        self.reload()
