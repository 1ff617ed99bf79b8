"""The centre's recent enrolments as a table (at most a few hundred rows: a plain model)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from jpf_desk.domain.money import format_vnd
from jpf_desk.services.courses.enrolments import EnrolmentView
from jpf_desk.ui.enrolments.labels import status_text
from jpf_desk.ui.row_model import Index, RowListModel
from jpf_desk.ui.widgets import show_date

AMOUNT_COLUMNS = {5, 6}


class RecentEnrolmentsModel(RowListModel[EnrolmentView]):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("RecentEnrolmentsModel", "Ngày đăng ký")),
        str(QT_TRANSLATE_NOOP("RecentEnrolmentsModel", "Học viên")),
        str(QT_TRANSLATE_NOOP("RecentEnrolmentsModel", "Lớp")),
        str(QT_TRANSLATE_NOOP("RecentEnrolmentsModel", "Khóa học")),
        str(QT_TRANSLATE_NOOP("RecentEnrolmentsModel", "Trạng thái")),
        str(QT_TRANSLATE_NOOP("RecentEnrolmentsModel", "Học phí")),
        str(QT_TRANSLATE_NOOP("RecentEnrolmentsModel", "Còn nợ")),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.row_at(index)
        if e is None:
            return None
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
