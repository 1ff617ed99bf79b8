"""The manager's dialog for the centre's contact details printed on consent receipts.

JPF's own legal details are head office's shared data: shown here, not edited, with
what is missing said plainly (receipts print it as missing until head office sets it).
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from jpf_desk.domain.controller import ControllerDetails, ControllerField
from jpf_desk.domain.errors import DomainError, NotAllowed
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.staff import PERMISSIONS, Action
from jpf_desk.services.consent.controller import controller_settings, set_centre_details
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import allowed
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.generated.ui_controller_details import Ui_ControllerDetailsDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.widgets import setup_ui


class ControllerDetailsDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_ControllerDetailsDialog()
        setup_ui(self.ui, self)
        self.ui.error.setStyleSheet("color: #b00020;")
        settings = controller_settings(desk)
        self.edits: dict[ControllerField, QLineEdit] = {
            ControllerField.LEGAL_NAME: self.ui.legalName,
            ControllerField.ADDRESS: self.ui.address, ControllerField.PHONE: self.ui.phone,
            ControllerField.EMAIL: self.ui.email,
            ControllerField.DATA_CONTACT: self.ui.dataContact,
        }
        for field, edit in self.edits.items():
            edit.setText(getattr(settings.centre, field.value))
        lang = current_lang()
        lines = [f"<b>{escape(label(f, lang))}:</b> "
                 + (escape(getattr(settings.jpf, f.value)) or
                    "<span style='color:#b00020'>" + escape(self.tr("CHƯA CÓ")) + "</span>")
                 for f in ControllerField]
        self.ui.jpfSummary.setText(
            self.tr("<b>JPF (bên kiểm soát dữ liệu)</b> – do trụ sở chính thiết lập:")
            + "<br>" + "<br>".join(lines))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        if not allowed(desk, Action.EDIT_CONTROLLER_DETAILS):  # read only, and says why
            for edit in self.edits.values():
                edit.setReadOnly(True)
            self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
            refused = PERMISSIONS[Action.EDIT_CONTROLLER_DETAILS].refused
            self.ui.error.setText(render_error(NotAllowed(refused), current_lang()))

    def accept(self) -> None:
        details = ControllerDetails(**{f.value: e.text() for f, e in self.edits.items()})
        try:
            set_centre_details(self.desk, details)
        except DomainError as err:
            self.ui.error.setText(render_error(err, current_lang()))
            return
        except Exception as exc:  # noqa: BLE001 - a store failure: say it, keep the typing
            show_error(self, exc)
            return
        super().accept()
