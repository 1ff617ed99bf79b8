"""Who is at the desk: the next person signs in with their password; a manager adds
staff (with a first password they change at their first sign-in) and resets passwords."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import label, stored_label
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.staff import Action, Role
from jpf_desk.services import setup
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff import accounts, permissions, sign_in
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.field_errors import ERROR_STYLE, FieldErrors
from jpf_desk.ui.generated.ui_switch_staff import Ui_SwitchStaffDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.password_fields import PasswordFields, password_edit
from jpf_desk.ui.sign_in_dialog import ChangePasswordDialog
from jpf_desk.ui.widgets import name_buttons, setup_ui


def role_name(role: str) -> str:
    """A stored role's label in the window's language (a role this version does not
    know yet, from head office, as it is)."""
    return stored_label(Role, role, current_lang())


class SwitchStaffDialog(QDialog):
    """Accepted once the chosen person signed in: `desk` then acts as them."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signed_in: Desk | None = None
        self.ui = Ui_SwitchStaffDialog()
        setup_ui(self.ui, self)
        name_buttons(self.ui.buttons, self.tr("Đăng nhập"))
        self.setMinimumWidth(460)
        self.password = password_edit("password")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.ui.form.addRow(self.tr("&Mật khẩu:"), self.password)
        self.ui.form.addRow("", self.error)
        for role in Role:
            self.ui.newRole.addItem(label(role, current_lang()), role.value)
        manages = permissions.allowed(desk, Action.MANAGE_STAFF)
        self.new_password = PasswordFields(self.ui.addForm, prefix="new")
        self.ui.addGroup.setVisible(manages)
        self.errors = FieldErrors({"full_name": self.ui.newNameError,
                                   **self.new_password.labels()}, self.ui.newNameError)
        self.reset_group = self._reset_group()
        self.reset_group.setVisible(manages)
        self.ui.layout.insertWidget(self.ui.layout.count() - 1, self.reset_group)
        self.lock_group = self._lock_group()
        self.lock_group.setVisible(manages)
        self.ui.layout.insertWidget(self.ui.layout.count() - 1, self.lock_group)
        self.ui.addButton.clicked.connect(self.add_staff)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._fill(desk.actor.staff_id)
        self.password.setFocus()

    def _reset_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Đặt lại mật khẩu của nhân viên đang chọn (chỉ quản lý)"))
        group.setObjectName("resetGroup")
        form = QFormLayout(group)
        self.reset_password = PasswordFields(form, self.tr("Mật khẩu &tạm:"), prefix="reset")
        self.reset_general = QLabel()
        self.reset_errors = FieldErrors(self.reset_password.labels(), self.reset_general)
        row = QHBoxLayout()
        row.addStretch(1)
        self.reset_button = QPushButton(self.tr("Đặt &lại"))
        self.reset_button.setObjectName("resetButton")
        self.reset_button.clicked.connect(self.reset_selected)
        row.addWidget(self.reset_button)
        form.addRow(self.reset_general)
        form.addRow(row)
        return group

    def _lock_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Khóa màn hình khi không dùng (chỉ quản lý)"))
        group.setObjectName("lockGroup")
        row = QHBoxLayout(group)
        row.addWidget(QLabel(self.tr("Tự khóa sau")))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(1, 60)
        self.idle_minutes.setSuffix(self.tr(" phút"))
        self.idle_minutes.setValue(setup.idle_lock_minutes(self.desk.store))
        row.addWidget(self.idle_minutes)
        row.addStretch(1)
        save = QPushButton(self.tr("&Lưu"))
        save.setObjectName("saveIdleMinutes")
        save.clicked.connect(self.save_idle_minutes)
        row.addWidget(save)
        return group

    def save_idle_minutes(self) -> None:
        try:
            setup.set_idle_lock_minutes(self.desk, self.idle_minutes.value())
        except Exception as exc:  # noqa: BLE001 - shown in words
            show_error(self, exc)

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
        password, repeated = self.new_password.values()
        try:
            added = setup.add_staff(self.desk, name, Role(self.ui.newRole.currentData()),
                                    password=password, repeated=repeated)
        except DomainError as exc:
            self.errors.show([exc])
            return
        except Exception as exc:  # noqa: BLE001 - shown in words
            show_error(self, exc)
            return
        self.ui.newName.clear()
        self.new_password.clear()
        self._fill(added.id)

    def reset_selected(self) -> None:
        self.reset_errors.clear()
        try:
            accounts.reset_password(self.desk, self.ui.staff.currentData(),
                                    *self.reset_password.values())
        except DomainError as exc:
            self.reset_errors.show([exc])
            return
        self.reset_password.clear()
        self.reset_general.setText(self.tr("Đã đặt mật khẩu tạm; người này sẽ chọn mật khẩu "
                                           "mới khi đăng nhập."))
        self.reset_general.setStyleSheet("")
        self.reset_general.show()

    def accept(self) -> None:
        self.error.hide()
        try:
            desk = sign_in.sign_in(self.desk.store, self.ui.staff.currentData(),
                                   self.password.text())
        except DomainError as exc:
            self.error.setText(render_error(exc, current_lang()))
            self.error.show()
            self.password.selectAll()
            return
        if sign_in.must_change_password(desk):
            change = ChangePasswordDialog(desk, self, current=self.password.text())
            if change.exec() != QDialog.DialogCode.Accepted:
                self.error.setText(self.tr("Bạn cần chọn mật khẩu mới trước khi làm việc."))
                self.error.show()
                return
        self.password.clear()
        self.signed_in = desk
        super().accept()
