"""A further desk of a centre: head office's address and the centre's account (the
form of the connect dialog), and who works here; the join pulls off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from jpf_desk.domain.errors import DomainError
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.join import join_centre
from jpf_desk.services.head_office.sync import SSL_MODES
from jpf_desk.services.storage import Store
from jpf_desk.sync.connection import ConnectionSettings
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.generated.ui_sync_connect import Ui_SyncConnectDialog
from jpf_desk.ui.sync.connect_dialog import settings_in, show_connection_error
from jpf_desk.ui.sync.labels import fill_tls_modes
from jpf_desk.ui.tasks import TaskContext, run_task
from jpf_desk.ui.widgets import name_buttons


class JoinCentreDialog(QDialog):
    """`desk` is set when the store has joined its centre."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.desk: Desk | None = None
        self.ui = Ui_SyncConnectDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.setWindowTitle(self.tr("Máy thêm của một cơ sở đã có"))
        self.ui.intro.setText(self.tr(
            "Máy này sẽ dùng chung dữ liệu với các máy khác của cơ sở qua văn phòng trung "
            "tâm. Nhập tài khoản của cơ sở do văn phòng trung tâm cung cấp; toàn bộ dữ liệu "
            "của cơ sở sẽ được tải về."))
        self.staff_name = QLineEdit(self)
        self.staff_name.setObjectName("staff_nameEdit")
        label = QLabel(self.tr("Họ tên người làm việc tại máy này:"), self)
        label.setBuddy(self.staff_name)
        self.ui.form.insertRow(0, label, self.staff_name)
        QWidget.setTabOrder(self.staff_name, self.ui.hostEdit)
        defaults = ConnectionSettings()
        self.ui.dbnameEdit.setText(defaults.dbname)
        self.ui.portSpin.setValue(defaults.port)
        fill_tls_modes(self.ui.sslmodeCombo, SSL_MODES, defaults.sslmode)
        self.setMinimumWidth(520)
        self.staff_name.setFocus()
        name_buttons(self.ui.buttons, self.tr("Tham gia"))
        self.ui.buttons.accepted.connect(self.join)
        self.ui.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QWidget:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)

    def join(self) -> None:
        self.ui.errorLabel.setText("")
        self.ui.buttons.setEnabled(False)
        settings, password = settings_in(self.ui), self.ui.passwordEdit.text()
        name = self.staff_name.text()

        def work(ctx: TaskContext) -> Desk:
            return join_centre(self.store, settings, password, name,
                               progress=ctx.progress, check_cancelled=ctx.check_cancelled)

        run_task(self, self.tr("Đang tải dữ liệu của cơ sở…"), work, self._joined,
                 self._failed).cancelled.connect(lambda: self.ui.buttons.setEnabled(True))

    def _joined(self, desk: Desk) -> None:
        self.ui.buttons.setEnabled(True)
        self.desk = desk
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ui.buttons.setEnabled(True)
        if isinstance(exc, DomainError):
            show_connection_error(self, self.ui, exc)
        else:
            show_error(self, exc)
