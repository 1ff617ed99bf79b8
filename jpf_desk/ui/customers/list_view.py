"""The customers section: search box, results as the user types, open or create."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from jpf_desk.services.changes import Changes, Kind
from jpf_desk.services.desk import Desk
from jpf_desk.ui.customers.search_list import CustomerSearch
from jpf_desk.ui.generated.ui_customer_list import Ui_CustomerListView
from jpf_desk.ui.widgets import setup_ui


class CustomerListView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_CustomerListView()
        setup_ui(self.ui, self)
        self.search = CustomerSearch(desk, self.ui.searchBox, self.ui.table)
        self.search.searched.connect(self._show_count)
        self.ui.table.doubleClicked.connect(self._open_index)
        self.ui.table.installEventFilter(self)
        self.ui.newButton.clicked.connect(self.new_customer)
        # Ctrl+N is the main window's, from any section (a second one here would be
        # an ambiguous shortcut, and neither would fire).
        self.ui.newButton.setToolTip(self.tr("Ctrl+N"))
        self.search.enter_opens_top = True
        self.search.top_chosen.connect(self.open_customer)
        self.search.search_after_first_paint()

    def eventFilter(self, watched: object, event: object) -> bool:
        if (watched is self.ui.table and isinstance(event, QKeyEvent)
                and event.type() == QKeyEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.open_selected()
            return True
        return False

    def _show_count(self, count: int) -> None:
        if self.search.capped:  # a cap is not a count: say there are more
            self.ui.countLabel.setText(self.tr("%1+ khách hàng").replace("%1", str(count)))
        else:
            self.ui.countLabel.setText(self.tr("%n khách hàng", "", count))

    def focus_search(self) -> None:
        self.ui.searchBox.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchBox.selectAll()

    def refresh(self) -> None:
        self.search.search_now()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.CUSTOMERS, Kind.GUARDIANS):
            self.refresh()

    def _open_index(self, index: QModelIndex) -> None:
        self.open_customer(self.search.model.id_at(index.row()))

    def open_selected(self) -> None:
        customer_id = self.search.selected_id()
        if customer_id is not None:
            self.open_customer(customer_id)

    def open_customer(self, customer_id: str) -> QWidget:
        from jpf_desk.ui.customers.detail import CustomerDetailDialog

        dialog = CustomerDetailDialog(self.desk, customer_id, self)
        dialog.open()
        return dialog

    def new_customer(self) -> QWidget:
        from jpf_desk.ui.customers.form import CustomerFormDialog

        dialog = CustomerFormDialog(self.desk, None, self)
        dialog.saved.connect(self._after_save)
        dialog.open_existing.connect(self.open_customer)
        dialog.open()
        return dialog

    def _after_save(self, customer_id: str) -> None:
        self.refresh()
        self.open_customer(customer_id)
