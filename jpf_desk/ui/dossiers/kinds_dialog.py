"""Editing the document-kind template: required, sensitive, expiring, in use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import render_error
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.document_kinds import DocumentKindView, list_kinds, save_kind
from jpf_desk.ui.generated.ui_dossier_kinds import Ui_DocumentKindsDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.screen_fit import fit_window
from jpf_desk.ui.shared_data import lock_shared_editing
from jpf_desk.ui.widgets import name_buttons, setup_ui

FLAG_COLUMNS = ("required", "sensitive", "expires", "active")


class DocumentKindsDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.kinds: list[DocumentKindView] = []
        self._filling = False
        self.ui = Ui_DocumentKindsDialog()
        setup_ui(self.ui, self)
        fit_window(self, 820, 600)
        name_buttons(self.ui.buttons)
        self.ui.error.setStyleSheet("color: #b00020;")
        self.ui.table.setColumnCount(6)
        self.ui.table.setHorizontalHeaderLabels([
            self.tr("Mã"), self.tr("Tên"), self.tr("Bắt buộc"), self.tr("Nhạy cảm"),
            self.tr("Có hạn"), self.tr("Đang dùng")])
        self.ui.table.itemChanged.connect(self._changed)
        self.ui.add.setAutoDefault(False)  # Enter in the name field adds once, not twice
        self.ui.add.clicked.connect(self.add_kind)
        self.ui.name.returnPressed.connect(self.add_kind)
        self.ui.buttons.rejected.connect(self.reject)
        self.read_only = lock_shared_editing(desk, (self.ui.add,), self.ui.error)
        self.refresh()

    def refresh(self) -> None:
        self.kinds = list_kinds(self.desk, include_retired=True)
        table = self.ui.table
        self._filling = True
        table.setRowCount(len(self.kinds))
        for row, kind in enumerate(self.kinds):
            for col, text in enumerate((kind.code, kind.name)):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, col, cell)
            for offset, flag in enumerate(FLAG_COLUMNS):
                cell = QTableWidgetItem()
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled if self.read_only else
                              Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                cell.setCheckState(Qt.CheckState.Checked if getattr(kind, flag)
                                   else Qt.CheckState.Unchecked)
                table.setItem(row, 2 + offset, cell)
        self._filling = False
        table.resizeColumnsToContents()

    def _changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() < 2:
            return
        kind = self.kinds[cell.row()]
        flags = {flag: getattr(kind, flag) for flag in FLAG_COLUMNS}
        flags[FLAG_COLUMNS[cell.column() - 2]] = cell.checkState() == Qt.CheckState.Checked
        save_kind(self.desk, kind.code, kind.name, **flags)
        self.refresh()

    def add_kind(self) -> None:
        self.ui.error.clear()
        try:
            save_kind(self.desk, self.ui.code.text(), self.ui.name.text(),
                      required=self.ui.required.isChecked(),
                      sensitive=self.ui.sensitive.isChecked(),
                      expires=self.ui.expires.isChecked())
        except DomainError as err:
            self.ui.error.setText(render_error(err, current_lang()))
            return
        for field in (self.ui.code, self.ui.name):
            field.clear()
        self.refresh()

    def row_of(self, code: str) -> int:
        return next(i for i, k in enumerate(self.kinds) if k.code == code)
