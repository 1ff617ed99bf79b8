"""Header guessing in vi/fr/en and the undoing of spreadsheet cell mangling."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.import_cells import (
    cell_date,
    cell_id_number,
    cell_relationship,
    cell_sex,
    cell_text,
)
from jpf_desk.domain.import_columns import ImportField as F
from jpf_desk.domain.import_columns import guess_header, guess_mapping


@pytest.mark.parametrize("header,field", [
    ("Họ và tên", F.FULL_NAME), ("HO VA TEN", F.FULL_NAME), ("Nom complet", F.FULL_NAME),
    ("Full name", F.FULL_NAME), ("Họ", F.FAMILY_NAME), ("Tên", F.GIVEN_NAME),
    ("Prénom", F.GIVEN_NAME), ("Tên đệm", F.MIDDLE_NAME), ("Ngày sinh", F.BIRTH_DATE),
    ("Date de naissance", F.BIRTH_DATE), ("DOB", F.BIRTH_DATE), ("Giới tính", F.SEX),
    ("Số ĐT", F.PHONE), ("SĐT", F.PHONE), ("Điện thoại (di động)", F.PHONE),
    ("Téléphone", F.PHONE), ("E-mail", F.EMAIL), ("Số CCCD/CMND", F.ID_NUMBER),
    ("Passeport", F.ID_NUMBER), ("Địa chỉ", F.ADDRESS), ("Ghi chú", F.NOTES),
    ("SĐT phụ huynh", F.GUARDIAN_PHONE), ("Họ và tên phụ huynh", F.GUARDIAN_NAME),
    ("Phụ huynh", F.GUARDIAN_NAME), ("Téléphone du parent", F.GUARDIAN_PHONE),
    ("Guardian ID", F.GUARDIAN_ID), ("Quan hệ", F.GUARDIAN_RELATIONSHIP),
    # The optional enrolment columns (issue 17).
    ("Lớp", F.CLASS_CODE), ("Mã lớp", F.CLASS_CODE), ("Code de la classe", F.CLASS_CODE),
    ("Học phí đã đóng", F.FEE_PAID), ("Fee paid", F.FEE_PAID),
    ("Hình thức thanh toán", F.PAYMENT_METHOD), ("Mode de paiement", F.PAYMENT_METHOD),
])
def test_headers_in_three_languages(header, field):
    assert guess_header(header)[1] is field


@pytest.mark.parametrize("header", ["STT", "Đồng ý nhận tin", "Consentement marketing",
                                    "Consent", "Giáo viên", ""])
def test_unknown_and_consent_headers_are_never_guessed(header):
    assert guess_header(header) == (0, None)


def test_each_field_and_column_once_most_confident_first():
    headers = ["STT", "Họ tên", "Tên", "Điện thoại", "SĐT phụ huynh", "Điện thoại 2"]
    assert guess_mapping(headers) == {F.FULL_NAME: 1, F.GIVEN_NAME: 2, F.PHONE: 3,
                                      F.GUARDIAN_PHONE: 4}


@pytest.mark.parametrize("value,text", [
    (912345678, "912345678"), (912345678.0, "912345678"), ("912345678.0", "912345678"),
    (datetime(2001, 3, 8, 0, 0), "08/03/2001"), (None, ""), ("  Lê   Văn  ", "Lê Văn"),
])
def test_cell_text(value, text):
    assert cell_text(value) == text


@pytest.mark.parametrize("value,day", [
    (datetime(2001, 3, 8), date(2001, 3, 8)), (36526, date(2000, 1, 1)),
    (35431.0, date(1997, 1, 1)), ("36526", date(2000, 1, 1)), ("8/3/2001", date(2001, 3, 8)),
    ("08-03-2001", date(2001, 3, 8)), ("2001-03-08", date(2001, 3, 8)), ("", None),
])
def test_dates_as_text_or_numbers(value, day):
    assert cell_date(value) == day


@pytest.mark.parametrize("value", ["31/02/2000", "1998", "không rõ", -5, 3_000_000])
def test_bad_dates(value):
    with pytest.raises(ValidationError) as err:
        cell_date(value)
    assert (err.value.code, err.value.field) == ("date.invalid", "birth_date")


@pytest.mark.parametrize("value,number", [
    (79301008642, "079301008642"), (1085012345, "001085012345"), ("079301008642", "079301008642"),
    (12345678, "012345678"), ("C1234567", "C1234567"),
])
def test_id_numbers_get_their_zeros_back(value, number):
    assert cell_id_number(value) == number


@pytest.mark.parametrize("value,code", [("Nữ", "female"), ("NU", "female"), ("F", "female"),
                                        ("Nam", "male"), ("homme", "male"), ("", "")])
def test_sex_words(value, code):
    assert cell_sex(value) == code


def test_unknown_sex_and_relationship_are_refused():
    with pytest.raises(ValidationError):
        cell_sex("không rõ")
    with pytest.raises(ValidationError):
        cell_relationship("Bà")  # grandmother or father, depending on the region
    assert cell_relationship("Mẹ") == "mother" and cell_relationship("Père") == "father"
