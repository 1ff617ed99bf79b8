"""The classes section: new course, new class, seats and waitlist counts."""

from __future__ import annotations

from PySide6.QtCore import QDate

from jpf_desk.services.courses import catalogue
from jpf_desk.ui.classes.list_view import ClassListView
from tests.helpers.typing import type_text
from tests.ui import builders


def test_new_course_then_new_class(qtbot, desk):
    view = ClassListView(desk)
    qtbot.addWidget(view)
    course_dialog = view.new_course()
    course_dialog.accept()
    assert course_dialog.ui.codeError.text() == "Trường này không được để trống."
    type_text(course_dialog.ui.code, "DELF-B1")
    type_text(course_dialog.ui.name, "Luyện thi DELF B1")
    course_dialog.ui.kind.setCurrentIndex(course_dialog.ui.kind.findData("exam_prep"))
    course_dialog.ui.level.setCurrentIndex(course_dialog.ui.level.findData("B1"))
    course_dialog.ui.exam.setCurrentIndex(course_dialog.ui.exam.findData("DELF"))
    type_text(course_dialog.ui.fee, "6.000.000")
    course_dialog.accept()
    assert [c.code for c in catalogue.list_courses(desk)] == ["DELF-B1"]

    class_dialog = view.new_class()
    assert class_dialog.ui.fee.text() == "6.000.000 ₫"  # the course fee as a start
    type_text(class_dialog.ui.code, "DELF-B1-2027-01")
    type_text(class_dialog.ui.teacher, "Hoàng Thị Mai")
    class_dialog.ui.startDate.setDate(QDate(2027, 1, 10))
    class_dialog.ui.endDate.setDate(QDate(2027, 1, 5))
    class_dialog.accept()
    assert class_dialog.ui.endDateError.text() == "Ngày kết thúc phải sau ngày bắt đầu."
    class_dialog.ui.endDate.setDate(QDate(2027, 4, 10))
    class_dialog.ui.capacity.setValue(12)
    class_dialog.accept()
    assert view.ui.classes.rowCount() == 1
    assert view.ui.classes.item(0, 1).text() == "DELF-B1-2027-01"
    assert view.ui.classes.item(0, 6).text() == "0/12"


def test_class_list_shows_seats_and_waitlist(qtbot, desk):
    klass = builders.full_class(desk, capacity=2)
    builders.enrol(desk, builders.adult(desk, given="Chờ", phone="0903 999 000"), klass.id)
    view = ClassListView(desk)
    qtbot.addWidget(view)
    assert view.ui.classes.item(0, 6).text() == "2/2"
    assert view.ui.classes.item(0, 7).text() == "1"
    assert view.panel.ui.table.rowCount() == 3
    assert view.panel.ui.table.item(2, 2).text() == "Danh sách chờ (số 1)"
    type_text(view.ui.searchBox, "khong co lop nay")
    assert view.ui.classes.rowCount() == 0


def test_course_code_already_used_is_shown_beside_the_code(qtbot, desk):
    builders.open_class(desk, code="X1")  # creates course "C-X1"
    view = ClassListView(desk)
    qtbot.addWidget(view)
    dialog = view.new_course()
    type_text(dialog.ui.code, "C-X1")
    type_text(dialog.ui.name, "Tiếng Pháp A2")
    dialog.accept()
    assert dialog.ui.codeError.text() == "Mã khóa học này đã được dùng."
    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
