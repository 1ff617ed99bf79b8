"""Signing in at the desk: at start, on every change of staff, and to unlock the window.

The dialog asks the services (never decides itself): a wrong password, a wait after
repeated failures, a member with no password yet are all told in words beside the
password, and the choice of person stays as it was. After a manager's reset the person
chooses their own password before the window is theirs.

At start the dialog shows before the store has opened (issue 16): the password takes
keys at once, the staff list fills in when the store is open, and an OK pressed before
that is answered then. The services are imported when first used, not with this module,
so showing the dialog does not wait for the database libraries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import stored_label
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.staff import Role
from jpf_desk.ui.field_errors import ERROR_STYLE, FieldErrors
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.password_fields import PasswordFields, password_edit
from jpf_desk.ui.widgets import name_buttons

if TYPE_CHECKING:
    from jpf_desk.services.desk import Desk
    from jpf_desk.services.storage import Store

translate = QCoreApplication.translate


def staff_text(full_name: str, role: str) -> str:
    return f"{full_name} ({stored_label(Role, role, current_lang())})"


class SignInDialog(QDialog):
    """Accepted once someone signed in: `desk` then acts as them. Built with no store
    while it is still opening; `store_opened` gives it."""

    def __init__(self, store: Store | None, parent: QWidget | None = None, *,
                 select_id: str | None = None, locked: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.store = store
        self.locked = locked
        self.desk: Desk | None = None
        self.accept_when_open = False
        layout = QVBoxLayout(self)
        self.setMinimumWidth(420)
        self.note: QLabel | None = None
        if locked:
            self.note = QLabel()
            self.note.setWordWrap(True)
            layout.addWidget(self.note)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.staff = QComboBox()
        self.staff.setObjectName("staff")
        if store is not None:
            self._list_staff(store, select_id)
        else:
            self.staff.setEnabled(False)
        self.password = password_edit("password")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        for field in (self.staff, self.password):  # labels worded by _say_words
            label = QLabel()
            label.setBuddy(field)  # the & mnemonic reaches the field
            self.form.addRow(label, field)
        self.form.addRow("", self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("buttons")
        if locked:  # the lock is left only by signing in
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._say_words()
        self.password.setFocus()

    def _say_words(self) -> None:
        """Every word of the dialog, said again once the store has opened: the usual
        start shows the dialog before that, and the desk's language is inside the store."""
        self.setWindowTitle(translate("sign_in", "Màn hình đã khóa") if self.locked
                            else translate("sign_in", "Đăng nhập"))
        if self.note is not None:
            self.note.setText(translate("sign_in", "Màn hình đã khóa vì không có thao tác. Hãy đăng nhập lại; "
                                        "công việc đang mở vẫn được giữ nguyên."))
        self.staff.setPlaceholderText(translate("sign_in", "Đang mở kho dữ liệu…"))
        for field, words in ((self.staff, translate("sign_in", "&Nhân viên:")),
                             (self.password, translate("sign_in", "&Mật khẩu:"))):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(words)
        name_buttons(self.buttons, translate("sign_in", "Đăng nhập"))

    def _list_staff(self, store: Store, select_id: str | None) -> None:
        from jpf_desk.services.staff import sign_in

        for member in sign_in.staff_of_desk(store):
            self.staff.addItem(staff_text(member.full_name, member.role), member.id)
        chosen = select_id or sign_in.last_signed_in(store)
        self.staff.setCurrentIndex(max(0, self.staff.findData(chosen)))

    def store_opened(self, store: Store) -> None:
        """The store opened while the person typed: the staff list fills in (the last
        person signed in chosen, as usual), and an OK pressed meanwhile is answered."""
        self.store = store
        self._say_words()  # in the desk's own language, now known
        self._list_staff(store, None)
        self.staff.setEnabled(True)
        if self.accept_when_open:
            self.accept_when_open = False
            self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        self.error.hide()
        if self.store is None:  # the password check waits for the store
            self.accept_when_open = True
            self.show_error(translate("sign_in", "Đang mở kho dữ liệu…"))
            return
        from jpf_desk.services.staff import sign_in

        try:
            desk = sign_in.sign_in(self.store, self.staff.currentData(), self.password.text())
        except DomainError as exc:
            self.show_error(render_error(exc, current_lang()))
            self.password.selectAll()
            self.password.setFocus()
            return
        if sign_in.must_change_password(desk):
            change = ChangePasswordDialog(desk, self, current=self.password.text())
            if change.exec() != QDialog.DialogCode.Accepted:
                self.show_error(translate("sign_in", "Bạn cần chọn mật khẩu mới trước khi làm việc."))
                return
        self.password.clear()
        self.desk = desk
        super().accept()

    def reject(self) -> None:
        if not self.locked:
            super().reject()


class ChangePasswordDialog(QDialog):
    """The person at the desk chooses their own password (after a reset, or at will)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 current: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.desk = desk
        self.setWindowTitle(translate("sign_in", "Đổi mật khẩu"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.current = password_edit("current")
        self.current_error = QLabel()
        if current is not None:  # just typed to sign in: not asked twice
            self.current.setText(current)
        else:
            form.addRow(translate("sign_in", "Mật khẩu &hiện tại:"), self.current)
            form.addRow("", self.current_error)
        self.fields = PasswordFields(form, translate("sign_in", "Mật khẩu &mới:"))
        self.general_error = QLabel()
        layout.addWidget(self.general_error)
        self.errors = FieldErrors({**self.fields.labels(), "current": self.current_error},
                                  self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from jpf_desk.services.staff import accounts

        self.errors.clear()
        try:
            accounts.change_own_password(self.desk, self.current.text(), *self.fields.values())
        except DomainError as exc:
            self.errors.show([exc])
            return
        super().accept()


class FirstPasswordDialog(QDialog):
    """No manager can sign in on this desk yet (a store from before passwords, or a desk
    that joined a centre): one of the managers chooses a password now."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstPasswordDialog")
        self.store = store
        self.desk: Desk | None = None
        self.setWindowTitle(translate("sign_in", "Chọn mật khẩu quản lý"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        note = QLabel(translate("sign_in", "Từ phiên bản này, mỗi nhân viên đăng nhập bằng mật khẩu. "
                          "Chưa quản lý nào có mật khẩu trên máy này: một quản lý hãy chọn "
                          "mật khẩu của mình, rồi đặt mật khẩu cho các nhân viên khác."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        layout.addLayout(form)
        self.manager = QComboBox()
        self.manager.setObjectName("manager")
        from jpf_desk.services.staff import sign_in

        for member in sign_in.managers_without_password(store):
            self.manager.addItem(staff_text(member.full_name, member.role), member.id)
        form.addRow(translate("sign_in", "&Quản lý:"), self.manager)
        self.fields = PasswordFields(form)
        self.general_error = QLabel()
        self.general_error.setObjectName("error")
        layout.addWidget(self.general_error)
        self.errors = FieldErrors(self.fields.labels(), self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(buttons, translate("sign_in", "Lưu và đăng nhập"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from jpf_desk.services.staff import sign_in

        self.errors.clear()
        try:
            self.desk = sign_in.choose_first_password(
                self.store, self.manager.currentData(), *self.fields.values())
        except DomainError as exc:
            self.errors.show([exc])
            return
        super().accept()
