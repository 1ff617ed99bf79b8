"""Registering or editing a customer: every error beside its field, nothing typed lost."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from jpf_desk.domain.dates import parse_date, today_vn
from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.id_documents import mask_id
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.people import is_minor
from jpf_desk.services.customers import records
from jpf_desk.services.customers.duplicates import DuplicatesFound
from jpf_desk.services.customers.id_number import customer_for_editing
from jpf_desk.services.customers.input import (
    CustomerInput,
    GuardianInput,
    IntakeInvalid,
    validate,
)
from jpf_desk.services.desk import Desk
from jpf_desk.ui.customers import choices
from jpf_desk.ui.customers.address_fields import AddressFields
from jpf_desk.ui.customers.duplicates_dialog import OPEN_EXISTING, SAVE_ANYWAY, DuplicatesDialog
from jpf_desk.ui.customers.guardian_dialog import GuardianFormDialog
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.field_errors import FieldErrors
from jpf_desk.ui.generated.ui_customer_form import Ui_CustomerFormDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.screen_fit import fit_window
from jpf_desk.ui.widgets import name_buttons, national_or_typed, setup_ui, show_date

ID_FIELDS = ("id_number", "id_expiry")


class CustomerFormDialog(QDialog):
    """New customer when `customer_id` is None, else an edit of that customer."""

    saved = Signal(str)  # customer id, after a successful save
    open_existing = Signal(str)  # the user chose an existing record instead

    def __init__(self, desk: Desk, customer_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.customer_id = desk, customer_id
        self.guardian_values: list[GuardianInput] = []
        self.warning_box: QMessageBox | None = None
        self.confirmed_input: CustomerInput | None = None  # its ID doubts were shown once
        self.ui = ui = Ui_CustomerFormDialog()
        setup_ui(ui, self)
        name_buttons(ui.buttons, self.tr("Lưu"))
        ui.columns.setStretch(0, 1)
        ui.columns.setStretch(1, 1)
        choices.fill(ui.sex, choices.sexes())
        choices.fill(ui.idKind, choices.id_kinds())
        self.address = AddressFields(ui.province, ui.commune)
        self.errors = FieldErrors(
            {
                "family_name": ui.familyNameError, "middle_name": ui.middleNameError,
                "given_name": ui.givenNameError, "full_name": ui.fullNameError,
                "birth_date": ui.birthDateError, "sex": ui.sexError, "phone": ui.phoneError,
                "email": ui.emailError, "id_kind": ui.idKindError,
                "id_number": ui.idNumberError, "id_expiry": ui.idExpiryError,
                "province": ui.provinceError, "commune": ui.communeError,
                "street": ui.streetError, "address_as_written": ui.addressAsWrittenError,
                "notes": ui.notesError, "guardians": ui.guardiansError,
            },
            fallback=ui.generalError,
            focus={"family_name": ui.familyName, "given_name": ui.givenName,
                   "birth_date": ui.birthDate, "phone": ui.phone, "email": ui.email,
                   "id_number": ui.idNumber, "id_expiry": ui.idExpiry,
                   "guardians": ui.addGuardian},
        )
        self._clear_errors_on_edit()
        table = ui.guardians
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Họ và tên"), self.tr("Quan hệ"),
                                         self.tr("Điện thoại"), self.tr("Giấy tờ")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setMinimumHeight(110)
        ui.addGuardian.clicked.connect(self.add_guardian)
        ui.editGuardian.clicked.connect(self.edit_guardian)
        ui.removeGuardian.clicked.connect(self.remove_guardian)
        table.doubleClicked.connect(lambda _i: self.edit_guardian())
        ui.birthDate.textChanged.connect(self._update_minor)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        if customer_id is not None:
            self.setWindowTitle(self.tr("Sửa hồ sơ khách hàng"))
            self.load(customer_for_editing(desk, customer_id))
        self._update_minor()
        fit_window(self, 920, self.sizeHint().height())

    def _clear_errors_on_edit(self) -> None:
        """A message beside a field goes as soon as that field is edited; an ID doubt goes
        too when the birth date, sex or kind it compared with changes."""
        ui = self.ui
        edits = {
            ui.familyName: ("family_name", "full_name"), ui.middleName: ("middle_name",),
            ui.givenName: ("given_name", "full_name"), ui.fullName: ("full_name",),
            ui.birthDate: ("birth_date", "id_number"), ui.phone: ("phone",),
            ui.email: ("email",), ui.idNumber: ("id_number",),
            ui.idExpiry: ("id_expiry",), ui.street: ("street",),
            ui.addressAsWritten: ("address_as_written",),
        }
        for box, fields in edits.items():
            box.textChanged.connect(lambda _t, f=fields: self._fields_edited(f)
                                    if self.isVisible() else None)
        ui.sex.currentIndexChanged.connect(lambda _i: self._fields_edited(("sex", "id_number")))
        ui.idKind.currentIndexChanged.connect(
            lambda _i: self._fields_edited(("id_kind", "id_number", "id_expiry")))
        ui.notes.textChanged.connect(lambda: self._fields_edited(("notes",)))

    def _fields_edited(self, fields: tuple[str, ...]) -> None:
        for field in fields:
            self.errors.clear_field(field)

    # -- reading and writing the fields ---------------------------------------------
    def load(self, data: CustomerInput) -> None:
        ui = self.ui
        ui.familyName.setText(data.family_name)
        ui.middleName.setText(data.middle_name)
        ui.givenName.setText(data.given_name)
        ui.fullName.setText(data.full_name)
        ui.birthDate.setText(show_date(data.birth_date))
        choices.select(ui.sex, data.sex)
        ui.phone.setText(national_or_typed(data.phone))
        ui.email.setText(data.email)
        choices.select(ui.idKind, data.id_kind or "cccd")
        ui.idNumber.setText(data.id_number)
        ui.idExpiry.setText(show_date(data.id_expiry))
        self.address.set_codes(data.province_code, data.commune_code)
        ui.street.setText(data.street)
        ui.addressAsWritten.setText(data.address_as_written)
        ui.notes.setPlainText(data.notes)
        self.guardian_values = list(data.guardians)
        self._show_guardians()

    def _date(self, box: QLineEdit, field: str, problems: list[DomainError]) -> date | None:
        if not box.text().strip():
            return None
        try:
            return parse_date(box.text())
        except ValidationError as err:
            err.field = field
            problems.append(err)
            return None

    def read_input(self) -> tuple[CustomerInput, list[DomainError]]:
        """The form's values, and the dates that could not be read."""
        ui = self.ui
        problems: list[DomainError] = []
        data = CustomerInput(
            family_name=ui.familyName.text(), middle_name=ui.middleName.text(),
            given_name=ui.givenName.text(), full_name=ui.fullName.text(),
            birth_date=self._date(ui.birthDate, "birth_date", problems),
            sex=ui.sex.currentData() or "", phone=ui.phone.text(), email=ui.email.text(),
            id_kind=ui.idKind.currentData() or "", id_number=ui.idNumber.text(),
            id_expiry=self._date(ui.idExpiry, "id_expiry", problems),
            province_code=self.address.province_code(),
            commune_code=self.address.commune_code(), street=ui.street.text(),
            address_as_written=ui.addressAsWritten.text(), notes=ui.notes.toPlainText(),
            guardians=list(self.guardian_values),
        )
        return data, problems

    # -- minors and guardians -------------------------------------------------------------
    def is_minor(self) -> bool:
        try:
            birth = parse_date(self.ui.birthDate.text())
        except ValidationError:
            return False
        return is_minor(birth, today_vn())

    def _update_minor(self) -> None:
        minor = self.is_minor()
        self.ui.guardiansGroup.setVisible(minor or bool(self.guardian_values))
        self.ui.guardiansHint.setVisible(minor)
        self.fit_height()

    def fit_height(self) -> None:
        """Grow (never shrink) to show what appeared: guardians, wrapped error messages."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else self.sizeHint().height())
        if self.height() < needed:
            fit_window(self, self.width(), needed)

    def _show_guardians(self) -> None:
        names = choices.relationships()
        table = self.ui.guardians
        table.setRowCount(len(self.guardian_values))
        for row, g in enumerate(self.guardian_values):
            linked = self.tr(" (đã có hồ sơ)") if g.linked_customer_id else ""
            for column, text in enumerate((g.full_name + linked,
                                           names.get(g.relationship, g.relationship),
                                           national_or_typed(g.phone),
                                           mask_id(g.id_number))):  # masked like the record
                table.setItem(row, column, QTableWidgetItem(text))
        self._update_minor()

    def add_guardian(self) -> GuardianFormDialog:
        dialog = GuardianFormDialog(self.desk, None, self)
        dialog.accepted.connect(lambda: self._guardian_done(None, dialog.value))
        dialog.open()
        return dialog

    def edit_guardian(self) -> GuardianFormDialog | None:
        row = self.ui.guardians.currentRow()
        if not 0 <= row < len(self.guardian_values):
            return None
        dialog = GuardianFormDialog(self.desk, self.guardian_values[row], self)
        dialog.accepted.connect(lambda: self._guardian_done(row, dialog.value))
        dialog.open()
        return dialog

    def _guardian_done(self, row: int | None, value: GuardianInput) -> None:
        if row is None:
            self.guardian_values.append(value)
        else:
            self.guardian_values[row] = value
        self._show_guardians()

    def remove_guardian(self) -> None:
        row = self.ui.guardians.currentRow()
        if 0 <= row < len(self.guardian_values):
            del self.guardian_values[row]
            self._show_guardians()

    # -- saving ---------------------------------------------------------------------------
    def _guardian_messages(self, errors: list[DomainError]) -> list[DomainError]:
        """Guardian errors ("guardians.0.phone") go beside the guardian table, numbered."""
        mapped: list[DomainError] = []
        for err in errors:
            if err.field and err.field.startswith("guardians."):
                number = int(err.field.split(".")[1]) + 1
                text = self.tr("Người giám hộ %d: %s") % (number, render_error(err, current_lang()))
                self.errors.show_text("guardians", text)
            else:
                mapped.append(err)
        return mapped

    def show_errors(self, errors: list[DomainError]) -> None:
        self.errors.show([e for e in errors if not (e.field or "").startswith("guardians.")])
        self._guardian_messages(errors)
        if any((e.field or "").startswith("guardians") for e in errors):
            self.ui.guardiansGroup.show()
        self.fit_height()

    def save(self, allow_duplicates: bool = False) -> None:
        data, problems = self.read_input()
        if problems:
            try:
                validate(data, today_vn())
            except IntakeInvalid as invalid:
                dated = {p.field for p in problems}
                problems += [e for e in invalid.errors if e.field not in dated]
            self.show_errors(problems)
            return
        if not allow_duplicates and self._id_doubts_shown(data):
            return
        try:
            if self.customer_id is None:
                result = records.create_customer(self.desk, data,
                                                   allow_duplicates=allow_duplicates)
            else:
                result = records.update_customer(self.desk, self.customer_id, data,
                                                   allow_duplicates=allow_duplicates)
        except IntakeInvalid as invalid:
            self.show_errors(invalid.errors)
            return
        except DuplicatesFound as found:
            self.errors.clear()
            self.ask_about_duplicates(found)
            return
        except Exception as exc:  # noqa: BLE001 - a store failure: say it, keep the form
            self.errors.clear()
            show_error(self, exc)
            return
        created = self.customer_id is None
        self.customer_id = result.customer.id
        later = [w for w in result.warnings if w.field not in ID_FIELDS]  # ID: confirmed
        if later:
            text = "\n".join(render_error(w, current_lang()) for w in later)
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Đã lưu, cần kiểm tra"),
                              text, QMessageBox.StandardButton.Ok, self.parentWidget())
            box.setObjectName("saveWarnings")
            box.open()
            self.warning_box = box
        self.saved.emit(result.customer.id)
        if created:  # intake: consent comes right after the customer is saved
            from jpf_desk.ui.consent.dialog import open_consent_after_intake

            self.consent_dialog = open_consent_after_intake(
                self.desk, result.customer.id, self.parentWidget())
        self.accept()

    def _id_doubts_shown(self, data: CustomerInput) -> bool:
        """CCCD / birth-year / sex / expiry doubts beside the fields, before anything is
        saved (a receipt printed next would carry wrong data). Saving the same values
        again confirms them; any change is checked afresh."""
        if data == self.confirmed_input:
            return False
        try:
            doubts = [w for w in validate(data, today_vn()).warnings if w.field in ID_FIELDS]
        except IntakeInvalid:
            return False  # the save refuses it and shows every error
        if not doubts:
            return False
        self.confirmed_input = data
        self.errors.show_warnings(doubts)
        self.fit_height()
        return True

    def ask_about_duplicates(self, found: DuplicatesFound) -> DuplicatesDialog:
        dialog = DuplicatesDialog(found.candidates, self)
        dialog.finished.connect(lambda code: self._duplicates_answer(dialog, code))
        dialog.open()
        self.duplicates_dialog = dialog
        return dialog

    def _duplicates_answer(self, dialog: DuplicatesDialog, code: int) -> None:
        if code == OPEN_EXISTING:
            self.open_existing.emit(dialog.chosen().id)
            self.reject()
        elif code == SAVE_ANYWAY:
            self.save(allow_duplicates=True)
