"""Where this desk reaches head office: address, centre account, password, TLS files.

The password goes to the system keyring through the service; the rest are settings.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from jpf_desk.domain.errors import DomainError
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.sync import SSL_MODES, connect_head_office, connection_settings
from jpf_desk.sync.connection import ConnectionSettings
from jpf_desk.ui.errors import known_message
from jpf_desk.ui.generated.ui_sync_connect import Ui_SyncConnectDialog
from jpf_desk.ui.sync.labels import chosen_tls_mode, fill_tls_modes
from jpf_desk.ui.widgets import name_buttons


class SyncConnectDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_SyncConnectDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        name_buttons(self.ui.buttons, self.tr("Lưu"))
        self.setMinimumWidth(520)  # a host name and certificate paths are long
        current = connection_settings(desk)
        self.ui.hostEdit.setText(current.host)
        self.ui.portSpin.setValue(current.port)
        self.ui.dbnameEdit.setText(current.dbname)
        self.ui.userEdit.setText(current.user)
        fill_tls_modes(self.ui.sslmodeCombo, SSL_MODES, current.sslmode)
        self.ui.sslrootcertEdit.setText(current.sslrootcert)
        self.ui.sslcertEdit.setText(current.sslcert)
        self.ui.sslkeyEdit.setText(current.sslkey)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def settings(self) -> ConnectionSettings:
        return settings_in(self.ui)

    def save(self) -> None:
        try:
            connect_head_office(self.desk, self.settings(), self.ui.passwordEdit.text())
        except DomainError as err:
            show_connection_error(self, self.ui, err)
            return
        self.accept()


def settings_in(ui: Ui_SyncConnectDialog) -> ConnectionSettings:
    """The connection settings as typed in the form."""
    return ConnectionSettings(
        host=ui.hostEdit.text().strip(), port=ui.portSpin.value(),
        dbname=ui.dbnameEdit.text().strip(), user=ui.userEdit.text().strip(),
        sslmode=chosen_tls_mode(ui.sslmodeCombo), sslrootcert=ui.sslrootcertEdit.text().strip(),
        sslcert=ui.sslcertEdit.text().strip(), sslkey=ui.sslkeyEdit.text().strip())


def show_connection_error(dialog: QDialog, ui: Ui_SyncConnectDialog, err: DomainError) -> None:
    """The message under the form, the cursor in the field it is about; typing is kept."""
    ui.errorLabel.setText(known_message(err) or err.code)
    field = dialog.findChild(QLineEdit, f"{err.field}Edit") if err.field else None
    if field is not None:
        field.setFocus()
