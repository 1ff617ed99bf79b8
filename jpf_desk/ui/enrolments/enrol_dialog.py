"""Enrol a customer in a class; a full class puts them on the waitlist, and says so."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from jpf_desk.domain.dates import format_date, today_vn
from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.money import format_vnd
from jpf_desk.services.courses import catalogue, enrolments
from jpf_desk.services.courses.catalogue import ClassView
from jpf_desk.services.courses.enrolments import EnrolmentView
from jpf_desk.services.customers.records import get_customer
from jpf_desk.services.desk import Desk
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.field_errors import FieldErrors
from jpf_desk.ui.generated.ui_enrol_form import Ui_EnrolDialog
from jpf_desk.ui.widgets import name_buttons, plain_text, setup_ui


class EnrolDialog(QDialog):
    enrolled = Signal(str)  # enrolment id

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 customer_id: str | None = None, class_id: str | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.customer_id: str | None = None
        self.result_view: EnrolmentView | None = None
        self.notice_box: QMessageBox | None = None
        self.ui = Ui_EnrolDialog()
        setup_ui(self.ui, self)
        plain_text(self.ui.customerName)
        name_buttons(self.ui.buttons, self.tr("Đăng ký"))
        self.setMinimumWidth(560)
        self.errors = FieldErrors({"customer": self.ui.customerError,
                                   "class": self.ui.classError}, self.ui.generalError)
        self.classes: list[ClassView] = catalogue.list_classes(desk, open_on=today_vn())
        for k in self.classes:
            self.ui.klass.addItem(
                f"{k.code} – {k.course_name} ({format_date(k.start_date)}, "
                f"{k.seats_taken}/{k.capacity})", k.id)
        if class_id is not None:
            self.ui.klass.setCurrentIndex(max(0, self.ui.klass.findData(class_id)))
        self.ui.klass.currentIndexChanged.connect(self._show_seats)
        self.ui.pickCustomer.clicked.connect(self.pick_customer)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        if customer_id is not None:
            self.set_customer(customer_id)
        self._show_seats()

    def set_customer(self, customer_id: str | None) -> None:
        if customer_id is None:
            return
        self.customer_id = customer_id
        self.ui.customerName.setText(get_customer(self.desk, customer_id).full_name)

    def pick_customer(self) -> QDialog:
        from jpf_desk.ui.customers.picker import CustomerPickerDialog

        picker = CustomerPickerDialog(self.desk, self)
        picker.accepted.connect(lambda: self.set_customer(picker.chosen_id))
        picker.open()
        return picker

    def selected_class(self) -> ClassView | None:
        index = self.ui.klass.currentIndex()
        return self.classes[index] if 0 <= index < len(self.classes) else None

    def _show_seats(self) -> None:
        k = self.selected_class()
        if k is None:
            self.ui.seats.setText(self.tr("Không có lớp nào đang mở."))
        elif k.seats_free:
            self.ui.seats.setText(self.tr("Còn %d chỗ. Học phí %s.") % (k.seats_free,
                                                                      format_vnd(k.fee_vnd)))
        else:
            self.ui.seats.setText(self.tr("Lớp đã đủ chỗ: khách hàng sẽ vào danh sách chờ "
                                          "(đang có %d người chờ).") % k.waitlisted)

    def accept(self) -> None:
        self.errors.clear()
        k = self.selected_class()
        if self.customer_id is None:
            self.errors.show_text("customer", self.tr("Hãy chọn khách hàng."))
        if k is None:
            self.errors.show_text("class", self.tr("Hãy chọn lớp."))
        if self.customer_id is None or k is None:
            return
        try:
            view = enrolments.enrol(self.desk, self.customer_id, k.id,
                                    placement_result=self.ui.placement.text())
        except DomainError as err:
            self.errors.show([err])
            return
        except Exception as exc:  # noqa: BLE001 - a store failure: say it, keep the form
            show_error(self, exc)
            return
        self.result_view = view
        if view.status == EnrolmentStatus.WAITLISTED.value:
            box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Danh sách chờ"),
                self.tr("Lớp %s đã đủ chỗ. %s được xếp vào danh sách chờ, số thứ tự %d.")
                % (view.class_code, view.customer_name, view.waitlist_position or 0),
                QMessageBox.StandardButton.Ok, self.parentWidget())
            box.setObjectName("waitlistNotice")
            box.open()
            self.notice_box = box
        self.enrolled.emit(view.id)
        super().accept()
