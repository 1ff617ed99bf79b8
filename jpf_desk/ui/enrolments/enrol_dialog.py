"""Enrol a customer in a class: only open classes that fit them are offered (not
started, a seat free, their age and level); full classes on request, for the waitlist.
What was done is said; a seat goes on to the payment (panel.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QMessageBox, QWidget

from jpf_desk.domain.dates import format_date
from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.money import format_vnd
from jpf_desk.services.courses import enrolments
from jpf_desk.services.courses.catalogue import ClassView
from jpf_desk.services.courses.enrolments import EnrolmentView
from jpf_desk.services.courses.offers import offer_classes
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
        self.outcome = ""  # what was done, in words, once enrolled
        self.notice_box: QMessageBox | None = None
        self.ui = Ui_EnrolDialog()
        setup_ui(self.ui, self)
        plain_text(self.ui.customerName)
        name_buttons(self.ui.buttons, self.tr("Đăng ký"))
        self.setMinimumWidth(560)
        self.errors = FieldErrors({"customer": self.ui.customerError,
                                   "class": self.ui.classError}, self.ui.generalError)
        self.classes: list[ClassView] = []
        self.include_full = QCheckBox(self.tr("Hiện cả lớp đã đủ chỗ (vào danh sách chờ)"), self)
        self.include_full.setObjectName("includeFull")
        self.fit_note = QLabel(self)
        self.fit_note.setObjectName("fitNote")
        self.fit_note.setTextFormat(Qt.TextFormat.PlainText)
        self.fit_note.setWordWrap(True)
        row = self.ui.form.rowCount()
        self.ui.form.insertRow(row, "", self.include_full)
        self.ui.form.insertRow(row + 1, "", self.fit_note)
        self.ui.customerName.setTextFormat(Qt.TextFormat.PlainText)
        if customer_id is not None:
            self.set_customer(customer_id, offer=False)
        self.offer_classes(class_id)
        if class_id is not None and self.ui.klass.findData(class_id) < 0:
            self.include_full.setChecked(True)  # a full class chosen in the classes list
            self.offer_classes(class_id)
        self.include_full.toggled.connect(lambda _on: self.offer_classes())
        self.ui.placement.editingFinished.connect(lambda: self.offer_classes())
        self.ui.klass.currentIndexChanged.connect(self._show_seats)
        self.ui.pickCustomer.clicked.connect(self.pick_customer)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._show_seats()

    def offer_classes(self, keep_class_id: str | None = None) -> None:
        """The classes that fit the customer (or any customer, before one is picked)."""
        chosen = self.selected_class()
        keep = keep_class_id or (chosen.id if chosen else None)
        offer = offer_classes(self.desk, self.customer_id, placement=self.ui.placement.text(),
                              include_full=self.include_full.isChecked())
        self.classes = offer.classes
        self.ui.klass.blockSignals(True)
        self.ui.klass.clear()
        for k in self.classes:
            self.ui.klass.addItem(
                f"{k.code} – {k.course_name} ({format_date(k.start_date)}, "
                f"{k.seats_taken}/{k.capacity})", k.id)
        if keep is not None:
            self.ui.klass.setCurrentIndex(max(0, self.ui.klass.findData(keep)))
        self.ui.klass.blockSignals(False)
        fitted: list[str] = []
        if offer.age is not None:
            fitted.append(self.tr("%d tuổi") % offer.age)
        if offer.level is not None:
            fitted.append(self.tr("trình độ %s") % offer.level)
        note = self.tr("Chỉ hiện lớp đang mở, chưa khai giảng")
        if not self.include_full.isChecked():
            note += self.tr(", còn chỗ")
        if fitted:
            note += self.tr(", hợp với khách hàng (%s)") % ", ".join(fitted)
        note += "."
        if offer.left_out:
            note += " " + self.tr("%d lớp khác không hợp nên không hiện.") % offer.left_out
        self.fit_note.setText(note)
        self._show_seats()

    def set_customer(self, customer_id: str | None, *, offer: bool = True) -> None:
        if customer_id is None:
            return
        self.customer_id = customer_id
        self.ui.customerName.setText(get_customer(self.desk, customer_id).full_name)
        if offer:
            self.offer_classes()

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
            self.ui.seats.setText(self.tr("Không có lớp nào đang mở phù hợp."))
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
            self.outcome = self.tr("%s được xếp vào danh sách chờ lớp %s, số thứ tự %d.") % (
                view.customer_name, view.class_code, view.waitlist_position or 0)
        else:
            self.outcome = self.tr("Đã ghi danh %s vào lớp %s (chờ xác nhận). Học phí %s.") % (
                view.customer_name, view.class_code, format_vnd(view.fee_vnd))
        if view.status == EnrolmentStatus.WAITLISTED.value:
            box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Danh sách chờ"),
                self.tr("Lớp %s đã đủ chỗ. %s được xếp vào danh sách chờ, số thứ tự %d.")
                % (view.class_code, view.customer_name, view.waitlist_position or 0),
                QMessageBox.StandardButton.Ok, self.parentWidget())
            box.setObjectName("waitlistNotice")
            box.setTextFormat(Qt.TextFormat.PlainText)  # the customer's name as typed
            box.open()
            self.notice_box = box
        self.enrolled.emit(view.id)
        super().accept()
