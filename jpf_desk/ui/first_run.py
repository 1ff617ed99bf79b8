"""First start of a desk: a new centre and its manager (who chooses a password), or a
further desk of a centre that already syncs with head office (then everyone signs in)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from jpf_desk.domain.errors import ValidationError
from jpf_desk.services import setup
from jpf_desk.services.desk import Desk
from jpf_desk.services.storage import Store
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.field_errors import FieldErrors
from jpf_desk.ui.generated.ui_first_run import Ui_FirstRunDialog
from jpf_desk.ui.join_dialog import JoinCentreDialog
from jpf_desk.ui.password_fields import PasswordFields
from jpf_desk.ui.widgets import name_buttons, setup_ui


class FirstRunDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.desk: Desk | None = None
        self.joined = False
        self.ui = Ui_FirstRunDialog()
        setup_ui(self.ui, self)
        name_buttons(self.ui.buttons, self.tr("Bắt đầu"))
        self.setMinimumWidth(480)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.join_dialog: JoinCentreDialog | None = None
        self.ui.joinButton.clicked.connect(self.join_existing_centre)
        manager_note = QLabel(self.tr(
            "Người này sẽ là quản lý của cơ sở trên máy này: có mọi quyền, thêm các nhân "
            "viên khác và chọn mật khẩu đầu tiên cho họ."), self)
        manager_note.setObjectName("managerNote")
        manager_note.setWordWrap(True)
        self.ui.form.addRow("", manager_note)  # below the staff name, before the password
        self.manager_note = manager_note
        self.passwords = PasswordFields(self.ui.form)
        self.errors = FieldErrors(
            {"centre_code": self.ui.centreCodeError, "centre_name": self.ui.centreNameError,
             "staff_name": self.ui.staffNameError, **self.passwords.labels()},
            fallback=self.ui.staffNameError,
        )

    def join_existing_centre(self) -> None:
        """A further desk of a centre: its data comes from head office."""
        self.join_dialog = JoinCentreDialog(self.store, self)
        self.join_dialog.accepted.connect(self._joined)
        self.join_dialog.open()

    def _joined(self) -> None:
        assert self.join_dialog is not None
        self.desk = self.join_dialog.desk
        self.joined = True  # the person still signs in (or a manager chooses a password)
        super().accept()

    def accept(self) -> None:
        self.errors.clear()
        values = {
            "centre_code": self.ui.centreCode.text().strip(),
            "centre_name": self.ui.centreName.text().strip(),
            "staff_name": self.ui.staffName.text().strip(),
        }
        missing = [k for k, v in values.items() if not v]
        for key in missing:
            self.errors.show_text(key, self.tr("Trường này không được để trống."))
        if missing:
            return
        try:
            self.desk = setup.initialise(self.store, values["centre_code"],
                                         values["centre_name"], values["staff_name"],
                                         password=self.passwords.password.text(),
                                         repeated=self.passwords.repeat.text())
        except ValidationError as exc:
            self.errors.show([exc])
            return
        except Exception as exc:  # noqa: BLE001 - shown in words, the dialog stays open
            show_error(self, exc)
            return
        super().accept()
