"""Search-as-you-type over customers, shared by the list view and the picker dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView

from jpf_desk.services.customers.search import customer_ids, customer_rows, is_blank, search
from jpf_desk.services.desk import Desk
from jpf_desk.ui.customers.list_model import CustomerListModel
from jpf_desk.ui.first_paint import after_first_paint

DEBOUNCE_MS = 150
LIMIT = 200  # more than anyone scrolls through; the count then says "200+"


class CustomerSearch(QObject):
    """Wires a search box to a table: results follow the text ~150 ms after typing stops."""

    searched = Signal(int)  # number of matches shown (`capped`: more matched)
    top_chosen = Signal(str)  # Enter in the box, when `enter_opens_top`: the first result

    def __init__(self, desk: Desk, box: QLineEdit, table: QTableView) -> None:
        super().__init__(box)
        self.desk, self.box, self.table = desk, box, table
        self.model = CustomerListModel(lambda ids: customer_rows(desk, ids), table)
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CustomerListModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.capped = False
        for column, width in ((1, 110), (2, 140), (3, 150), (4, 70), (5, 120)):
            table.setColumnWidth(column, width)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        box.textChanged.connect(lambda _text: self.timer.start())
        self.enter_opens_top = False
        box.returnPressed.connect(self._return_in_box)
        box.installEventFilter(self)
        self.searched_once = False

    def search_after_first_paint(self) -> None:
        """The first search (every customer: 100,000 ids at a big centre) waits until the
        table has painted once, so the window shows and the box takes keys first (issue
        16)."""
        after_first_paint(self.table.viewport(), self._first_search)

    def _first_search(self) -> None:
        if not self.searched_once:  # typing may have searched already
            self.search_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down arrow in the search box moves into the results."""
        if (watched is self.box and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down):
            self._enter_in_box()
            return True
        return False

    def search_now(self) -> None:
        self.timer.stop()
        self.searched_once = True
        typed = self.box.text()
        if is_blank(typed):
            self.capped = False
            self.model.set_ids(customer_ids(self.desk))
        else:
            found = search(self.desk, typed, LIMIT)
            self.capped = found.capped
            self.model.set_rows(found.rows)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.searched.emit(self.model.rowCount())

    def _enter_in_box(self) -> None:
        if self.timer.isActive():
            self.search_now()
        self.table.setFocus()

    def _return_in_box(self) -> None:
        """Enter opens the top result at once (one key, not two) where the owner asks for
        it; with no result the focus stays in the box to correct the search."""
        if not self.enter_opens_top:
            self._enter_in_box()
            return
        if self.timer.isActive():
            self.search_now()
        if self.model.rowCount() == 0:
            return
        self.table.selectRow(0)
        self.top_chosen.emit(self.model.id_at(0))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.id_at(rows[0].row())
