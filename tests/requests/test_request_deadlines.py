"""Deadline arithmetic across weekends, Tết 2026 and 2027, and the one extension."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.request_deadlines import DEFAULT_PERIODS, RequestKind, deadlines
from jpf_desk.domain.working_days import DayCount, HolidayCalendar, extend_due
from jpf_desk.services.rights.holidays import seed_holidays


@pytest.fixture(scope="module")
def seeded() -> HolidayCalendar:
    return HolidayCalendar(seed_holidays())


def confirmed_2027(cal: HolidayCalendar) -> HolidayCalendar:
    """The seed calendar after a manager confirmed the 2027 guesses."""
    return HolidayCalendar(replace(h, confirmed=True) if h.day.year == 2027 else h
                           for h in cal.holidays)


def test_acknowledgement_skips_the_weekend(seeded):
    # Friday 27 Nov 2026 -> Mon 30 (1), Tue 1 Dec (2).
    assert seeded.add_working_days(date(2026, 11, 27), 2) == date(2026, 12, 1)
    # Received on a Saturday: Monday is the first day.
    assert seeded.add_working_days(date(2026, 11, 28), 2) == date(2026, 12, 1)


def test_acknowledgement_across_tet_2026(seeded):
    # Tết 2026: Mon 16 to Fri 20 Feb off. Received Fri 13 Feb -> Mon 23 (1), Tue 24 (2).
    # The answer is in calendar days by default: 13 Feb + 10 = Mon 23 Feb, Tết included.
    # The acknowledgement may never come after the answer: Mon 23 Feb too (issue 14).
    found = deadlines(seeded, date(2026, 2, 13), DEFAULT_PERIODS[RequestKind.ACCESS],
                      partners_involved=False)
    assert found.answer_by == date(2026, 2, 23)
    assert found.acknowledge_by == date(2026, 2, 23)


def test_answer_in_working_days_when_switched(seeded):
    period = replace(DEFAULT_PERIODS[RequestKind.UPDATE], count=DayCount.WORKING)
    found = deadlines(seeded, date(2026, 2, 12), period, partners_involved=False)
    # Fri 13 (1), Tết week skipped, 23-27 Feb (2-6), 2-5 Mar (7-10).
    assert found.answer_by == date(2026, 3, 5)


def test_holidays_and_compensatory_days(seeded):
    # 30 Apr and 1 May 2026 (Thu, Fri): received Wed 29 Apr -> Mon 4 (1), Tue 5 May (2).
    assert seeded.add_working_days(date(2026, 4, 29), 2) == date(2026, 5, 5)
    # Hùng Kings' day on Sun 26 Apr 2026 moves to Mon 27: Fri 24 -> Tue 28 (1), Wed 29 (2).
    assert seeded.add_working_days(date(2026, 4, 24), 2) == date(2026, 4, 29)
    # Civil servants' extra day (Fri 2 Jan 2026) is a working day at JPF.
    assert seeded.is_working_day(date(2026, 1, 2))


def test_longer_period_when_partners_received_the_data(seeded):
    delete = DEFAULT_PERIODS[RequestKind.DELETE]
    alone = deadlines(seeded, date(2026, 11, 25), delete, partners_involved=False)
    shared = deadlines(seeded, date(2026, 11, 25), delete, partners_involved=True)
    assert alone.answer_by == date(2026, 12, 15)
    assert shared.answer_by == date(2026, 12, 25)


def test_tet_2027_unconfirmed_counts_as_working_days_until_confirmed(seeded):
    received = date(2027, 2, 3)  # Wednesday before the computed Tết 2027 (Thu 4 - Wed 10)
    assert seeded.add_working_days(received, 2) == date(2027, 2, 5)
    assert [h.day for h in seeded.unconfirmed_between(received, date(2027, 2, 12))] == [
        date(2027, 2, 4), date(2027, 2, 5), date(2027, 2, 8), date(2027, 2, 9),
        date(2027, 2, 10)]
    confirmed = confirmed_2027(seeded)
    assert confirmed.add_working_days(received, 2) == date(2027, 2, 12)
    assert confirmed.unconfirmed_between(received, date(2027, 2, 12)) == []


def test_one_extension_then_a_second_is_refused(seeded):
    period = DEFAULT_PERIODS[RequestKind.ACCESS]
    due = deadlines(seeded, date(2026, 2, 13), period, partners_involved=False).answer_by
    extended = extend_due(seeded, due, 10, period.count, max_extra=period.max_extension_days,
                          extensions_used=0)
    assert extended == date(2026, 3, 5)
    with pytest.raises(DomainError) as refused:
        extend_due(seeded, extended, 5, period.count, max_extra=period.max_extension_days,
                   extensions_used=1)
    assert refused.value.code == "request.extension_used"
    with pytest.raises(ValidationError) as too_long:
        extend_due(seeded, due, 11, period.count, max_extra=10, extensions_used=0)
    assert too_long.value.code == "request.extension_length"


def test_extension_in_working_days_across_tet_2027(seeded):
    cal = confirmed_2027(seeded)
    # Due Wed 3 Feb 2027, +10 working days: Thu 4 - Wed 10 off -> Thu 11 (1) ... Wed 24 (10).
    assert extend_due(cal, date(2027, 2, 3), 10, DayCount.WORKING, max_extra=10,
                      extensions_used=0) == date(2027, 2, 24)


def test_calendar_warns_about_unconfirmed_and_missing_years(seeded):
    codes = {(w.code, w.params["year"]) for w in seeded.warnings(date(2026, 11, 25))}
    assert ("holidays.year_unconfirmed", 2026) in codes  # Vietnamese Culture Day
    assert ("holidays.year_unconfirmed", 2027) in codes
    late = {(w.code, w.params["year"]) for w in seeded.warnings(date(2027, 6, 1))}
    assert ("holidays.year_missing", 2028) in late
    empty_2027 = HolidayCalendar(h for h in seeded.holidays if h.day.year == 2026)
    assert {w.code for w in empty_2027.warnings(date(2026, 11, 25))} >= {"holidays.year_missing"}
