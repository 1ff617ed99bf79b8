from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jpf_desk.domain.dates import (
    VN_TZ,
    format_date,
    format_datetime,
    now_vn,
    parse_date,
    today_vn,
)
from jpf_desk.domain.errors import ValidationError


def test_vn_tz_offset() -> None:
    assert VN_TZ.utcoffset(datetime(2026, 7, 1)) == timedelta(hours=7)
    assert VN_TZ.utcoffset(datetime(2026, 1, 1)) == timedelta(hours=7)


def test_now_and_today() -> None:
    now = now_vn()
    assert now.utcoffset() == timedelta(hours=7)
    assert today_vn() in {
        (now - timedelta(minutes=1)).date(),
        now.date(),
        (now + timedelta(minutes=1)).date(),
    }


def test_format_date() -> None:
    assert format_date(date(2026, 3, 5)) == "05/03/2026"
    assert format_date(date(999, 12, 31)) == "31/12/0999"


@pytest.mark.parametrize(
    "text", ["05/03/2026", "5/3/2026", "05-03-2026", "2026-03-05", " 05.03.2026 ", "5 / 3 / 2026"]
)
def test_parse_date(text: str) -> None:
    assert parse_date(text) == date(2026, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "31/02/2026",
        "2026/03/05",
        "05/03/26",
        "5-3",
        "abc",
        "00/01/2026",
        "1/13/2026",
        "05/03/2026x",
    ],
)
def test_parse_date_invalid(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_date(text)
    assert exc.value.code == "date.invalid"


def test_format_datetime() -> None:
    assert format_datetime(datetime(2026, 1, 1, 17, 30, tzinfo=UTC)) == "02/01/2026 00:30"
    paris = timezone(timedelta(hours=1))
    assert format_datetime(datetime(2026, 1, 1, 8, 5, tzinfo=paris)) == "01/01/2026 14:05"
    # Naive values are database UTC.
    assert format_datetime(datetime(2026, 1, 1, 1, 0)) == "01/01/2026 08:00"
    assert format_datetime(datetime(2026, 1, 1, 8, 0, tzinfo=VN_TZ)) == "01/01/2026 08:00"


@settings(max_examples=200)
@given(st.dates(min_value=date(1000, 1, 1)))
def test_round_trip(d: date) -> None:
    assert parse_date(format_date(d)) == d
    assert parse_date(d.isoformat()) == d
    assert parse_date(f"{d.day}/{d.month}/{d.year}") == d
