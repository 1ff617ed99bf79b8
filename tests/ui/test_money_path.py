"""Enrolment to payment to receipt through the window, and the payment dialog's Enter."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pdfplumber
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.dates import today_vn
from jpf_desk.services.courses.catalogue import create_class, create_course
from jpf_desk.store.models import CourseClass
from jpf_desk.ui.consent.preview import PdfPreviewDialog
from jpf_desk.ui.enrolments.enrol_dialog import EnrolDialog
from jpf_desk.ui.enrolments.payments_dialog import PaymentsDialog
from tests.ui import builders
from tests.ui.test_enrolments import enrol_view_for, payments_of_one_seat


def test_enter_after_a_successful_payment_says_nothing_is_wrong(qtbot, desk):
    """Enter in the amount used to record the payment, then press the default button
    on the cleared box: "Số tiền không hợp lệ" under a payment that went through."""
    _view, payments = payments_of_one_seat(qtbot, desk, fee_vnd=4_500_000)
    payments.show()
    qtbot.waitExposed(payments)
    payments.ui.amount.setFocus()
    qtbot.keyClicks(payments.ui.amount, "1.500.000")
    qtbot.keyClick(payments.ui.amount, Qt.Key.Key_Return)
    assert payments.ui.instalments.rowCount() == 1
    assert payments.ui.amountError.text() == ""
    assert not payments.ui.amountError.isVisibleTo(payments)
    assert payments.isVisible()  # Enter records; it does not close the dialog


def _pdf_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in doc.pages)


def test_enrolment_offers_fitting_classes_then_payment_then_receipt(qtbot, desk):
    fitting = builders.open_class(desk, code="A1-FIT")
    full = builders.full_class(desk, capacity=1)  # "A1-2026-12", every seat taken
    kids = create_course(desk, "KIDS-1", "Tiếng Pháp thiếu nhi", CourseKind.KIDS, max_age=15)
    start = today_vn() + timedelta(days=3)
    create_class(desk, kids.id, "KIDS-FIT", start_date=start, end_date=start + timedelta(60),
                 capacity=8, fee_vnd=3_000_000)
    started = builders.open_class(desk, code="A1-OLD")
    with desk.tx() as s:  # a class that began last week
        s.get(CourseClass, started.id).start_date = today_vn() - timedelta(days=7)
    customer = builders.adult(desk, family="Đinh", middle="Thị", given="Yến",
                              phone="0977 123 456", birth=date(1990, 2, 3))
    builders.ready_to_enrol(desk, customer)
    view = enrol_view_for(qtbot, desk, "dinh thi yen")

    dialog = view.panel.enrol()
    assert isinstance(dialog, EnrolDialog)
    offered = [dialog.ui.klass.itemData(i) for i in range(dialog.ui.klass.count())]
    assert offered == [fitting.id]
    assert full.id not in offered
    assert "1 lớp khác không hợp nên không hiện." in dialog.fit_note.text()
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert view.panel.ui.notice.text() == (
        "Đã ghi danh Đinh Thị Yến vào lớp A1-FIT (chờ xác nhận). Học phí 4.500.000 ₫.")

    payments = view.panel.payments_dialog
    assert isinstance(payments, PaymentsDialog) and payments.isVisible()
    qtbot.waitExposed(payments)
    payments.ui.amount.setFocus()
    qtbot.keyClicks(payments.ui.amount, "2.500.000")
    qtbot.keyClick(payments.ui.amount, Qt.Key.Key_Return)
    assert payments.ui.amountError.text() == ""
    qtbot.waitUntil(lambda: payments.preview is not None, timeout=10_000)
    original = payments.preview
    assert isinstance(original, PdfPreviewDialog) and original.isVisible()
    number = payments.ui.instalments.item(0, 5).text()
    assert original.windowTitle() == f"Biên lai thu tiền {number}"
    text = _pdf_text(original.pdf)
    assert f"Số: {number}" in text
    assert "Hai triệu năm trăm nghìn đồng" in text and "BẢN SAO" not in text
    original.close()

    payments.ui.instalments.selectRow(0)
    qtbot.mouseClick(payments.printReceipt, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: payments.preview is not original, timeout=10_000)
    copy = payments.preview
    assert isinstance(copy, PdfPreviewDialog)
    assert copy.windowTitle() == f"Biên lai thu tiền {number} – BẢN SAO"
    assert "BẢN SAO – in lần 2" in _pdf_text(copy.pdf)
    copy.close()
