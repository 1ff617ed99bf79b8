"""Messy spreadsheets as centres keep them, written by the tests themselves (openpyxl).

Every person here is invented. Known answers (E.164 phones, dates) are written out by
hand next to the rows, never computed by the code under test.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from pathlib import Path

import openpyxl

from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.desk import Desk

TODAY = date(2026, 6, 1)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# (spreadsheet row, cells B..H) under a merged title and a two-row merged header.
MESSY_ROWS: list[tuple[int, list[object]]] = [
    # A date cell, a phone that lost its 0, a CCCD typed as a number (lost its 0).
    (4, ["Nguyễn Thị Minh Anh", datetime(2001, 3, 8), "Nữ", 912345678,
         "minh.anh@example.vn", 79301008642, ""]),
    # Unaccented name, date as text, phone with spaces.
    (5, ["Tran Van Binh", "15/07/1995", "Nam", "0903 456 789", None, None, "lớp tối"]),
    # Date as an Excel day number, an old 11-digit mobile as text.
    (6, ["Lê Hoàng Cường", 35431, "nam", "01682345678", None, None, None]),
    # The same person as row 4, unaccented, phone written the international way.
    (7, ["Nguyen Thi Minh Anh", "08/03/2001", "nu", "+84 912 345 678", None, None, None]),
    # A date that does not exist.
    (8, ["Đỗ Quang Huy", "31/02/2000", "Nam", "0977 111 222", None, None, None]),
    # Not a phone number.
    (9, ["Võ Thị Lan", "12/05/1990", "Nữ", "12345", None, None, None]),
    # Row 10 is left blank. Decomposed (NFD) accents, ISO date, an old mobile as a number.
    (11, [nfd("Bùi Ngọc Hân"), "1992-10-20", "F", 1682223344, None, None, None]),
    # Already in the store (see add_existing_customer).
    (12, ["Hoang Van Duc", "02/02/1988", "Nam", "0987.654.321", None, None, None]),
]
MESSY_GOOD = {
    # row: (full name as stored, birth date, E.164, ID number, sex)
    4: ("Nguyễn Thị Minh Anh", date(2001, 3, 8), "+84912345678", "079301008642", "female"),
    5: ("Tran Van Binh", date(1995, 7, 15), "+84903456789", None, "male"),
    6: ("Lê Hoàng Cường", date(1997, 1, 1), "+84382345678", None, "male"),
    11: ("Bùi Ngọc Hân", date(1992, 10, 20), "+84382223344", None, "female"),
}
MESSY_REFUSED = {
    7: ["import.duplicate_in_file"],
    8: ["date.invalid"],
    9: ["phone.invalid"],
    12: ["import.duplicate_in_store"],
}


def write_messy_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "DANH SÁCH HỌC VIÊN – CƠ SỞ 1 (2024)"
    sheet.merge_cells("A1:H1")
    for column, header in zip("ABCDGH", ("STT", "Họ và tên", "Ngày sinh", "Giới tính",
                                         "Số CCCD", "Ghi chú"), strict=True):
        sheet[f"{column}2"] = header
        sheet.merge_cells(f"{column}2:{column}3")
    sheet["E2"] = "Liên hệ"
    sheet.merge_cells("E2:F2")
    sheet["E3"], sheet["F3"] = "Số ĐT", "Email"
    for n, (row, cells) in enumerate(MESSY_ROWS, start=1):
        sheet.cell(row, 1, n)
        for column, value in enumerate(cells, start=2):
            sheet.cell(row, column, value)
    book.save(path)
    return path


def add_existing_customer(desk: Desk) -> str:
    saved = records.create_customer(desk, CustomerInput(
        family_name="Hoàng", middle_name="Văn", given_name="Đức",
        birth_date=date(1988, 2, 2), phone="0987 654 321"), today=TODAY)
    return saved.customer.id


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path
