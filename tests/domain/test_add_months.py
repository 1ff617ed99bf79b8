"""Retention periods in months never end later than they say."""

from datetime import date

import pytest

from jpf_desk.domain.dates import add_months


@pytest.mark.parametrize(("start", "months", "end"), [
    (date(2020, 6, 30), 60, date(2025, 6, 30)),
    (date(2024, 1, 5), 24, date(2026, 1, 5)),
    (date(2026, 1, 31), 1, date(2026, 2, 28)),  # no 31 February: the month's last day
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
    (date(2026, 12, 10), 1, date(2027, 1, 10)),
])
def test_add_months(start, months, end):
    assert add_months(start, months) == end
