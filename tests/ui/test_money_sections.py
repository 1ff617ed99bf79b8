"""The classes section shows today's classes with rooms and prints a class list; the
enrolments section prints the day's cash summary (everyone's for a manager, one's own
for a receptionist)."""

from __future__ import annotations

import io
from datetime import timedelta

import pdfplumber
from PySide6.QtCore import Qt

from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.domain.staff import Role
from jpf_desk.services.courses import catalogue, payments
from jpf_desk.services.courses.catalogue import create_class, create_course
from jpf_desk.ui.classes.list_view import ClassListView
from jpf_desk.ui.consent.preview import PdfPreviewDialog
from jpf_desk.ui.enrolments.view import EnrolmentsView
from tests.helpers.staff import signed_in
from tests.helpers.typing import type_text
from tests.ui import builders

WEEKDAY_CODES = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def _pdf_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in doc.pages)


def _preview(qtbot, parent) -> PdfPreviewDialog:
    qtbot.waitUntil(lambda: bool(parent.findChildren(PdfPreviewDialog)), timeout=10_000)
    [preview] = parent.findChildren(PdfPreviewDialog)
    return preview


def test_todays_classes_with_rooms_and_the_class_list(qtbot, desk):
    today = today_vn()
    course = create_course(desk, "A2", "Tiếng Pháp A2", CourseKind.GENERAL, level="A2")
    tomorrow_code = WEEKDAY_CODES[(today.weekday() + 1) % 7]
    running = create_class(desk, course.id, "A2-HOM-NAY", start_date=today - timedelta(30),
                           end_date=today + timedelta(30), capacity=5, fee_vnd=1_000_000,
                           room="P.204", schedule=f"{WEEKDAY_CODES[today.weekday()]} 18:00")
    create_class(desk, course.id, "A2-MAI", start_date=today - timedelta(30),
                 end_date=today + timedelta(30), capacity=5, fee_vnd=1_000_000,
                 room="P.205", schedule=f"{tomorrow_code} 18:00")
    student = builders.adult(desk, family="Hồ", middle="Thị", given="Lan",
                             phone="0903 000 011")
    builders.enrol(desk, student, running.id)
    view = ClassListView(desk)
    qtbot.addWidget(view)
    assert view.today_title.text().endswith(": 1 lớp")
    assert view.today.rowCount() == 1
    assert [view.today.item(0, c).text() for c in (0, 2)] == ["P.204", "A2-HOM-NAY"]

    view.ui.openOnly.setChecked(False)
    view.select_class(running.id)
    qtbot.mouseClick(view.print_list, Qt.MouseButton.LeftButton)
    text = _pdf_text(_preview(qtbot, view).pdf)
    assert "DANH SÁCH LỚP A2-HOM-NAY – ĐIỂM DANH" in text
    assert "Hồ Thị Lan" in text and "P.204" in text


def test_cash_summary_button_prints_the_day(qtbot, desk):
    klass = builders.open_class(desk)
    enrolment = builders.enrol(desk, builders.adult(desk, phone="0903 123 000"), klass.id)
    receptionist = signed_in(desk, "Phùng Văn Khải", Role.RECEPTIONIST)
    payments.record_payment(receptionist, enrolment.id, 700_000, PaymentMethod.CASH)
    payments.record_payment(desk, enrolment.id, 300_000, PaymentMethod.CARD)

    mine = EnrolmentsView(receptionist)
    qtbot.addWidget(mine)
    qtbot.mouseClick(mine.cash_button, Qt.MouseButton.LeftButton)
    own = _pdf_text(_preview(qtbot, mine).pdf)
    assert "Nhân viên thu: Phùng Văn Khải" in own and "Lê Thu Trang" not in own.split(
        "Người lập bảng kê")[0]
    assert "Tổng cộng 700.000 ₫" in own

    everyone = EnrolmentsView(desk)
    qtbot.addWidget(everyone)
    qtbot.mouseClick(everyone.cash_button, Qt.MouseButton.LeftButton)
    text = _pdf_text(_preview(qtbot, everyone).pdf)
    assert "Nhân viên thu: Lê Thu Trang" in text and "Nhân viên thu: Phùng Văn Khải" in text
    assert "Tổng cộng 1.000.000 ₫" in text


def test_a_new_kids_course_is_for_children_up_to_fifteen(qtbot, desk):
    view = ClassListView(desk)
    qtbot.addWidget(view)
    dialog = view.new_course()
    type_text(dialog.ui.code, "KIDS-A")
    type_text(dialog.ui.name, "Tiếng Pháp thiếu nhi")
    assert (dialog.min_age.value(), dialog.max_age.value()) == (16, 0)  # general: adults
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("kids"))
    assert (dialog.min_age.value(), dialog.max_age.value()) == (0, 15)
    assert dialog.max_age.text() == "15" and dialog.min_age.text() == "không giới hạn"
    dialog.accept()
    [course] = catalogue.list_courses(desk)
    assert (course.kind, course.min_age, course.max_age) == ("kids", None, 15)
