"""The enrolments section: find a customer, see and act on their enrolments.

With the search box empty no customer is picked: the centre's recent enrolments show
instead (filtered by status, e.g. the waitlist); opening one picks its customer.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.staff import Action
from jpf_desk.services.changes import Changes, Kind
from jpf_desk.services.courses import enrolments
from jpf_desk.services.courses.enrolments import EnrolmentView
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import allowed
from jpf_desk.ui.customers.search_list import CustomerSearch
from jpf_desk.ui.enrolments.documents import open_cash_summary
from jpf_desk.ui.enrolments.panel import EnrolmentPanel
from jpf_desk.ui.enrolments.recent import RecentEnrolments
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
        self.recent = RecentEnrolments(desk, self.ui.panelHost)
        self.ui.panelLayout.addWidget(self.recent)
        self.recent.customer_picked.connect(self.pick_customer)
        self.ui.splitter.setSizes([260, 340])
        self.ui.customers.selectionModel().selectionChanged.connect(self._customer_chosen)
        self.search.searched.connect(lambda _n: self._searched())
        self.cash_button = QPushButton(self.tr("Bảng kê thu tiền hôm nay"), self)
        self.cash_button.setObjectName("cashSummary")
        self.cash_button.setToolTip(self.tr("In các khoản đã thu hôm nay, theo nhân viên và "
                                            "hình thức, để đối chiếu khi đóng quầy"))
        self.cash_button.clicked.connect(lambda: self.print_cash_summary())
        self.ui.top.addWidget(self.cash_button)
        self.search.search_now()

    def print_cash_summary(self) -> object:
        """Everyone's day for a manager; one's own day for anyone else."""
        everyone = allowed(self.desk, Action.CASH_SUMMARY_ALL)
        return open_cash_summary(self, self.desk, today_vn(),
                                 None if everyone else self.desk.actor.staff_id)

    def _load(self) -> list[EnrolmentView]:
        customer_id = self.search.selected_id() if hasattr(self, "search") else None
        return enrolments.enrolments_of_customer(self.desk, customer_id) if customer_id else []

    def _searched(self) -> None:
        if not self.ui.searchBox.text().strip():
            self.ui.customers.clearSelection()  # nobody asked for: the recent list shows
        self._customer_chosen()

    def pick_customer(self, customer_id: str) -> None:
        """Show one customer's enrolments (opened from the recent list)."""
        if self.ui.searchBox.text():
            self.ui.searchBox.clear()  # an empty search lists every customer
            self.search.search_now()
        try:
            row = self.search.model.row_of(customer_id)
        except ValueError:  # erased meanwhile
            return
        self.ui.customers.selectRow(row)

    def _customer_chosen(self) -> None:
        customer_id = self.search.selected_id()
        self.panel.setVisible(customer_id is not None)
        self.recent.setVisible(customer_id is None)
        if customer_id is None:
            self.recent.reload()
        self.panel.customer_id = customer_id
        model = self.search.model
        row = model.customer(model.row_of(customer_id)) if customer_id else None
        self.panel.ui.title.setText(  # the name is customer text: never read as markup
            self.tr("Các lớp của <b>%s</b>") % escape(row.full_name) if row else "")
        self.panel.ui.notice.clear()
        self.panel.reload()

    def focus_search(self) -> None:
        self.ui.searchBox.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchBox.selectAll()

    def on_changes(self, changes: Changes) -> None:
        """The picked customer's panel reloads on its own; the list and recent rows here."""
        if changes.touches(Kind.CUSTOMERS) and self.search.selected_id() is None:
            self.search.search_now()
        if changes.touches(Kind.ENROLMENTS, Kind.PAYMENTS, Kind.CLASSES, Kind.CUSTOMERS):
            self.recent.reload()
