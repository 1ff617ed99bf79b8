"""Payment receipt, cash summary and attendance sheet PDFs, read back with pdfplumber
and rendered with pdfium (the Vietnamese text extracts as stored, in NFC)."""

from __future__ import annotations

import io
import unicodedata

import pdfplumber
import pypdfium2
import pytest

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.errors import NotAllowed
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.domain.staff import Role
from jpf_desk.services.courses import cash, class_lists, payments, receipts
from tests.helpers.staff import signed_in
from tests.money.builders import enrolled


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def _renders(pdf: bytes) -> None:
    document = pypdfium2.PdfDocument(pdf)
    image = document[0].render(scale=1).to_pil()
    assert image.getbbox() is not None  # something was drawn


def test_payment_receipt_reads_back_and_a_reprint_says_copy(desk):
    e = enrolled(desk, fee=15_000_000)
    payments.record_payment(desk, e.enrolment_id, 2_654_322, PaymentMethod.CASH)
    paid, _ = payments.record_payment(desk, e.enrolment_id, 12_345_678,
                                      PaymentMethod.TRANSFER, reference="FT2611")
    first = _text(receipts.receipt_pdf(desk, paid.id))
    assert unicodedata.is_normalized("NFC", first)
    assert "BIÊN LAI THU TIỀN" in first
    assert f"Số: {paid.receipt_number}" in first
    assert paid.receipt_number is not None and paid.receipt_number.endswith("-000002")
    assert "12.345.678 ₫" in first
    flat = " ".join(first.split())  # the words may wrap onto a second line
    assert ("Mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám đồng"
            in flat)
    assert "Nguyễn Thị Ánh" in first
    assert "Học phí lớp B1-G-2612 – Tiếng Pháp B1, lần 2" in flat
    assert "Chuyển khoản (FT2611)" in first
    assert "Còn phải nộp 0 ₫" in first and "Đã nộp trước 2.654.322 ₫" in first
    assert "Lê Thu Trang" in first  # who took the money
    assert "BẢN SAO" not in first
    second = receipts.receipt_pdf(desk, paid.id)
    again = _text(second)
    assert "BẢN SAO – in lần 2" in again
    assert again.count("BẢN SAO") == 2  # the banner and every page's foot
    assert f"Số: {paid.receipt_number}" in again
    _renders(second)


def test_cash_summary_per_staff_member_with_totals(desk):
    receptionist = signed_in(desk, "Phùng Văn Khải", Role.RECEPTIONIST)
    a = enrolled(desk, code="A", given="Ánh")
    b = enrolled(desk, code="B", given="Bình", phone="0912 000 222")
    payments.record_payment(receptionist, a.enrolment_id, 1_000_000, PaymentMethod.CASH)
    payments.record_payment(receptionist, b.enrolment_id, 2_000_000, PaymentMethod.CARD)
    payments.record_payment(desk, b.enrolment_id, 500_000, PaymentMethod.CASH)
    day = today_vn()
    summary = cash.cash_summary(desk, day)
    assert [(s.staff_name, s.total(), s.total("cash"), s.total("card"))
            for s in summary.staff] == [("Lê Thu Trang", 500_000, 500_000, 0),
                                        ("Phùng Văn Khải", 3_000_000, 1_000_000, 2_000_000)]
    assert (summary.total(), summary.total("cash"), summary.total("transfer")) == (
        3_500_000, 1_500_000, 0)
    own = cash.cash_summary(receptionist, day, staff_id=receptionist.actor.staff_id)
    assert [s.staff_name for s in own.staff] == ["Phùng Văn Khải"]
    text = _text(cash.cash_summary_pdf(desk, day))
    assert "BẢNG KÊ THU TIỀN NGÀY" in text
    assert "Nhân viên thu: Phùng Văn Khải" in text
    assert "Tổng cộng 3.500.000 ₫" in text
    assert "Tiền mặt 1.500.000 ₫" in text


def test_cash_summary_of_others_is_for_managers(desk):
    receptionist = signed_in(desk, "Phùng Văn Khải", Role.RECEPTIONIST)
    with pytest.raises(NotAllowed):
        cash.cash_summary(receptionist, today_vn())
    with pytest.raises(NotAllowed):
        cash.cash_summary(receptionist, today_vn(), staff_id=desk.actor.staff_id)


def test_attendance_sheet_lists_seat_holders_and_session_dates(desk):
    e = enrolled(desk, schedule="T3-T5 18:00", room="P.201")
    pdf = class_lists.attendance_sheet_pdf(desk, e.class_id)
    text = _text(pdf)
    assert "DANH SÁCH LỚP B1-G-2612 – ĐIỂM DANH" in text
    assert "Nguyễn Thị Ánh" in text and "04/03/1999" in text
    assert "P.201" in text and "Claire Martin" in text
    assert "01/12 03/12 08/12" in text  # Tue 1, Thu 3, Tue 8 December 2026
    _renders(pdf)
