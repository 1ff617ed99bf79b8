"""The request queue as a table: soonest due first, overdue and due-soon rows coloured."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from jpf_desk.domain.labels import label
from jpf_desk.domain.requests import RequestStatus, RequestUrgency
from jpf_desk.services.rights.views import RequestRow
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.requests import labels
from jpf_desk.ui.row_model import Index, RowListModel
from jpf_desk.ui.widgets import show_date

OVERDUE = QColor("#f8d0d0")
DUE_SOON = QColor("#fff0c2")
CLOSED = QColor("#777777")


class RequestQueueModel(RowListModel[RequestRow]):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("RequestQueueModel", "Số")),
        str(QT_TRANSLATE_NOOP("RequestQueueModel", "Khách hàng")),
        str(QT_TRANSLATE_NOOP("RequestQueueModel", "Loại yêu cầu")),
        str(QT_TRANSLATE_NOOP("RequestQueueModel", "Trạng thái")),
        str(QT_TRANSLATE_NOOP("RequestQueueModel", "Ngày nhận")),
        str(QT_TRANSLATE_NOOP("RequestQueueModel", "Hạn tiếp theo")),
        str(QT_TRANSLATE_NOOP("RequestQueueModel", "Tình trạng hạn")),
        str(QT_TRANSLATE_NOOP("RequestQueueModel", "Cách tính hạn")),
    )
    DUE = 5

    def _due_text(self, r: RequestRow) -> str:
        """Which deadline the date is: the acknowledgement until it is sent, then the answer."""
        if r.status == RequestStatus.RECEIVED.value:
            return self.tr("Xác nhận: %1").replace("%1", show_date(r.acknowledge_due))
        return self.tr("Trả lời: %1").replace("%1", show_date(r.answer_due))

    def _urgency_text(self, urgency: RequestUrgency) -> str:
        """Blank for a closed request: only a running deadline needs a word."""
        return "" if urgency is RequestUrgency.CLOSED else label(urgency, current_lang())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index)
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.number, r.customer_name, labels.kinds().get(r.kind, r.kind),
                    labels.statuses().get(r.status, r.status), show_date(r.received_on),
                    self._due_text(r), self._urgency_text(r.urgency),
                    r.counting_rule)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.DUE:
            return (self.tr("Hạn xác nhận: %1 · Hạn trả lời: %2")
                    .replace("%1", show_date(r.acknowledge_due))
                    .replace("%2", show_date(r.answer_due)))
        if role == Qt.ItemDataRole.BackgroundRole:
            color = {RequestUrgency.OVERDUE: OVERDUE,
                     RequestUrgency.DUE_SOON: DUE_SOON}.get(r.urgency)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.ForegroundRole and r.urgency is RequestUrgency.CLOSED:
            return QBrush(CLOSED)
        if role == Qt.ItemDataRole.FontRole and r.urgency is RequestUrgency.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def row_of(self, request_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == request_id), -1)
