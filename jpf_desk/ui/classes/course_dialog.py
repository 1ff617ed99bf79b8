"""A new course in the catalogue (level A1-C2, exam preparation, kids)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import label
from jpf_desk.domain.money import parse_vnd
from jpf_desk.services.courses import catalogue as courses
from jpf_desk.services.courses.catalogue import (
    EXAMS,
    LEVELS,
)
from jpf_desk.services.desk import Desk
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.field_errors import FieldErrors
from jpf_desk.ui.generated.ui_course_form import Ui_CourseFormDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.widgets import name_buttons, setup_ui


class CourseFormDialog(QDialog):
    created = Signal(str)  # course id

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = ui = Ui_CourseFormDialog()
        setup_ui(ui, self)
        name_buttons(ui.buttons, self.tr("Lưu"))
        self.setMinimumWidth(440)
        for kind in CourseKind:
            ui.kind.addItem(label(kind, current_lang()), kind.value)
        ui.level.addItem("", None)
        for level in LEVELS:
            ui.level.addItem(level, level)
        ui.exam.addItem("", None)
        for exam in EXAMS:
            ui.exam.addItem(exam, exam)
        self.errors = FieldErrors(
            {"code": ui.codeError, "name": ui.nameError, "level": ui.levelError,
             "exam": ui.examError, "fee": ui.feeError, "amount": ui.feeError},
            ui.generalError)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        ui = self.ui
        self.errors.clear()
        missing = [(f, b) for f, b in (("code", ui.code), ("name", ui.name)) if not b.text().strip()]
        for field, _box in missing:
            self.errors.show_text(field, self.tr("Trường này không được để trống."))
        if missing:
            return
        try:
            fee = parse_vnd(ui.fee.text()) if ui.fee.text().strip() else 0
            course = courses.create_course(
                self.desk, ui.code.text(), ui.name.text(), CourseKind(ui.kind.currentData()),
                level=ui.level.currentData(), exam=ui.exam.currentData(),
                hours=ui.hours.value(), fee_vnd=fee)
        except DomainError as err:
            self.errors.show([err])
            return
        except Exception as exc:  # noqa: BLE001 - e.g. a code already used: say it
            show_error(self, exc)
            return
        self.created.emit(course.id)
        super().accept()
