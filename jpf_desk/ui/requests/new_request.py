"""Filing a request at the desk: who asked, how they proved who they are, what they ask."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QTableWidgetItem, QWidget

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.labels import label
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.requests import IdentityCheck, RequestChannel, Requester
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import IntakeInvalid
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights import requests
from jpf_desk.services.rights.requests import RequestInput
from jpf_desk.services.rights.restriction import purpose_choices
from jpf_desk.services.rights.update_fields import EDITABLE, REQUEST_KEYS, request_key
from jpf_desk.services.rights.views import RequestView
from jpf_desk.ui.customers import choices
from jpf_desk.ui.customers.picker import CustomerPickerDialog
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.field_errors import FieldErrors
from jpf_desk.ui.generated.ui_request_new import Ui_RequestNewDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.requests import labels
from jpf_desk.ui.screen_fit import fit_window, wrap_cells
from jpf_desk.ui.widgets import from_qdate, name_buttons, plain_text, setup_ui, show_date, to_qdate

PURPOSE_KINDS = {RequestKind.WITHDRAW.value, RequestKind.RESTRICT.value, RequestKind.OBJECT.value}


class NewRequestDialog(QDialog):
    """Accepted once the request is filed; `filed` then holds it."""

    saved = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None,
                 customer_id: str | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.customer_id: str | None = None
        self.filed: RequestView | None = None
        self.ui = ui = Ui_RequestNewDialog()
        setup_ui(ui, self)
        plain_text(ui.customerName)
        fit_window(self, 640, 720)
        name_buttons(ui.buttons, self.tr("Lưu yêu cầu"))
        # Nothing chosen at first: the person says how the identity was checked; a
        # preselected "ID seen" would be recorded whether or not anyone saw it.
        ui.identityCheck.addItem(self.tr("– Chọn cách đã xác minh –"), None)
        for combo, values in ((ui.kind, labels.kinds()), (ui.channel, labels.channels()),
                              (ui.identityCheck, labels.identity_checks())):
            for code, text in values.items():
                combo.addItem(text, code)
        for requester in Requester:
            ui.requester.addItem(label(requester, current_lang()), requester.value)
        ui.receivedOn.setDate(to_qdate(today_vn()))
        ui.receivedOn.setMaximumDate(to_qdate(today_vn()))
        for code, text in purpose_choices(current_lang()):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.purposes.addItem(item)
        self._build_changes()
        wrap_cells(ui.changes)  # current values (an address) in full
        self.errors = FieldErrors(
            {"customer": ui.customerError, "received_on": ui.receivedError,
             "guardian": ui.guardianError, "identity_note": ui.identityError,
             "purposes": ui.purposesError, "changes": ui.changesError},
            ui.generalError,
            {"identity_note": ui.identityNote, "changes": ui.changes})
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        ui.requester.currentIndexChanged.connect(self._requester_changed)
        ui.pickButton.clicked.connect(self.pick_customer)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self._kind_changed()
        self._requester_changed()
        if customer_id:
            self.set_customer(customer_id)

    def _build_changes(self) -> None:
        table = self.ui.changes
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Thông tin"), self.tr("Hiện tại"),
                                         self.tr("Giá trị mới")])
        table.setRowCount(len(EDITABLE))
        for row, field in enumerate(EDITABLE):
            for col, text in ((0, label(field, current_lang())), (1, "")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(Qt.ItemDataRole.UserRole, request_key(field))
                table.setItem(row, col, item)
            table.setItem(row, 2, QTableWidgetItem(""))
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnToContents(0)

    def kind(self) -> str:
        return str(self.ui.kind.currentData())

    def set_kind(self, kind: RequestKind) -> None:
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(kind.value))

    def _kind_changed(self) -> None:
        update = self.kind() == RequestKind.UPDATE.value
        self.ui.changes.setVisible(update)
        self.ui.changesLabel.setVisible(update)
        purposes = self.kind() in PURPOSE_KINDS
        self.ui.purposes.setVisible(purposes)
        self.ui.purposesLabel.setVisible(purposes)

    def _requester_changed(self) -> None:
        self.ui.guardian.setVisible(self.ui.requester.currentData() == Requester.GUARDIAN.value)

    def pick_customer(self) -> None:
        picker = CustomerPickerDialog(self.desk, self)
        picker.accepted.connect(lambda: self.set_customer(picker.chosen_id or ""))
        picker.open()

    def set_customer(self, customer_id: str) -> None:
        view = records.get_customer(self.desk, customer_id)
        self.customer_id = customer_id
        self.ui.customerName.setText(view.full_name)
        self.ui.guardian.clear()
        for g in view.guardians:
            self.ui.guardian.addItem(
                f"{g.full_name} ({choices.relationships().get(g.relationship, '')})", g.id)
        current = {"full_name": view.full_name,
                   "birth_date": show_date(view.birth_date),
                   "sex": choices.sexes().get(view.sex or "", ""),
                   "phone": view.phone_national, "email": view.email or "",
                   "id_number": view.id_number or "",
                   "id_expiry": show_date(view.id_expiry),
                   "street": view.street, "address_as_written": view.address_as_written,
                   "notes": view.notes}
        for row, code in enumerate(REQUEST_KEYS):
            item = self.ui.changes.item(row, 1)
            if item is not None:
                item.setText(current.get(code, ""))

    def set_change(self, field: str, value: str) -> None:
        row = REQUEST_KEYS.index(field)
        item = self.ui.changes.item(row, 2)
        if item is not None:
            item.setText(value)

    def set_purposes(self, codes: set[str]) -> None:
        for i in range(self.ui.purposes.count()):
            item = self.ui.purposes.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def collect(self) -> RequestInput:
        ui = self.ui
        changes: dict[str, str] = {}
        if self.kind() == RequestKind.UPDATE.value:
            for row, code in enumerate(REQUEST_KEYS):
                item = ui.changes.item(row, 2)
                if item is not None and item.text().strip():
                    changes[code] = item.text()
        purposes = tuple(
            str(ui.purposes.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(ui.purposes.count())
            if ui.purposes.item(i).checkState() == Qt.CheckState.Checked
        ) if self.kind() in PURPOSE_KINDS else ()
        requester = Requester(ui.requester.currentData())
        if ui.identityCheck.currentData() is None:
            raise ValidationError("request.identity_check_required", field="identity_note")
        return RequestInput(
            customer_id=self.customer_id or "", kind=RequestKind(self.kind()),
            channel=RequestChannel(ui.channel.currentData()),
            received_on=from_qdate(ui.receivedOn.date()), requester=requester,
            guardian_id=ui.guardian.currentData() if requester is Requester.GUARDIAN else None,
            identity_check=IdentityCheck(ui.identityCheck.currentData()),
            identity_note=ui.identityNote.text(), details=ui.details.text(),
            purposes=purposes, changes=changes)

    def save(self) -> None:
        self.errors.clear()
        try:
            self.filed = requests.file_request(self.desk, self.collect())
        except IntakeInvalid as invalid:
            for err in invalid.errors:
                err.field = "changes"
            self.errors.show(invalid.errors)
            return
        except DomainError as err:
            if err.field and err.field.startswith("changes."):
                err.field = "changes"
            self.errors.show([err])
            return
        except Exception as exc:  # noqa: BLE001 - store failures shown in words
            show_error(self, exc)
            return
        self.saved.emit(self.filed.id)
        self.accept()
