"""The centre's recent enrolments, shown while no customer is picked (e.g. the waitlist)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.domain.labels import label
from jpf_desk.services.courses import enrolments
from jpf_desk.services.desk import Desk
from jpf_desk.ui.enrolments.recent_model import RecentEnrolmentsModel
from jpf_desk.ui.generated.ui_enrolments_recent import Ui_RecentEnrolments
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.widgets import setup_ui


def status_filters() -> dict[str | None, str]:
    order = (EnrolmentStatus.WAITLISTED, EnrolmentStatus.PENDING, EnrolmentStatus.CONFIRMED,
             EnrolmentStatus.COMPLETED, EnrolmentStatus.CANCELLED)
    lang = current_lang()
    return {None: QCoreApplication.translate("enrolments", "Tất cả"), **{s.value: label(s, lang) for s in order}}


class RecentEnrolments(QWidget):
    customer_picked = Signal(str)  # a row was opened: act on that customer's enrolments

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = ui = Ui_RecentEnrolments()
        setup_ui(ui, self)
        for code, text in status_filters().items():
            ui.status.addItem(text, code)
        self.model = RecentEnrolmentsModel()
        ui.table.setModel(self.model)
        ui.table.verticalHeader().hide()
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.status.currentIndexChanged.connect(lambda _i: self.reload())
        ui.table.activated.connect(self._open)  # Enter or double-click
        self.reload()

    def status(self) -> str | None:
        code = self.ui.status.currentData()
        return str(code) if code else None

    def set_status(self, code: str | None) -> None:
        self.ui.status.setCurrentIndex(self.ui.status.findData(code))

    def reload(self) -> None:
        self.model.set_rows(enrolments.recent_enrolments(self.desk, status=self.status()))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.customer_picked.emit(self.model.rows[index.row()].customer_id)
