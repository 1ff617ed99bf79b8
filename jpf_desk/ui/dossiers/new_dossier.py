"""Opening a new dossier for a customer: consultant, intake, level sought, budget."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.dossier_stages import Season
from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.money import parse_vnd
from jpf_desk.services import setup
from jpf_desk.services.customers import records
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.workflow import DossierInput, create_dossier
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.field_errors import FieldErrors
from jpf_desk.ui.generated.ui_dossier_new import Ui_DossierNewDialog
from jpf_desk.ui.widgets import name_buttons, plain_text, setup_ui


class NewDossierDialog(QDialog):
    """Emits `created(dossier_id)` once saved."""

    created = Signal(str)

    def __init__(self, desk: Desk, customer_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.customer_id: str | None = None
        self.dossier_id: str | None = None
        self.ui = Ui_DossierNewDialog()
        setup_ui(self.ui, self)
        plain_text(self.ui.customerName)
        name_buttons(self.ui.buttons, self.tr("Mở hồ sơ"))
        for staff in setup.list_staff(desk):
            self.ui.consultant.addItem(staff.full_name, staff.id)
        self.ui.consultant.setCurrentIndex(max(0, self.ui.consultant.findData(
            desk.actor.staff_id)))
        self.ui.season.addItem(self.tr("Tháng 9"), Season.SEPTEMBER.value)
        self.ui.season.addItem(self.tr("Tháng 2"), Season.FEBRUARY.value)
        self.ui.year.setValue(today_vn().year + 1)
        self.errors = FieldErrors({"intake": self.ui.intakeError, "budget": self.ui.budgetError},
                                  fallback=self.ui.formError,
                                  focus={"intake": self.ui.year, "budget": self.ui.budget})
        self.ui.chooseCustomer.clicked.connect(self.choose_customer)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        if customer_id:
            self.set_customer(customer_id)

    def set_customer(self, customer_id: str) -> None:
        self.customer_id = customer_id
        self.ui.customerName.setText(records.get_customer(self.desk, customer_id).full_name)

    def choose_customer(self) -> None:
        from jpf_desk.ui.customers.picker import CustomerPickerDialog

        picker = CustomerPickerDialog(self.desk, self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen_id:
            self.set_customer(picker.chosen_id)

    def accept(self) -> None:
        self.errors.clear()
        if self.customer_id is None:
            self.errors.show_text(None, self.tr("Hãy chọn khách hàng."))
            return
        budget_text = self.ui.budget.text().strip()
        try:
            budget = parse_vnd(budget_text) if budget_text else None
        except ValidationError as err:
            self.errors.show([ValidationError(err.code, field="budget", **err.params)])
            return
        try:
            view = create_dossier(self.desk, DossierInput(
                self.customer_id, self.ui.consultant.currentData(),
                self.ui.season.currentData(), self.ui.year.value(),
                self.ui.level.text(), budget, self.ui.note.text()))
        except DomainError as err:
            self.errors.show([err])
            return
        except Exception as exc:  # noqa: BLE001 - shown in words, the dialog stays open
            show_error(self, exc)
            return
        self.dossier_id = view.id
        super().accept()
        self.created.emit(view.id)
