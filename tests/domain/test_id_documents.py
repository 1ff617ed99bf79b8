from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jpf_desk.domain.errors import DomainWarning, ValidationError
from jpf_desk.domain.id_documents import (
    CCCD_PROVINCE_CODES,
    IdDocument,
    IdKind,
    check_id,
    mask_id,
)
from jpf_desk.domain.people import Sex

TODAY = date(2026, 1, 15)


def codes(warnings: list[DomainWarning]) -> list[str]:
    return [w.code for w in warnings]


def test_province_code_table() -> None:
    assert len(CCCD_PROVINCE_CODES) == 63
    assert CCCD_PROVINCE_CODES["001"] == "Hà Nội"
    assert CCCD_PROVINCE_CODES["079"] == "Hồ Chí Minh"
    assert CCCD_PROVINCE_CODES["096"] == "Cà Mau"
    assert all(len(c) == 3 and c.isdigit() for c in CCCD_PROVINCE_CODES)


def test_cccd_valid_matching() -> None:
    doc, warnings = check_id(
        IdKind.CCCD, "079 303 012 345", birth_date=date(2003, 4, 2), sex=Sex.FEMALE, today=TODAY
    )
    assert doc == IdDocument(IdKind.CCCD, "079303012345", None)
    assert warnings == []


@pytest.mark.parametrize(
    ("number", "birth", "sex"),
    [
        ("001090000001", date(1990, 1, 1), Sex.MALE),
        ("001190000001", date(1990, 1, 1), Sex.FEMALE),
        ("001205000001", date(2005, 1, 1), Sex.MALE),
        ("001315000001", date(2015, 1, 1), Sex.FEMALE),
    ],
)
def test_cccd_century_and_sex(number: str, birth: date, sex: Sex) -> None:
    _, warnings = check_id(IdKind.CCCD, number, birth_date=birth, sex=sex, today=TODAY)
    assert warnings == []


def test_cccd_mismatches_are_warnings() -> None:
    _, warnings = check_id(
        IdKind.CCCD, "079303012345", birth_date=date(2004, 4, 2), sex=Sex.MALE, today=TODAY
    )
    assert codes(warnings) == ["id.cccd_birth_mismatch", "id.cccd_sex_mismatch"]
    assert all(w.field == "id_number" for w in warnings)
    # Right two-digit year but wrong century.
    _, warnings = check_id(IdKind.CCCD, "079003012345", birth_date=date(2003, 4, 2), today=TODAY)
    assert codes(warnings) == ["id.cccd_birth_mismatch"]


def test_cccd_without_birth_or_sex_has_no_warning() -> None:
    assert check_id(IdKind.CCCD, "079303012345", today=TODAY)[1] == []


@pytest.mark.parametrize(
    "number", ["07930301234", "0793030123456", "07930301234A", "079 303 012 34x"]
)
def test_cccd_format(number: str) -> None:
    with pytest.raises(ValidationError) as exc:
        check_id(IdKind.CCCD, number, today=TODAY)
    assert (exc.value.code, exc.value.field) == ("id.cccd_format", "id_number")


@pytest.mark.parametrize("number", ["000303012345", "003303012345", "097303012345", "999303012345"])
def test_cccd_unknown_province(number: str) -> None:
    with pytest.raises(ValidationError) as exc:
        check_id(IdKind.CCCD, number, today=TODAY)
    assert exc.value.code == "id.cccd_province"


def test_empty_number() -> None:
    with pytest.raises(ValidationError) as exc:
        check_id(IdKind.CMND, "  ", today=TODAY)
    assert (exc.value.code, exc.value.field) == ("id.number_required", "id_number")


@pytest.mark.parametrize("number", ["123456789", "123 456 789 012"])
def test_cmnd_ok(number: str) -> None:
    doc, warnings = check_id(IdKind.CMND, number, today=TODAY)
    assert doc.number == number.replace(" ", "")
    assert warnings == []


@pytest.mark.parametrize("number", ["12345678", "1234567890", "12345678901", "12345678A"])
def test_cmnd_format(number: str) -> None:
    with pytest.raises(ValidationError) as exc:
        check_id(IdKind.CMND, number, today=TODAY)
    assert exc.value.code == "id.cmnd_format"


def test_passport_ok_and_upper_cased() -> None:
    doc, warnings = check_id(IdKind.PASSPORT, " c1234567 ", expiry=date(2030, 1, 1), today=TODAY)
    assert doc == IdDocument(IdKind.PASSPORT, "C1234567", date(2030, 1, 1))
    assert warnings == []
    as_text: Any = "passport"
    assert (
        check_id(as_text, "C1234567", expiry=date(2030, 1, 1), today=TODAY)[0].kind
        is IdKind.PASSPORT
    )


@pytest.mark.parametrize("number", ["C123456", "C12345678", "12345678", "CC123456", "Ç1234567"])
def test_passport_format(number: str) -> None:
    with pytest.raises(ValidationError) as exc:
        check_id(IdKind.PASSPORT, number, expiry=date(2030, 1, 1), today=TODAY)
    assert exc.value.code == "id.passport_format"


def test_passport_expiry_required() -> None:
    with pytest.raises(ValidationError) as exc:
        check_id(IdKind.PASSPORT, "C1234567", today=TODAY)
    assert (exc.value.code, exc.value.field) == ("id.passport_expiry_required", "id_expiry")


def test_passport_expired_and_expiring() -> None:
    _, w = check_id(IdKind.PASSPORT, "C1234567", expiry=date(2026, 1, 14), today=TODAY)
    assert codes(w) == ["id.passport_expired"]
    assert w[0].field == "id_expiry"
    _, w = check_id(IdKind.PASSPORT, "C1234567", expiry=TODAY, today=TODAY)
    assert codes(w) == ["id.passport_expires_soon"]
    assert w[0].params["months"] == 6
    _, w = check_id(IdKind.PASSPORT, "C1234567", expiry=date(2026, 7, 15), today=TODAY)
    assert codes(w) == []


def test_other_documents_expired() -> None:
    _, w = check_id(IdKind.CCCD, "079303012345", expiry=date(2025, 1, 1), today=TODAY)
    assert codes(w) == ["id.expired"]


def test_today_defaults_to_vietnam_today() -> None:
    _, w = check_id(IdKind.PASSPORT, "C1234567", expiry=date(2000, 1, 1))
    assert codes(w) == ["id.passport_expired"]


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("079303012345", "•••••••• 2345"),
        ("C1234567", "•••••••• 4567"),
        ("123456789", "•••••••• 6789"),
        ("1234567", "•••••••• 67"),
        ("1234", "•••••••• 34"),
        ("123", "••••••••"),
        ("12", "••••••••"),
        ("", ""),
        ("0793 0301 2345", "•••••••• 2345"),
    ],
)
def test_mask_id(number: str, masked: str) -> None:
    assert mask_id(number) == masked


@settings(max_examples=200)
@given(st.text(alphabet="0123456789ABC ", max_size=30))
def test_mask_never_reveals_more_than_four(number: str) -> None:
    masked = mask_id(number)
    shown = masked.replace("•", "").strip()
    assert len(shown) <= 4
    assert sum(ch.isdigit() for ch in masked) <= 4
    cleaned = number.replace(" ", "")
    # At least half of a short number stays hidden.
    assert len(shown) <= len(cleaned) // 2 or len(cleaned) >= 8
    assert cleaned.endswith(shown)


@settings(max_examples=150)
@given(
    st.sampled_from(sorted(CCCD_PROVINCE_CODES)),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(list(Sex)),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
)
def test_cccd_built_from_birth_and_sex_never_warns(
    province: str, birth: date, sex: Sex, tail: str
) -> None:
    digit = (birth.year // 100 - 19) * 2 + (1 if sex is Sex.FEMALE else 0)
    number = f"{province}{digit}{birth.year % 100:02d}{tail}"
    doc, warnings = check_id(IdKind.CCCD, number, birth_date=birth, sex=sex, today=TODAY)
    assert doc.number == number
    assert warnings == []
    other = Sex.MALE if sex is Sex.FEMALE else Sex.FEMALE
    _, warnings = check_id(IdKind.CCCD, number, birth_date=birth, sex=other, today=TODAY)
    assert codes(warnings) == ["id.cccd_sex_mismatch"]
