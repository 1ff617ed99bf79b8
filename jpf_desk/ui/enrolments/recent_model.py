"""The centre's recent enrolments as a table (at most a few hundred rows: a plain model)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from jpf_desk.domain.money import format_vnd
from jpf_desk.services.enrolments import EnrolmentView
from jpf_desk.ui.enrolments.labels import status_text
from jpf_desk.ui.widgets import show_date

Index = QModelIndex | QPersistentModelIndex
AMOUNT_COLUMNS = {5, 6}


class RecentEnrolmentsModel(QAbstractTableModel):
    HEADERS = ("Ngày đăng ký", "Học viên", "Lớp", "Khóa học", "Trạng thái", "Học phí",
               "Còn nợ")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[EnrolmentView] = []

    def set_rows(self, rows: list[EnrolmentView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        e = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (show_date(e.enrolled_on), e.customer_name, e.class_code, e.course_name,
                    status_text(e.status, e.waitlist_position), format_vnd(e.fee_vnd),
                    format_vnd(e.balance_vnd))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in AMOUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None

    def row_of(self, enrolment_id: str) -> int:
        return next((i for i, e in enumerate(self.rows) if e.id == enrolment_id), -1)
