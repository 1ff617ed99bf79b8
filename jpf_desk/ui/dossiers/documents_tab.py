"""The checklist tab of a dossier: tick received/checked, expiry, attach and open files.

Missing required items are shown in red and expiring ones in orange, so what is
lacking is visible at a glance; the summary line counts them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTemporaryDir, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QTableWidgetItem, QWidget

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.dossiers import DocumentState
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import render
from jpf_desk.domain.staff import Action
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers import documents
from jpf_desk.services.dossiers.documents import (
    DocumentItem,
)
from jpf_desk.services.staff import permissions
from jpf_desk.ui.errors import known_message, show_error
from jpf_desk.ui.generated.ui_dossier_dialog import Ui_DossierDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.widgets import from_qdate, show_date, to_qdate

ID_ROLE = Qt.ItemDataRole.UserRole
RECEIVED_COL, CHECKED_COL = 3, 6
STATE_COLOURS = {
    DocumentState.MISSING: QColor("#b00020"),
    DocumentState.EXPIRING: QColor("#b35c00"),
    DocumentState.EXPIRED: QColor("#b00020"),
    DocumentState.CHECKED: QColor("#1b5e20"),
}


class DocumentsTab(QObject):
    def __init__(self, desk: Desk, dossier_id: str, ui: Ui_DossierDialog,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.desk, self.dossier_id, self.ui, self.parent_widget = desk, dossier_id, ui, parent
        self.items: list[DocumentItem] = []
        self._filling = False
        self._opened = QTemporaryDir()
        # Replaced in tests; by default asks with the platform's file dialog.
        self.choose_file: Callable[[], str] = self._ask_file
        self.open_files_after_reading = True
        ui.docTable.itemChanged.connect(self._item_changed)
        ui.attachFile.clicked.connect(self.attach_selected)
        ui.openFile.clicked.connect(self.open_selected)
        ui.setExpiry.clicked.connect(self.save_expiry)
        ui.docTable.currentCellChanged.connect(self._show_expiry)
        ui.docTable.currentCellChanged.connect(self._offer_open)
        ui.expiry.setDate(to_qdate(today_vn()))
        self.on_staff_changed()
        self.refresh()

    def on_staff_changed(self) -> None:
        """A receptionist does not open dossier documents nor send them to a partner (the
        services refuse it too)."""
        self.ui.openFile.setVisible(permissions.allowed(self.desk, Action.OPEN_DOCUMENT))
        self.ui.sendToPartner.setVisible(permissions.allowed(self.desk, Action.SEND_TO_PARTNER))

    def refresh(self) -> None:
        self.items = documents.checklist(self.desk, self.dossier_id)
        table = self.ui.docTable
        row_before = table.currentRow()
        self._filling = True
        table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            self._fill_row(row, item)
        self._filling = False
        table.resizeColumnsToContents()
        if self.items:
            table.setCurrentCell(max(0, min(row_before, len(self.items) - 1)), 0)
        self._offer_open()
        summary = documents.summarise(self.items)
        self.ui.docSummary.setText(
            self.tr("Đã nhận %1/%2 · thiếu %3 giấy tờ bắt buộc · %4 sắp hết hạn · %5 đã hết hạn")
            .replace("%1", str(summary.received)).replace("%2", str(summary.total))
            .replace("%3", str(summary.missing_required))
            .replace("%4", str(summary.expiring)).replace("%5", str(summary.expired)))

    def _fill_row(self, row: int, item: DocumentItem) -> None:
        yes = self.tr("Có")
        cells = [item.kind_name, yes if item.required else "", yes if item.sensitive else "",
                 "", show_date(item.received_on), item.received_by_name, "",
                 show_date(item.expiry_date),
                 item.file_name + (" 🔒" if item.encrypted else ""),
                 label(item.state, current_lang()), ", ".join(item.sent_to)]
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if col in (RECEIVED_COL, CHECKED_COL):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                ticked = item.received_on is not None if col == RECEIVED_COL else item.checked
                cell.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            cell.setFlags(flags)
            cell.setData(ID_ROLE, item.id)
            colour = STATE_COLOURS.get(item.state)
            if colour is not None and (col == 9 or (item.required and col == 0
                                                    and item.state is DocumentState.MISSING)):
                cell.setForeground(QBrush(colour))
            self.ui.docTable.setItem(row, col, cell)

    def row_of(self, kind_code: str) -> int:
        return next(i for i, item in enumerate(self.items) if item.kind_code == kind_code)

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() not in (RECEIVED_COL, CHECKED_COL):
            return
        ticked = cell.checkState() == Qt.CheckState.Checked
        item_id = cell.data(ID_ROLE)
        try:
            if cell.column() == RECEIVED_COL:
                documents.set_received(self.desk, item_id, ticked)
            else:
                documents.set_checked(self.desk, item_id, ticked)
        except Exception as exc:  # noqa: BLE001 - shown in words
            show_error(self.parent_widget, exc)
        self.refresh()

    def selected(self) -> DocumentItem | None:
        row = self.ui.docTable.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_expiry(self, *_cells: int) -> None:
        item = self.selected()
        if item is not None and item.expiry_date is not None:
            self.ui.expiry.setDate(to_qdate(item.expiry_date))

    def _offer_open(self, *_cells: int) -> None:
        """Open only a scan this desk holds; for one kept on the desk that attached it
        (or removed by hand), the reason instead."""
        item = self.selected()
        here = item is not None and item.file_here
        self.ui.openFile.setEnabled(here)
        elsewhere = item is not None and item.has_file and not here
        self.ui.openFile.setToolTip(
            render("file.not_on_this_desk", {"file_id": ""}, current_lang()) if elsewhere
            else "")

    def _ask_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Chọn tệp (bản quét hoặc PDF)"), str(Path.home()),
            self.tr("Bản quét, PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)"))
        return path

    def attach_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        path = self.choose_file()
        if not path:
            return
        self.ui.docError.clear()
        try:
            documents.attach_file(self.desk, item.id, Path(path).name, Path(path).read_bytes())
        except Exception as exc:
            message = known_message(exc)
            if message is None:
                raise
            self.ui.docError.setText(message)
        self.refresh()

    def open_selected(self) -> None:
        """Decrypt into a private temporary folder removed when the dialog closes."""
        item = self.selected()
        if item is None or not item.has_file:
            return
        try:
            name, content = documents.read_document(self.desk, item.id)
        except Exception as exc:  # noqa: BLE001
            show_error(self.parent_widget, exc)
            return
        target = Path(self._opened.path()) / f"{item.kind_code}-{Path(name).name}"
        target.write_bytes(content)
        target.chmod(0o600)
        if self.open_files_after_reading:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def save_expiry(self) -> None:
        item = self.selected()
        if item is None:
            return
        documents.set_expiry(self.desk, item.id, from_qdate(self.ui.expiry.date()))
        self.refresh()
