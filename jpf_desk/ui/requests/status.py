"""The request count in the main window's status bar, refreshed when requests change."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from jpf_desk.services.changes import Changes, Kind
from jpf_desk.services.desk import Desk
from jpf_desk.ui.first_paint import after_first_paint

REFRESH_MS = 5 * 60 * 1000  # dates roll over while the desk stays open


class RequestCountLabel(QLabel):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("requestCount")
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        # Counted once the window has painted: the request services are not imported,
        # nor the queue read, before the first frame (issue 16).
        after_first_paint(self.window(), self.refresh)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.REQUESTS, Kind.CALENDAR):
            self.refresh()

    def refresh(self) -> None:
        from jpf_desk.services.rights.requests import queue_counts

        counts = queue_counts(self.desk)
        text = self.tr("Yêu cầu dữ liệu: %d đang mở") % counts.open
        if counts.overdue:
            text += self.tr(", %d quá hạn") % counts.overdue
        if counts.due_soon:
            text += self.tr(", %d sắp đến hạn") % counts.due_soon
        self.setText(text)
        self.setStyleSheet("color: #b00020; font-weight: bold;" if counts.overdue else "")
