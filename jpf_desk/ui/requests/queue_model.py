"""The request queue as a table: soonest due first, overdue and due-soon rows coloured."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from jpf_desk.services.request_views import RequestRow, Urgency
from jpf_desk.ui.requests import labels
from jpf_desk.ui.widgets import show_date

OVERDUE = QColor("#f8d0d0")
DUE_SOON = QColor("#fff0c2")
CLOSED = QColor("#777777")
Index = QModelIndex | QPersistentModelIndex


class RequestQueueModel(QAbstractTableModel):
    HEADERS = ("Số", "Khách hàng", "Loại yêu cầu", "Trạng thái", "Ngày nhận", "Hạn", "Tình trạng hạn")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[RequestRow] = []

    def set_rows(self, rows: list[RequestRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def _urgency_text(self, urgency: Urgency) -> str:
        return {Urgency.OVERDUE: self.tr("Quá hạn"), Urgency.DUE_SOON: self.tr("Sắp đến hạn"),
                Urgency.ON_TIME: self.tr("Còn hạn"), Urgency.CLOSED: ""}[urgency]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.number, r.customer_name, labels.kinds().get(r.kind, r.kind),
                    labels.statuses().get(r.status, r.status), show_date(r.received_on),
                    show_date(r.next_due), self._urgency_text(r.urgency))[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            color = {Urgency.OVERDUE: OVERDUE, Urgency.DUE_SOON: DUE_SOON}.get(r.urgency)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.ForegroundRole and r.urgency is Urgency.CLOSED:
            return QBrush(CLOSED)
        if role == Qt.ItemDataRole.FontRole and r.urgency is Urgency.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def row_of(self, request_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == request_id), -1)
