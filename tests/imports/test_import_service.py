"""The import service on messy files made here: every row normalised as at intake,
duplicates found in the store and in the file, never a half-import."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.import_columns import ImportField
from jpf_desk.domain.import_modes import ImportMode
from jpf_desk.services.customers.records import get_customer
from jpf_desk.services.imports.customers import import_customers, preview_file
from jpf_desk.services.imports.files import save_refused_rows
from jpf_desk.store.models import ConsentEvent, ConsentReceipt, Customer, OutboxEntry
from tests.imports.messy import (
    MESSY_GOOD,
    MESSY_REFUSED,
    TODAY,
    add_existing_customer,
    write_messy_xlsx,
    write_xlsx,
)


def count(desk, model) -> int:
    with desk.tx() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return write_messy_xlsx(tmp_path / "hoc-vien.xlsx")


def test_preview_finds_the_header_under_merged_cells(messy):
    preview = preview_file(messy)
    assert preview.headers == ("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số ĐT",
                               "Email", "Số CCCD", "Ghi chú")
    assert preview.mapping == {
        ImportField.FULL_NAME: 1, ImportField.BIRTH_DATE: 2, ImportField.SEX: 3,
        ImportField.PHONE: 4, ImportField.EMAIL: 5, ImportField.ID_NUMBER: 6,
        ImportField.NOTES: 7,
    }
    assert preview.total_rows == 8  # the blank row 10 is not a row
    assert preview.sample[0][:5] == ("1", "Nguyễn Thị Minh Anh", "08/03/2001", "Nữ",
                                     "912345678")


def test_dry_run_checks_every_row_and_writes_nothing(desk, messy):
    add_existing_customer(desk)
    before = (count(desk, Customer), count(desk, OutboxEntry))
    report = import_customers(desk, messy, today=TODAY)
    assert not report.applied and report.customer_ids == ()
    assert report.total_rows == 8 and report.good_rows == 4
    assert {r.row_number: [e.code for e in r.errors] for r in report.refused} == MESSY_REFUSED
    assert [r.errors[0].params for r in report.refused if r.row_number == 7] == [{"row": 4}]
    assert report.converted_phones == 2  # rows 6 and 11
    assert (count(desk, Customer), count(desk, OutboxEntry)) == before


def test_all_or_nothing_refuses_the_whole_file(desk, messy):
    add_existing_customer(desk)
    report = import_customers(desk, messy, apply=True, today=TODAY)
    assert not report.applied and report.customer_ids == ()
    assert count(desk, Customer) == 1


def test_take_the_good_rows_writes_them_normalised_as_at_intake(desk, messy):
    add_existing_customer(desk)
    outbox_before = count(desk, OutboxEntry)
    report = import_customers(desk, messy, apply=True, mode=ImportMode.GOOD_ROWS, today=TODAY)
    assert report.applied and len(report.customer_ids) == 4
    assert count(desk, Customer) == 5
    assert count(desk, OutboxEntry) == outbox_before + 4  # head office hears of each
    stored = {}
    for customer_id in report.customer_ids:
        c = get_customer(desk, customer_id, today=TODAY)
        stored[c.full_name] = (c.full_name, c.birth_date, c.phone_e164, c.id_number, c.sex)
    assert sorted(stored.values(), key=str) == sorted(MESSY_GOOD.values(), key=str)
    anh = next(c for c in map(lambda i: get_customer(desk, i, today=TODAY), report.customer_ids)
               if c.given_name == "Anh")
    assert (anh.family_name, anh.middle_name, anh.email) == ("Nguyễn", "Thị Minh",
                                                             "minh.anh@example.vn")


def test_imported_customers_have_no_consent_and_no_purpose(desk, messy):
    from jpf_desk.services.consent.to_collect import consent_to_collect, count_consent_to_collect

    existing = add_existing_customer(desk)
    report = import_customers(desk, messy, apply=True, mode=ImportMode.GOOD_ROWS, today=TODAY)
    assert count(desk, ConsentEvent) == 0 and count(desk, ConsentReceipt) == 0
    listed = [r.full_name for r in consent_to_collect(desk, today=TODAY)]
    # In list order: by given name (Anh, Bình, Cường, Đức, Hân).
    assert listed == ["Nguyễn Thị Minh Anh", "Tran Van Binh", "Lê Hoàng Cường",
                      "Hoàng Văn Đức", "Bùi Ngọc Hân"]
    assert count_consent_to_collect(desk) == 5
    assert existing not in report.customer_ids


def test_imported_customers_are_in_no_purpose_list(desk, messy):
    from jpf_desk.services.customers.audiences import analytics_rows, marketing_list

    report = import_customers(desk, messy, apply=True, mode=ImportMode.GOOD_ROWS, today=TODAY)
    assert len(report.customer_ids) == 5  # no existing customer here: row 12 is new
    assert marketing_list(desk, today=TODAY) == []
    assert analytics_rows(desk, today=TODAY) == []


def test_a_customer_leaves_the_list_once_consent_is_recorded(desk, messy):
    from jpf_desk.services.consent.to_collect import consent_to_collect
    from tests.helpers.consent import give_service_consent

    report = import_customers(desk, messy, apply=True, mode=ImportMode.GOOD_ROWS, today=TODAY)
    first = report.customer_ids[0]
    give_service_consent(desk, first)
    assert first not in {r.id for r in consent_to_collect(desk)}
    assert len(consent_to_collect(desk)) == len(report.customer_ids) - 1


class Stop(Exception):
    pass


def _stop_on(call: int):
    calls = [0]

    def check() -> None:
        calls[0] += 1
        if calls[0] == call:
            raise Stop()
    return check


@pytest.mark.parametrize("call", [2, 7])  # while checking; after the rows were inserted
def test_cancel_leaves_the_store_as_it_was(desk, tmp_path, call):
    rows = [["Họ tên", "Ngày sinh", "Điện thoại"]]
    rows += [["Khúc Thị Mai", "01/01/1990", f"0903{n:06d}"] for n in range(1000)]
    path = write_xlsx(tmp_path / "many.xlsx", rows)
    before = (count(desk, Customer), count(desk, OutboxEntry))
    with pytest.raises(Stop):
        import_customers(desk, path, apply=True, mode=ImportMode.GOOD_ROWS, today=TODAY,
                         check=_stop_on(call))
    assert (count(desk, Customer), count(desk, OutboxEntry)) == before


def test_refused_rows_report_keeps_the_rows_and_says_why(desk, messy, tmp_path):
    add_existing_customer(desk)
    report = import_customers(desk, messy, today=TODAY)
    out = tmp_path / "refused.xlsx"
    save_refused_rows(report, out, "en")
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Row", "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số ĐT", "Email",
                       "Số CCCD", "Ghi chú", "Why it was refused")
    assert [r[0] for r in rows[1:]] == [7, 8, 9, 12]
    assert rows[1][2] == "Nguyen Thi Minh Anh"
    assert rows[1][-1] == "Likely the same person as row 4 of the file."
    assert rows[2][-1] == "Invalid date. Please enter it as dd/mm/yyyy."


def test_a_formula_in_a_refused_row_stays_text(desk, tmp_path):
    path = tmp_path / "f.csv"
    path.write_text('Họ tên,SĐT\n"=HYPERLINK(""http://x"")",1\n', encoding="utf-8")
    report = import_customers(desk, path, today=TODAY)
    out = tmp_path / "refused.xlsx"
    save_refused_rows(report, out)
    cell = openpyxl.load_workbook(out).active["B2"]
    assert cell.data_type != "f" and cell.value == '=HYPERLINK("http://x")'


def test_csv_in_french_with_exported_numbers(desk, tmp_path):
    path = tmp_path / "eleves.csv"
    path.write_text(
        "Nom;Prénom;Date de naissance;Téléphone;Courriel\n"
        "Đặng;Thanh Tâm;36526;912345678.0;\n"          # Excel day number, phone as float
        "Dang;Thanh Tam;01/01/2000;0912 345 678;\n"   # the same person, unaccented
        "Lý;Gia Bảo;3/4/1999;;gia.bao@example.vn\n",
        encoding="utf-8-sig")
    report = import_customers(desk, path, apply=True, mode=ImportMode.GOOD_ROWS, today=TODAY)
    assert [(r.row_number, [e.code for e in r.errors]) for r in report.refused] == [
        (3, ["import.duplicate_in_file"])]
    got = sorted((c.full_name, c.birth_date.isoformat(), c.phone_e164, c.email) for c in (
        get_customer(desk, i, today=TODAY) for i in report.customer_ids))
    assert got == [("Lý Gia Bảo", "1999-04-03", None, "gia.bao@example.vn"),
                   ("Đặng Thanh Tâm", "2000-01-01", "+84912345678", None)]


def test_minors_need_their_guardian_columns(desk, tmp_path):
    path = write_xlsx(tmp_path / "kids.xlsx", [
        ["Họ tên học viên", "Ngày sinh", "Họ tên phụ huynh", "Quan hệ", "SĐT phụ huynh",
         "CCCD phụ huynh"],
        ["Trịnh Bảo Ngọc", "05/09/2016", "Trịnh Văn Sơn", "Bố", 915222333, 1085012345],
        ["Kim Hải Yến", "11/11/2017", None, None, None, None],
    ])
    report = import_customers(desk, path, apply=True, mode=ImportMode.GOOD_ROWS, today=TODAY)
    assert [(r.row_number, [e.code for e in r.errors]) for r in report.refused] == [
        (3, ["intake.guardian_required"])]
    child = get_customer(desk, report.customer_ids[0], today=TODAY)
    g = child.guardians[0]
    assert (g.full_name, g.relationship, g.phone_e164, g.id_number) == (
        "Trịnh Văn Sơn", "father", "+84915222333", "001085012345")


def test_a_file_without_a_name_column_is_refused(desk, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", [["Điện thoại", "Email"], ["0912345678", ""]])
    with pytest.raises(ValidationError) as err:
        import_customers(desk, path, today=TODAY)
    assert err.value.code == "import.no_name_column"


@pytest.mark.parametrize("name,body", [("x.txt", b"a,b"), ("x.xlsx", b"not a zip")])
def test_unreadable_files_are_said_in_words(desk, tmp_path, name, body):
    path = tmp_path / name
    path.write_bytes(body)
    with pytest.raises(ValidationError) as err:
        import_customers(desk, path, today=TODAY)
    assert err.value.code in {"import.file_kind", "import.file_unreadable"}
    assert err.value.code == ("import.file_kind" if name.endswith(".txt")
                              else "import.file_unreadable")


def test_a_passport_needs_its_expiry_column(desk, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [
        ["Họ và tên", "Ngày sinh", "Điện thoại", "Số hộ chiếu", "Ngày hết hạn hộ chiếu"],
        ["Quách Thu Trang", "14/02/1999", "0912 444 555", "C7730146", "20/01/2031"],
        ["Lục Minh Triết", "09/09/1998", "0912 444 666", "C7730147", None],
    ])
    report = import_customers(desk, path, apply=True, mode=ImportMode.GOOD_ROWS, today=TODAY)
    assert [(r.row_number, [e.code for e in r.errors]) for r in report.refused] == [
        (3, ["id.passport_expiry_required"])]
    saved = get_customer(desk, report.customer_ids[0], today=TODAY)
    assert (saved.id_kind, saved.id_number, saved.id_expiry.isoformat()) == (
        "passport", "C7730146", "2031-01-20")


def windows_vietnamese(text: str) -> bytes:
    """Text as Windows-1258 writes it: precomposed â ê ô ă ơ ư, tones as combining marks."""
    import re
    import unicodedata

    out = unicodedata.normalize("NFD", text)
    out = re.sub("([A-Za-z])(\u0323?)([\u0302\u0306\u031b])",
                 lambda m: unicodedata.normalize("NFC", m[1] + m[3]) + m[2], out)
    return out.encode("cp1258")


def test_csv_in_windows_vietnamese(desk, tmp_path):
    path = tmp_path / "cu.csv"
    path.write_bytes(windows_vietnamese(
        "Họ và tên;Ngày sinh;Điện thoại\nNguyễn Thị Hằng;03/08/2001;0912 345 678\n"))
    report = import_customers(desk, path, apply=True, today=TODAY)
    saved = get_customer(desk, report.customer_ids[0], today=TODAY)
    assert (saved.family_name, saved.middle_name, saved.given_name) == ("Nguyễn", "Thị", "Hằng")
