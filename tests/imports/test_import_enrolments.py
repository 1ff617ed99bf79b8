"""The optional enrolment columns of the customer import (issue 17): class code, fee paid,
payment method, in a messy spreadsheet made here; checked like the rest of the row."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from jpf_desk.domain.customer_fields import CustomerField
from jpf_desk.domain.import_columns import ImportField
from jpf_desk.domain.import_modes import ImportMode
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import LANGUAGES
from jpf_desk.services.courses.catalogue import CourseKind, create_class, create_course
from jpf_desk.services.imports.customers import import_customers, preview_file
from jpf_desk.services.imports.files import save_refused_rows
from jpf_desk.store.models import Customer, Enrolment, Payment
from tests.imports.messy import TODAY

HEADERS = ("STT", "Họ và tên", "Ngày sinh", "Số ĐT", "Mã lớp", "Học phí đã đóng", "Hình thức")
ROWS: list[tuple[int, list[object]]] = [
    (4, ["Phạm Thu Trang", "03/04/1999", "0912 000 111", "A1-K1", "1.500.000", "Chuyển khoản"]),
    (5, ["Ngô Văn Tài", "12/12/2000", "0912 000 222", " a1-k1 ", None, None]),
    (6, ["Đặng Mỹ Linh", "01/01/2001", "0912 000 333", "A1-K1", 4000000, "tiền mặt"]),
    (7, ["Lý Quốc Bảo", "05/05/1995", "0912 000 444", "B9-XX", None, None]),
    (8, ["Trịnh Thị Hoa", "06/06/1996", "0912 000 555", "CU-K0", None, None]),
    (9, ["Hồ Văn Nam", "07/07/1997", "0912 000 666", "A1-K1", "9.000.000", "CK"]),
    (10, ["Mai Thị Cúc", "08/08/1998", "0912 000 777", "A1-K1", "một triệu", "CK"]),
    (11, ["Tạ Minh Đức", "09/09/1999", "0912 000 888", None, "500.000", "Tiền mặt"]),
    (12, ["Lâm Thị Yến", "10/10/1990", "0912 000 999", None, None, None]),
    (13, ["Cao Văn Sơn", "11/11/1991", "0913 000 111", "A1-K1", "200.000", None]),
]
REFUSED_EN = {
    7: "There is no class with code B9-XX.",
    8: "Class CU-K0 has ended.",
    9: "The amount paid is more than the class fee (4.000.000 ₫).",
    10: "Amount paid not understood (e.g. 1.500.000 or 1500000).",
    11: "A payment without a class code.",
    13: "An amount paid without a payment method.",
}


def _classes(desk) -> None:
    course = create_course(desk, "A1", "Tiếng Pháp A1", CourseKind.GENERAL, level="A1")
    start = TODAY + timedelta(days=7)
    create_class(desk, course.id, "A1-K1", start_date=start, end_date=start + timedelta(days=90),
                 capacity=2, fee_vnd=4_000_000)
    create_class(desk, course.id, "CU-K0", start_date=TODAY - timedelta(days=120),
                 end_date=TODAY - timedelta(days=30), capacity=10, fee_vnd=3_000_000)


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "HỌC VIÊN VÀ LỚP – CƠ SỞ 1"
    sheet.merge_cells("A1:G1")
    for column, header in enumerate(HEADERS, start=1):  # row 3 left blank
        sheet.cell(2, column, header)
    for n, (row, cells) in enumerate(ROWS, start=1):
        sheet.cell(row, 1, n)
        for column, value in enumerate(cells, start=2):
            sheet.cell(row, column, value)
    path = tmp_path / "hoc-vien-va-lop.xlsx"
    book.save(path)
    return path


def _enrolments(desk) -> list[tuple[str, str, int | None, int]]:
    with desk.tx() as s:
        rows = s.execute(select(Customer.full_name, Enrolment.status, Enrolment.waitlist_position,
                                Enrolment.fee_vnd)
                         .join(Customer, Customer.id == Enrolment.customer_id)
                         .order_by(Enrolment.created_at, Customer.full_name))
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_enrolment_columns_are_guessed_from_their_headers(messy):
    mapping = preview_file(messy).mapping
    assert (mapping[ImportField.CLASS_CODE], mapping[ImportField.FEE_PAID],
            mapping[ImportField.PAYMENT_METHOD]) == (4, 5, 6)


def test_bad_enrolment_cells_refuse_their_row_and_all_or_nothing_writes_nothing(desk, messy):
    _classes(desk)
    report = import_customers(desk, messy, apply=True, today=TODAY)
    assert not report.applied
    assert {r.row_number for r in report.refused} == set(REFUSED_EN)
    with desk.tx() as s:
        assert s.scalars(select(Customer)).all() == []
        assert s.scalars(select(Enrolment)).all() == []


def test_good_rows_are_enrolled_seat_then_waitlist_with_what_they_paid(desk, messy):
    _classes(desk)
    report = import_customers(desk, messy, apply=True, mode=ImportMode.GOOD_ROWS, today=TODAY)
    assert report.applied and len(report.customer_ids) == 4
    assert len(report.enrolment_ids) == 3
    enrolled = sorted(_enrolments(desk))
    assert enrolled == [
        ("Ngô Văn Tài", "pending", None, 4_000_000),
        ("Phạm Thu Trang", "pending", None, 4_000_000),
        ("Đặng Mỹ Linh", "waitlisted", 1, 4_000_000),  # capacity 2, third in the file
    ]
    with desk.tx() as s:
        paid = sorted((p.amount_vnd, p.method, p.instalment_no, p.paid_on)
                      for p in s.scalars(select(Payment)))
        names = {c.full_name for c in s.scalars(select(Customer))}
    assert paid == [(1_500_000, "transfer", 1, TODAY), (4_000_000, "cash", 1, TODAY)]
    assert "Lâm Thị Yến" in names  # no class: a customer, no enrolment


def test_the_refused_rows_report_says_why_in_words(desk, messy, tmp_path):
    _classes(desk)
    report = import_customers(desk, messy, today=TODAY)
    out = tmp_path / "refused.xlsx"
    save_refused_rows(report, out, "en")
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert {r[0]: r[-1] for r in rows[1:]} == REFUSED_EN


def test_a_file_without_enrolment_columns_imports_customers_only(desk, tmp_path):
    path = tmp_path / "khach.csv"
    path.write_text("Họ tên,Ngày sinh,SĐT\nPhan Văn Mới,02/03/1990,0912 345 000\n",
                    encoding="utf-8")
    report = import_customers(desk, path, apply=True, today=date(2026, 6, 1))
    assert report.applied and report.enrolment_ids == ()


@pytest.mark.parametrize("field", ["full_name", "family_name", "middle_name", "given_name",
                                   "birth_date", "sex", "id_expiry", "notes"])
def test_record_columns_take_the_records_words(field):
    for lang in LANGUAGES:
        assert label(ImportField(field), lang) == label(CustomerField(field), lang)
