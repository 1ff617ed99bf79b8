"""A new course in the catalogue (level A1-C2, exam preparation, kids), with the ages it
is for: the enrol dialog offers a class only to customers of those ages."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QSpinBox, QWidget

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
        self.min_age, self.max_age = self._age_box("minAge"), self._age_box("maxAge")
        row, _role = cast(tuple[int, object], ui.form.getWidgetPosition(ui.kind))
        ui.form.insertRow(row + 1, self.tr("Tuổi từ"), self.min_age)
        ui.form.insertRow(row + 2, self.tr("Tuổi đến"), self.max_age)
        ui.kind.currentIndexChanged.connect(lambda _i: self._ages_for_kind())
        self._ages_for_kind()
        self.errors = FieldErrors(
            {"code": ui.codeError, "name": ui.nameError, "level": ui.levelError,
             "exam": ui.examError, "fee": ui.feeError, "amount": ui.feeError},
            ui.generalError)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def _age_box(self, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(0, 99)
        box.setSpecialValueText(self.tr("không giới hạn"))  # 0: no bound
        return box

    def _ages_for_kind(self) -> None:
        """What the kinds mean at JPF: children up to 15, the others from 16."""
        kids = self.ui.kind.currentData() == CourseKind.KIDS.value
        self.min_age.setValue(0 if kids else 16)
        self.max_age.setValue(15 if kids else 0)

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
                hours=ui.hours.value(), fee_vnd=fee, min_age=self.min_age.value() or None,
                max_age=self.max_age.value() or None)
        except DomainError as err:
            self.errors.show([err])
            return
        except Exception as exc:  # noqa: BLE001 - e.g. a code already used: say it
            show_error(self, exc)
            return
        self.created.emit(course.id)
        super().accept()
