"""Which weekdays a class meets, read from its schedule as the desk writes it.

Schedules are free text ("T2-T4-T6 18:00-19:30", "Thứ 3, Thứ 5 18h", "CN 8:00"). The
days named the Vietnamese way (T2..T7, "Thứ 2".."Thứ 7", CN / "Chủ nhật") are read;
a schedule naming no day gives an empty set, which callers take as "not known" (the
class shows among today's classes rather than hiding).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

# Monday is 0 (date.weekday()); "Thứ 2" is Monday, "Chủ nhật" Sunday.
_DAY = re.compile(r"(?<![0-9a-z])(?:t|thu|thứ)\s*([2-7])(?![0-9])|(?<![a-z])(cn|chu nhat|chủ nhật)(?![a-z])")


def meeting_days(schedule: str) -> frozenset[int]:
    text = unicodedata.normalize("NFC", schedule).lower()
    days: set[int] = set()
    for number, sunday in _DAY.findall(text):
        days.add(6 if sunday else int(number) - 2)
    return frozenset(days)


def meets_on(schedule: str, day: date) -> bool | None:
    """True/False when the schedule names its days; None when it names none."""
    days = meeting_days(schedule)
    return (day.weekday() in days) if days else None


def session_dates(schedule: str, start: date, end: date, limit: int) -> list[date]:
    """The first `limit` meeting dates from `start` to `end` (empty when days unknown)."""
    days = meeting_days(schedule)
    out: list[date] = []
    day = start
    while days and day <= end and len(out) < limit:
        if day.weekday() in days:
            out.append(day)
        day += timedelta(days=1)
    return out
