"""The enrolments section: find a customer, see and act on their enrolments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from jpf_desk.services import enrolments
from jpf_desk.services.desk import Desk
from jpf_desk.services.enrolments import EnrolmentView
from jpf_desk.ui.customers.search_list import CustomerSearch
from jpf_desk.ui.enrolments.panel import EnrolmentPanel
from jpf_desk.ui.generated.ui_enrolments_view import Ui_EnrolmentsView
from jpf_desk.ui.widgets import setup_ui


class EnrolmentsView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_EnrolmentsView()
        setup_ui(self.ui, self)
        self.search = CustomerSearch(desk, self.ui.searchBox, self.ui.customers)
        self.panel = EnrolmentPanel(desk, self._load, self.ui.panelHost)
        self.ui.panelLayout.addWidget(self.panel)
        self.ui.splitter.setSizes([260, 340])
        self.ui.customers.selectionModel().selectionChanged.connect(self._customer_chosen)
        self.search.searched.connect(lambda _n: self._customer_chosen())
        self.search.search_now()

    def _load(self) -> list[EnrolmentView]:
        customer_id = self.search.selected_id() if hasattr(self, "search") else None
        return enrolments.enrolments_of_customer(self.desk, customer_id) if customer_id else []

    def _customer_chosen(self) -> None:
        customer_id = self.search.selected_id()
        self.panel.customer_id = customer_id
        model = self.search.model
        row = model.customer(model.row_of(customer_id)) if customer_id else None
        self.panel.ui.title.setText(self.tr("Các lớp của <b>%s</b>") % row.full_name if row else "")
        self.panel.ui.notice.clear()
        self.panel.reload()

    def focus_search(self) -> None:
        self.ui.searchBox.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchBox.selectAll()

    def refresh(self) -> None:
        self.search.search_now()
