"""Before saving a likely duplicate: open the existing record, save anyway, or go back."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from jpf_desk.services.customers.duplicates import DuplicateCandidate
from jpf_desk.ui.generated.ui_duplicates import Ui_DuplicatesDialog
from jpf_desk.ui.screen_fit import fit_window, wrap_cells
from jpf_desk.ui.widgets import setup_ui

OPEN_EXISTING, SAVE_ANYWAY = 10, 11  # dialog result codes beside Rejected


class DuplicatesDialog(QDialog):
    def __init__(self, candidates: list[DuplicateCandidate],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.ui = Ui_DuplicatesDialog()
        setup_ui(self.ui, self)
        fit_window(self, 720, 320)
        reasons = {"same_id": self.tr("Trùng số giấy tờ"),
                   "same_phone_similar_name": self.tr("Cùng số điện thoại, tên gần giống")}
        table = self.ui.candidates
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Họ và tên"), self.tr("Điện thoại"),
                                         self.tr("Giấy tờ"), self.tr("Lý do")])
        table.setRowCount(len(candidates))
        for row, c in enumerate(candidates):
            for column, text in enumerate((c.full_name, c.phone_national, c.id_masked,
                                           reasons.get(c.reason, c.reason))):
                table.setItem(row, column, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        wrap_cells(table)  # the reason is a sentence
        table.selectRow(0)
        self.ui.openExisting.clicked.connect(lambda: self.done(OPEN_EXISTING))
        self.ui.saveAnyway.clicked.connect(lambda: self.done(SAVE_ANYWAY))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.openExisting.setDefault(True)

    def chosen(self) -> DuplicateCandidate:
        row = max(0, self.ui.candidates.currentRow())
        return self.candidates[row]
