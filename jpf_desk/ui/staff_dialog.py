"""Who is at the desk: pick a staff member, or (a manager) add one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from jpf_desk.domain.labels import label, stored_label
from jpf_desk.domain.staff import Role, may_decide
from jpf_desk.services import setup
from jpf_desk.services.desk import Desk
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.field_errors import FieldErrors
from jpf_desk.ui.generated.ui_switch_staff import Ui_SwitchStaffDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.widgets import name_buttons, setup_ui


def role_name(role: str) -> str:
    """A stored role's label in the window's language (a role this version does not
    know yet, from head office, as it is)."""
    return stored_label(Role, role, current_lang())


class SwitchStaffDialog(QDialog):
    """Accepting it makes `chosen_id` the staff member acting at this desk."""

    def __init__(self, desk: Desk, current_role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.chosen_id: str | None = None
        self.ui = Ui_SwitchStaffDialog()
        setup_ui(self.ui, self)
        name_buttons(self.ui.buttons)
        self.setMinimumWidth(440)
        for role in Role:
            self.ui.newRole.addItem(label(role, current_lang()), role.value)
        self.ui.addGroup.setVisible(may_decide(current_role))
        self.errors = FieldErrors({"full_name": self.ui.newNameError}, self.ui.newNameError)
        self.ui.addButton.clicked.connect(self.add_staff)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._fill(desk.actor.staff_id)

    def _fill(self, select_id: str) -> None:
        self.ui.staff.clear()
        for staff in setup.list_staff(self.desk):
            self.ui.staff.addItem(f"{staff.full_name} ({role_name(staff.role)})", staff.id)
        self.ui.staff.setCurrentIndex(max(0, self.ui.staff.findData(select_id)))

    def add_staff(self) -> None:
        self.errors.clear()
        name = self.ui.newName.text().strip()
        if not name:
            self.errors.show_text("full_name", self.tr("Vui lòng nhập họ và tên."))
            return
        try:
            added = setup.add_staff(self.desk, name, Role(self.ui.newRole.currentData()))
        except Exception as exc:  # noqa: BLE001 - shown in words
            show_error(self, exc)
            return
        self.ui.newName.clear()
        self._fill(added.id)

    def accept(self) -> None:
        self.chosen_id = self.ui.staff.currentData()
        super().accept()
