"""A customer list that holds only ids and loads the rows the view asks for.

A search can match 100,000 customers: the model keeps their ids (compactly, one block
of bytes: `IdColumn`) and fetches rows a page at a time when data() needs them, as
anki's browser table does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from jpf_desk.domain.labels import label
from jpf_desk.domain.search_query import Matched
from jpf_desk.services.customers.views import CustomerRow
from jpf_desk.ui.customers.id_column import IdColumn
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.widgets import show_date

PAGE = 50  # about two screens of rows: one query per scroll jump stays short
MAX_CACHED_PAGES = 40
Index = QModelIndex | QPersistentModelIndex
RowLoader = Callable[[Sequence[str]], dict[str, CustomerRow]]


class CustomerListModel(QAbstractTableModel):
    NAME, BIRTH, PHONE, ID, MINOR, MATCHED = range(6)

    def __init__(self, load_rows: RowLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._load_rows = load_rows
        self._ids = IdColumn()
        self._pages: dict[int, dict[str, CustomerRow]] = {}
        self._found: dict[str, CustomerRow] = {}
        self.headers = [self.tr("Họ và tên"), self.tr("Ngày sinh"), self.tr("Điện thoại"),
                        self.tr("Giấy tờ"), self.tr("Dưới 16"), self.tr("Khớp theo")]

    def set_ids(self, ids: list[str]) -> None:
        """The whole list: ids only, rows loaded a page at a time."""
        self.beginResetModel()
        self._ids = IdColumn(ids)
        self._pages.clear()
        self._found = {}
        self.endResetModel()

    def set_rows(self, rows: Sequence[CustomerRow]) -> None:
        """A search's capped result, which comes with its rows: nothing more to load."""
        self.beginResetModel()
        self._ids = IdColumn([r.id for r in rows])
        self._pages.clear()
        self._found = {r.id: r for r in rows}
        self.endResetModel()

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, customer_id: str) -> int:
        return self._ids.index(customer_id)

    def customer(self, row: int) -> CustomerRow | None:
        """The row's data, loading its page on first use."""
        if self._found:
            return self._found.get(self._ids[row])
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            if len(self._pages) >= MAX_CACHED_PAGES:
                self._pages.pop(next(iter(self._pages)))
            rows = self._load_rows(self._ids[page * PAGE:(page + 1) * PAGE])
            self._pages[page] = rows
        return rows.get(self._ids[row])

    def loaded_pages(self) -> int:
        return len(self._pages)

    # -- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.customer(index.row())
        if row is None:  # deleted since the search ran
            return "" if index.column() else "…"
        column = index.column()
        if column == self.NAME:
            return row.full_name
        if column == self.BIRTH:
            return show_date(row.birth_date)
        if column == self.PHONE:
            return row.phone_national
        if column == self.ID:
            return row.id_masked
        if column == self.MINOR:
            return self.tr("Có") if row.is_minor else ""
        if column == self.MATCHED:
            # A name match explains itself; digits may have matched a masked ID number.
            if row.matched is None or row.matched is Matched.NAME:
                return ""
            return label(row.matched, current_lang())
        return None
