from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.people import (
    CHILD_CONSENT_AGE,
    MINOR_AGE,
    Sex,
    age_on,
    child_must_consent,
    is_minor,
    validate_birth_date,
)


def test_constants_and_enum() -> None:
    assert MINOR_AGE == 16
    assert CHILD_CONSENT_AGE == 7
    assert Sex("female") is Sex.FEMALE
    assert str(Sex.MALE) == "male"


def test_age_on_birthday_edges() -> None:
    birth = date(2010, 5, 20)
    assert age_on(birth, date(2026, 5, 19)) == 15
    assert age_on(birth, date(2026, 5, 20)) == 16
    assert age_on(birth, birth) == 0


def test_leap_day_birthday() -> None:
    birth = date(2008, 2, 29)
    assert age_on(birth, date(2024, 2, 28)) == 15
    assert age_on(birth, date(2024, 2, 29)) == 16
    assert age_on(birth, date(2025, 2, 28)) == 16
    assert age_on(birth, date(2026, 2, 28)) == 17
    assert age_on(birth, date(2026, 3, 1)) == 18


def test_minor_and_consent() -> None:
    birth = date(2015, 9, 1)
    assert is_minor(birth, date(2031, 8, 31))
    assert not is_minor(birth, date(2031, 9, 1))
    assert not child_must_consent(birth, date(2022, 8, 31))
    assert child_must_consent(birth, date(2022, 9, 1))
    assert not child_must_consent(birth, date(2031, 9, 1))


def test_validate_birth_date() -> None:
    today = date(2026, 1, 10)
    validate_birth_date(today, today)
    validate_birth_date(date(1905, 1, 11), today)  # 120 years and 364 days
    with pytest.raises(ValidationError) as exc:
        validate_birth_date(date(2026, 1, 11), today)
    assert (exc.value.code, exc.value.field) == ("birth_date.in_future", "birth_date")
    with pytest.raises(ValidationError) as exc:
        validate_birth_date(date(1905, 1, 10), today)  # 121st birthday
    assert (exc.value.code, exc.value.field) == ("birth_date.too_old", "birth_date")


dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@settings(max_examples=200)
@given(dates, dates)
def test_age_properties(birth: date, day: date) -> None:
    age = age_on(birth, day)
    if day >= birth:
        assert age >= 0
    # Age grows by at most one a day, and never goes down.
    assert age_on(birth, day + timedelta(days=1)) - age in (0, 1)
    assert is_minor(birth, day) == (age < 16)
    assert child_must_consent(birth, day) == (7 <= age < 16)
