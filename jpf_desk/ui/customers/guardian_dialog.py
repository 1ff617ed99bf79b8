"""One guardian of a minor: typed in, or linked to an existing customer."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from jpf_desk.services.customers.input import GuardianInput
from jpf_desk.services.customers.records import get_customer
from jpf_desk.services.desk import Desk
from jpf_desk.ui.customers import choices
from jpf_desk.ui.generated.ui_guardian_form import Ui_GuardianFormDialog
from jpf_desk.ui.widgets import name_buttons, national_or_typed, plain_text, setup_ui


class GuardianFormDialog(QDialog):
    """Accepted with `value` holding what was typed; the intake form validates it."""

    def __init__(self, desk: Desk, value: GuardianInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_GuardianFormDialog()
        setup_ui(self.ui, self)
        plain_text(self.ui.linkedLabel)
        self.setMinimumWidth(460)  # room for a full name and an ID number
        name_buttons(self.ui.buttons)
        for label in (self.ui.fullNameError, self.ui.relationshipError, self.ui.phoneError,
                      self.ui.idKindError, self.ui.idNumberError):
            label.hide()
        choices.fill(self.ui.relationship, choices.relationships())
        choices.fill(self.ui.idKind, choices.id_kinds())
        self.linked_id: str | None = None
        self.value = value or GuardianInput()
        self._load(self.value)
        self.ui.linkButton.clicked.connect(self.pick_customer)
        self.ui.unlinkButton.clicked.connect(lambda: self.link(None))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _load(self, g: GuardianInput) -> None:
        self.ui.fullName.setText(g.full_name)
        choices.select(self.ui.relationship, g.relationship)
        self.ui.phone.setText(national_or_typed(g.phone))
        choices.select(self.ui.idKind, g.id_kind or "cccd")
        self.ui.idNumber.setText(g.id_number)
        self._show_link(g.linked_customer_id, "")

    def _show_link(self, customer_id: str | None, name: str) -> None:
        self.linked_id = customer_id
        self.ui.unlinkButton.setVisible(customer_id is not None)
        self.ui.linkedLabel.setText(
            self.tr("Liên kết với khách hàng: %s") % name if customer_id and name
            else self.tr("Liên kết với một khách hàng đã có") if customer_id else "")

    def pick_customer(self) -> QDialog:
        from jpf_desk.ui.customers.picker import CustomerPickerDialog

        picker = CustomerPickerDialog(self.desk, self)
        picker.accepted.connect(lambda: self.link(picker.chosen_id))
        picker.open()
        return picker

    def link(self, customer_id: str | None) -> None:
        """Link an existing customer, copying their name, phone and ID as a starting point."""
        if customer_id is None:
            self._show_link(None, "")
            return
        view = get_customer(self.desk, customer_id)
        self.ui.fullName.setText(view.full_name)
        self.ui.phone.setText(view.phone_national)
        if view.id_kind:
            choices.select(self.ui.idKind, view.id_kind)
        self.ui.idNumber.setText(view.id_number or "")
        self._show_link(customer_id, view.full_name)

    def accept(self) -> None:
        self.value = GuardianInput(
            full_name=self.ui.fullName.text(), relationship=self.ui.relationship.currentData(),
            phone=self.ui.phone.text(), id_kind=self.ui.idKind.currentData(),
            id_number=self.ui.idNumber.text(), linked_customer_id=self.linked_id,
        )
        super().accept()
