"""A new class of a course: dates, room, teacher, capacity, fee."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.money import format_vnd, parse_vnd
from jpf_desk.services.courses import catalogue
from jpf_desk.services.desk import Desk
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.field_errors import FieldErrors
from jpf_desk.ui.generated.ui_class_form import Ui_ClassFormDialog
from jpf_desk.ui.widgets import from_qdate, name_buttons, setup_ui, to_qdate


class ClassFormDialog(QDialog):
    created = Signal(str)  # class id

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = ui = Ui_ClassFormDialog()
        setup_ui(ui, self)
        name_buttons(ui.buttons, self.tr("Lưu"))
        self.setMinimumWidth(500)
        self.courses = catalogue.list_courses(desk)
        for c in self.courses:
            ui.course.addItem(f"{c.code} – {c.name}", c.id)
        ui.course.currentIndexChanged.connect(self._course_fee)
        start = today_vn()
        ui.startDate.setDate(to_qdate(start))
        ui.endDate.setDate(to_qdate(start + timedelta(weeks=12)))
        self._course_fee()
        self.errors = FieldErrors(
            {"course": ui.courseError, "code": ui.codeError, "end_date": ui.endDateError,
             "capacity": ui.capacityError, "fee": ui.feeError, "amount": ui.feeError},
            ui.generalError)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def _course_fee(self) -> None:
        index = self.ui.course.currentIndex()
        if 0 <= index < len(self.courses) and self.courses[index].fee_vnd:
            self.ui.fee.setText(format_vnd(self.courses[index].fee_vnd))

    def accept(self) -> None:
        ui = self.ui
        self.errors.clear()
        if ui.course.currentIndex() < 0:
            self.errors.show_text("course", self.tr("Hãy tạo khóa học trước."))
            return
        if not ui.code.text().strip():
            self.errors.show_text("code", self.tr("Trường này không được để trống."))
            return
        try:
            klass = catalogue.create_class(
                self.desk, ui.course.currentData(), ui.code.text(),
                start_date=from_qdate(ui.startDate.date()),
                end_date=from_qdate(ui.endDate.date()), capacity=ui.capacity.value(),
                fee_vnd=parse_vnd(ui.fee.text()), room=ui.room.text(),
                teacher=ui.teacher.text(), schedule=ui.schedule.text())
        except DomainError as err:
            self.errors.show([err])
            return
        except Exception as exc:  # noqa: BLE001 - a store failure: say it, keep the form
            show_error(self, exc)
            return
        self.created.emit(klass.id)
        super().accept()
