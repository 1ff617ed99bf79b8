"""Choose an existing customer by searching (guardian link, enrolment)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from jpf_desk.services.desk import Desk
from jpf_desk.ui.customers.search_list import CustomerSearch
from jpf_desk.ui.generated.ui_customer_picker import Ui_CustomerPickerDialog
from jpf_desk.ui.screen_fit import fit_window
from jpf_desk.ui.widgets import name_buttons, setup_ui


class CustomerPickerDialog(QDialog):
    """Accepted with `chosen_id` set to the selected customer."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen_id: str | None = None
        self.ui = Ui_CustomerPickerDialog()
        setup_ui(self.ui, self)
        fit_window(self, 900, 480)  # the search list's fixed columns take ~590 px
        name_buttons(self.ui.buttons, self.tr("Chọn"))
        self.search = CustomerSearch(desk, self.ui.searchBox, self.ui.table)
        self.ui.table.doubleClicked.connect(lambda _i: self.accept())
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.search.search_now()

    def accept(self) -> None:
        self.chosen_id = self.search.selected_id()
        if self.chosen_id is not None:
            super().accept()
