"""One customer: their fields, guardians, enrolments and the history of changes."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpf_desk.domain.addresses import commune_name, province_name
from jpf_desk.domain.customer_fields import CustomerField as F
from jpf_desk.domain.customer_fields import customer_field_label
from jpf_desk.domain.dates import format_datetime
from jpf_desk.domain.id_documents import mask_id
from jpf_desk.domain.labels import label
from jpf_desk.domain.money import format_vnd
from jpf_desk.domain.staff import Action
from jpf_desk.services.changes import Changes, Kind
from jpf_desk.services.courses import enrolments
from jpf_desk.services.customers import records
from jpf_desk.services.customers.id_number import reveal_id_number
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff import permissions
from jpf_desk.ui.customers import choices
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.generated.ui_customer_detail import Ui_CustomerDetailDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.screen_fit import fit_window, wrap_cells
from jpf_desk.ui.widgets import name_buttons, national_or_typed, setup_ui, show_date


def fill_table(table: QTableWidget, headers: list[str], rows: Sequence[Sequence[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    wrap_cells(table)


def shown_value(field: str, value: str | None) -> str:
    """A history value as the screen shows it: phones national, ID numbers masked."""
    if not value:
        return ""
    if field == "phone_e164":
        return national_or_typed(value)
    if field == "id_number":
        return mask_id(value)
    return value


class CustomerDetailDialog(QDialog):
    def __init__(self, desk: Desk, customer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.customer_id = desk, customer_id
        self.ui = Ui_CustomerDetailDialog()
        setup_ui(self.ui, self)
        fit_window(self, 820, 560)
        name_buttons(self.ui.buttons)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.editButton.clicked.connect(self.edit)
        self.ui.enrolButton.clicked.connect(self.enrol)
        self.ui.requestButton.clicked.connect(self.file_request)
        self.who_saw_button = self.ui.buttons.addButton(
            self.tr("Ai đã xem hồ sơ này…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.who_saw_button.setObjectName("whoSawButton")
        self.who_saw_button.setVisible(permissions.allowed(desk, Action.READ_ACCESS_LOG))
        self.who_saw_button.clicked.connect(self.who_saw)
        from jpf_desk.ui.consent.panel import ConsentPanel

        self.consents = ConsentPanel(desk, customer_id, self)
        self.ui.tabs.addTab(self.consents, self.tr("Đồng ý dữ liệu"))
        self.reload()

    def reload(self) -> None:
        view = records.get_customer(self.desk, self.customer_id)
        self.view = view
        self.setWindowTitle(view.full_name)
        self.ui.title.setText(f"<h2>{escape(view.full_name)}</h2>")
        info = self.ui.info
        while info.rowCount():
            info.removeRow(0)
        sexes, kinds = choices.sexes(), choices.id_kinds()
        age = self.tr("%d tuổi") % view.age if view.age is not None else ""
        minor = self.tr(" – dưới 16 tuổi") if view.is_minor else ""
        address = ", ".join(p for p in (
            view.street, commune_name(view.commune_code) if view.commune_code else "",
            province_name(view.province_code) if view.province_code else "") if p)
        lang = current_lang()
        rows = [
            (label(F.BIRTH_DATE, lang), f"{show_date(view.birth_date)} ({age}{minor})"),
            (label(F.SEX, lang), sexes.get(view.sex or "", "")),
            (label(F.PHONE_E164, lang), view.phone_national),
            (label(F.EMAIL, lang), view.email or ""),
            (self.tr("Giấy tờ"), f"{kinds.get(view.id_kind or '', '')} {view.id_masked}".strip()),
            (label(F.ID_EXPIRY, lang), show_date(view.id_expiry)),
            (self.tr("Địa chỉ"), address),
            (label(F.ADDRESS_AS_WRITTEN, lang), view.address_as_written),
            (label(F.NOTES, lang), view.notes),
        ]
        for name, value in rows:
            shown = QLabel(value)
            shown.setTextFormat(Qt.TextFormat.PlainText)  # customer text, never markup
            shown.setWordWrap(True)
            info.addRow(name + ":", shown)
            if name == self.tr("Giấy tờ") and view.id_masked:
                info.addRow("", self._reveal_button(shown, kinds.get(view.id_kind or "", "")))
        relationships = choices.relationships()
        fill_table(self.ui.guardians,
                   [self.tr("Họ và tên"), self.tr("Quan hệ"), self.tr("Điện thoại"),
                    self.tr("Giấy tờ")],
                   [(g.full_name, relationships.get(g.relationship, g.relationship),
                     g.phone_national, g.id_masked) for g in view.guardians])
        self.ui.tabs.setTabVisible(1, bool(view.guardians) or view.is_minor)
        from jpf_desk.ui.enrolments.labels import status_text

        fill_table(self.ui.enrolments,
                   [self.tr("Lớp"), self.tr("Khóa học"), self.tr("Trạng thái"),
                    self.tr("Học phí"), self.tr("Còn nợ")],
                   [(e.class_code, e.course_name, status_text(e.status, e.waitlist_position),
                     format_vnd(e.fee_vnd), format_vnd(e.balance_vnd))
                    for e in enrolments.enrolments_of_customer(self.desk, self.customer_id)])
        fill_table(self.ui.history,
                   [self.tr("Thời điểm"), self.tr("Trường"), self.tr("Giá trị cũ"),
                    self.tr("Giá trị mới"), self.tr("Lý do")],
                   [(format_datetime(h.changed_at), customer_field_label(h.field, lang),
                     shown_value(h.field, h.old_value), shown_value(h.field, h.new_value),
                     h.reason)
                    for h in records.field_history(self.desk, self.customer_id)])

    def _reveal_button(self, shown: QLabel, kind: str) -> QPushButton:
        """Shows the number in full in place of the masked one (recorded in the access log)."""
        shown.setTextFormat(Qt.TextFormat.PlainText)
        self.id_label = shown
        button = QPushButton(self.tr("Hiện đầy đủ số giấy tờ"))
        button.setObjectName("revealIdButton")
        self.reveal_id_button = button

        def reveal() -> None:
            try:
                number = reveal_id_number(self.desk, self.customer_id)
            except Exception as exc:  # noqa: BLE001 - shown in words
                show_error(self, exc)
                return
            shown.setText(f"{kind} {number}".strip())
            button.setEnabled(False)

        button.clicked.connect(reveal)
        return button

    def on_changes(self, changes: Changes) -> None:
        """Its consents tab follows on its own; class codes and names show in the enrolments."""
        if changes.touches_customer(self.customer_id) or changes.touches(Kind.CLASSES):
            self.reload()

    def edit(self) -> QDialog:
        from jpf_desk.ui.customers.form import CustomerFormDialog

        form = CustomerFormDialog(self.desk, self.customer_id, self)
        form.saved.connect(self._changed)
        form.open()
        return form

    def enrol(self) -> QDialog:
        from jpf_desk.ui.enrolments.enrol_dialog import EnrolDialog

        dialog = EnrolDialog(self.desk, self, customer_id=self.customer_id)
        dialog.enrolled.connect(self._changed)
        dialog.open()
        return dialog

    def file_request(self) -> QDialog:
        """A data request (access, update, objection…) filed for this customer."""
        from jpf_desk.ui.requests.new_request import NewRequestDialog

        dialog = NewRequestDialog(self.desk, self, customer_id=self.customer_id)
        dialog.open()
        return dialog

    def who_saw(self) -> QDialog:
        """The access log of this customer (managers: the button is hidden for others)."""
        from jpf_desk.ui.access_log.view import AccessLogView

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Ai đã xem hồ sơ này"))
        fit_window(dialog, 900, 480)
        layout = QVBoxLayout(dialog)
        view = AccessLogView(self.desk, dialog)
        view.show_customer(self.customer_id)
        layout.addWidget(view)
        self.who_saw_view = view
        dialog.open()
        return dialog

    def _changed(self, _id: str = "") -> None:
        self.reload()  # at once: the main window's refresh comes after this returns
