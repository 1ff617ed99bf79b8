"""Weekdays read from schedules as desks write them; known answers written out."""

from __future__ import annotations

from datetime import date

import pytest

from jpf_desk.domain.class_schedule import meeting_days, meets_on, session_dates


@pytest.mark.parametrize(("schedule", "days"), [
    ("T2-T4-T6 18:00-19:30", {0, 2, 4}),
    ("Thứ 3, Thứ 5 18h", {1, 3}),
    ("T7, CN 8:00", {5, 6}),
    ("Chủ nhật 9h", {6}),
    ("18:00-19:30", set()),
    ("", set()),
])
def test_meeting_days(schedule: str, days: set[int]) -> None:
    assert meeting_days(schedule) == days


def test_meets_on_a_named_day_and_unknown() -> None:
    friday = date(2026, 11, 27)
    assert meets_on("T2-T4-T6 18:00", friday) is True
    assert meets_on("T3-T5 18:00", friday) is False
    assert meets_on("tối", friday) is None


def test_session_dates_from_the_start() -> None:
    assert session_dates("T3-T5", date(2026, 12, 1), date(2027, 1, 31), 4) == [
        date(2026, 12, 1), date(2026, 12, 3), date(2026, 12, 8), date(2026, 12, 10)]
