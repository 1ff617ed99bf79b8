"""Who saw or took customers' data: the access log, filtered, printed (managers only).

The services refuse the log to anyone else; the window does not list this section for
them either (navigation: `needs`).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import VN_TZ, format_datetime, today_vn
from jpf_desk.domain.labels import label, stored_label
from jpf_desk.services import setup
from jpf_desk.services.access_log.views import AccessFilter, access_log_pdf, list_access_events
from jpf_desk.services.changes import Changes, Kind
from jpf_desk.services.desk import Desk
from jpf_desk.ui.consent.preview import PdfPreviewDialog
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.widgets import from_qdate


class AccessLogView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        layout.addLayout(filters)
        self.customer = QLineEdit()
        self.customer.setObjectName("customerFilter")
        self.customer.setPlaceholderText(self.tr("Mã khách hàng"))
        self.staff = QComboBox()
        self.staff.setObjectName("staffFilter")
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.addItem(self.tr("Mọi việc"), None)
        for kind in AccessKind:
            self.kind.addItem(label(kind, current_lang()), kind.value)
        # Events are stamped in Vietnam time, whatever zone this PC is set to.
        vn_today = today_vn()
        today = QDate(vn_today.year, vn_today.month, vn_today.day)
        self.since = QDateEdit(today.addDays(-30))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        dates = QHBoxLayout()  # two rows: the section fits beside the navigation at 1366 px
        layout.addLayout(dates)
        for row, text, widget in ((filters, self.tr("Khách hàng:"), self.customer),
                                  (filters, self.tr("Nhân viên:"), self.staff),
                                  (filters, self.tr("Việc:"), self.kind),
                                  (dates, self.tr("Từ ngày:"), self.since),
                                  (dates, self.tr("Đến ngày:"), self.until)):
            row.addWidget(QLabel(text))
            row.addWidget(widget)
        dates.addStretch(1)
        self.print_button = QPushButton(self.tr("&In / lưu PDF…"))
        self.print_button.setObjectName("printButton")
        dates.addWidget(self.print_button)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("table")
        self.table.setHorizontalHeaderLabels([self.tr("Thời điểm"), self.tr("Nhân viên"),
                                              self.tr("Khách hàng (mã)"), self.tr("Việc"),
                                              self.tr("Chi tiết")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("count")
        layout.addWidget(self.count)
        self.preview: PdfPreviewDialog | None = None
        self._fill_staff()
        self.customer.textChanged.connect(self.reload)
        for combo in (self.staff, self.kind):
            combo.currentIndexChanged.connect(self.reload)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.reload)
        self.print_button.clicked.connect(self.print_log)
        self.reload()

    def _fill_staff(self) -> None:
        self.staff.addItem(self.tr("Mọi nhân viên"), None)
        for member in setup.list_staff(self.desk):
            self.staff.addItem(member.full_name, member.id)

    def show_customer(self, customer_id: str) -> None:
        """"Who saw this record": the log of one customer."""
        self.customer.setText(customer_id)

    def current_filter(self) -> AccessFilter:
        since = datetime.combine(from_qdate(self.since.date()), time(0), VN_TZ)
        until = datetime.combine(from_qdate(self.until.date()), time(0), VN_TZ) + timedelta(days=1)
        return AccessFilter(customer_id=self.customer.text().strip() or None,
                            staff_id=self.staff.currentData(), kind=self.kind.currentData(),
                            since=since, until=until)

    def filter_text(self) -> str:
        parts = [f"{self.since.date().toString('dd/MM/yyyy')} – "
                 f"{self.until.date().toString('dd/MM/yyyy')}"]
        if self.customer.text().strip():
            parts.append(self.tr("khách hàng %s") % self.customer.text().strip())
        if self.staff.currentData():
            parts.append(self.staff.currentText())
        if self.kind.currentData():
            parts.append(self.kind.currentText())
        return ", ".join(parts)

    def reload(self) -> None:
        try:
            rows = list_access_events(self.desk, self.current_filter())
        except Exception as exc:  # noqa: BLE001 - shown in words (e.g. no longer a manager)
            show_error(self, exc)
            return
        self.table.setRowCount(len(rows))
        for r, event in enumerate(rows):
            cells = (format_datetime(event.occurred_at), event.staff_name or event.staff_id,
                     event.customer_id or "", stored_label(AccessKind, event.kind,
                                                           current_lang()), event.detail)
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)  # plain text: never read as markup
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.count.setText(self.tr("%n sự kiện", "", len(rows)))

    def print_log(self) -> None:
        try:
            pdf = access_log_pdf(self.desk, self.current_filter(), self.filter_text(),
                                 lang=current_lang())
        except Exception as exc:  # noqa: BLE001 - shown in words
            show_error(self, exc)
            return
        self.preview = PdfPreviewDialog(pdf, self.tr("Nhật ký truy cập"), "nhat-ky-truy-cap.pdf",
                                        self)
        self.preview.open()

    def on_changes(self, changes: Changes) -> None:
        if Kind.ACCESS_LOG in changes.kinds:
            self.reload()
