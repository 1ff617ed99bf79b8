"""Working days and calendar days for legal deadlines, on a holiday calendar kept as data.

Decree 356/2025 Art. 5 counts the acknowledgement of a request in working days (Monday
to Friday, public holidays excluded) and, as read so far, the answer in calendar days.
The holidays come from a list a manager edits (the Prime Minister fixes Tết and National
Day each year), so this module takes the list as an argument and knows no dates itself.

Counting starts the day after the day of receipt (Civil Code 2015 Art. 147). A holiday
that is not yet confirmed is counted as a working day: the deadline can only come out
earlier than the final one, never later, and callers show a warning meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from jpf_desk.domain.errors import DomainError, DomainWarning, ValidationError
from jpf_desk.domain.labels import register_labels
from jpf_desk.domain.messages import register

# Labour Code 2019 Art. 112(1): 11 paid public holiday days a year.
LEGAL_DAYS_OFF_PER_YEAR = 11
MAX_EXTENSIONS = 1

register({
    "request.extension_used": {
        "vi": "Yêu cầu này đã được gia hạn một lần; pháp luật chỉ cho phép gia hạn một lần.",
        "fr": "Cette demande a déjà été prolongée une fois ; la loi n'autorise qu'une prolongation.",
        "en": "This request was already extended once; the law allows only one extension.",
    },
    "request.extension_length": {
        "vi": "Số ngày gia hạn phải từ 1 đến {max} ngày.",
        "fr": "La prolongation doit être comprise entre 1 et {max} jours.",
        "en": "The extension must be between 1 and {max} days.",
    },
    "holidays.year_missing": {
        "vi": "Chưa có danh sách ngày nghỉ lễ năm {year}: hạn xử lý yêu cầu có thể sai.",
        "fr": "Aucune liste de jours fériés pour {year} : les échéances peuvent être fausses.",
        "en": "No public holiday list for {year}: request deadlines may be wrong.",
    },
    "holidays.year_incomplete": {
        "vi": "Danh sách ngày nghỉ lễ năm {year} chưa đủ ({count}/11 ngày).",
        "fr": "La liste des jours fériés {year} est incomplète ({count}/11 jours).",
        "en": "The public holiday list for {year} is incomplete ({count}/11 days).",
    },
    "holidays.year_unconfirmed": {
        "vi": "Năm {year} còn {count} ngày nghỉ lễ chưa được xác nhận: quản lý cần kiểm tra.",
        "fr": "{count} jour(s) férié(s) de {year} restent à confirmer par un responsable.",
        "en": "{count} public holiday(s) of {year} are not confirmed yet: a manager must check.",
    },
})


class DayCount(StrEnum):
    """How a period is counted."""

    WORKING = "working"
    CALENDAR = "calendar"


class HolidayKind(StrEnum):
    HOLIDAY = "holiday"
    COMPENSATORY = "compensatory"  # Art. 111(3): a holiday on a rest day moves here
    # Government swaps for civil servants: noted for reference, not days off at JPF.
    CIVIL_SERVANT_OFF = "civil_servant_off"
    CIVIL_SERVANT_WORKDAY = "civil_servant_workday"


register_labels(DayCount, {
    "working": {"vi": "Ngày làm việc", "fr": "Jours ouvrés", "en": "Working days"},
    "calendar": {"vi": "Ngày lịch", "fr": "Jours calendaires", "en": "Calendar days"},
})

register_labels(HolidayKind, {
    "holiday": {"vi": "Ngày lễ", "fr": "Jour férié", "en": "Public holiday"},
    "compensatory": {"vi": "Nghỉ bù", "fr": "Jour de récupération", "en": "Day off in lieu"},
    "civil_servant_off": {"vi": "Công chức nghỉ (JPF vẫn làm)",
                          "fr": "Congé des fonctionnaires (JPF ouvert)",
                          "en": "Civil servants off (JPF open)"},
    "civil_servant_workday": {"vi": "Công chức làm bù (JPF nghỉ)",
                              "fr": "Rattrapage des fonctionnaires (JPF fermé)",
                              "en": "Civil servants' make-up day (JPF closed)"},
})


DAY_OFF_KINDS = frozenset({HolidayKind.HOLIDAY, HolidayKind.COMPENSATORY})


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str
    kind: HolidayKind = HolidayKind.HOLIDAY
    confirmed: bool = True
    note: str = ""

    @property
    def is_day_off(self) -> bool:
        """Counts in deadlines: a confirmed holiday or compensatory day of JPF's staff."""
        return self.kind in DAY_OFF_KINDS and self.confirmed


@dataclass(frozen=True)
class YearStatus:
    year: int
    days_off: int  # holiday + compensatory entries, confirmed or not
    unconfirmed: int

    @property
    def complete(self) -> bool:
        return self.days_off >= LEGAL_DAYS_OFF_PER_YEAR and self.unconfirmed == 0


class HolidayCalendar:
    """The days off of a set of years; answers 'is this a working day' and adds days."""

    def __init__(self, holidays: Iterable[Holiday]) -> None:
        self.holidays = tuple(sorted(holidays, key=lambda h: h.day))
        self._off = frozenset(h.day for h in self.holidays if h.is_day_off)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._off

    def add_working_days(self, start: date, count: int) -> date:
        """The `count`-th working day after `start` (start itself never counts)."""
        if count < 0:
            raise ValueError("count must be >= 0")
        day, left = start, count
        while left:
            day += timedelta(days=1)
            if self.is_working_day(day):
                left -= 1
        return day

    def working_day_on_or_before(self, day: date) -> date:
        while not self.is_working_day(day):
            day -= timedelta(days=1)
        return day

    def working_day_on_or_after(self, day: date) -> date:
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_days(self, start: date, count: int, rule: DayCount) -> date:
        if rule is DayCount.WORKING:
            return self.add_working_days(start, count)
        return start + timedelta(days=count)

    def unconfirmed_between(self, start: date, end: date) -> list[Holiday]:
        """Unconfirmed days off inside (start, end]: a deadline over them may move later."""
        return [h for h in self.holidays
                if start < h.day <= end and h.kind in DAY_OFF_KINDS and not h.confirmed]

    def year_status(self, year: int) -> YearStatus:
        entries = [h for h in self.holidays if h.day.year == year and h.kind in DAY_OFF_KINDS]
        return YearStatus(year, len(entries), sum(1 for h in entries if not h.confirmed))

    def warnings(self, today: date) -> list[DomainWarning]:
        """What a manager must fix in this year's and next year's lists."""
        found: list[DomainWarning] = []
        for year in (today.year, today.year + 1):
            status = self.year_status(year)
            if status.days_off == 0:
                found.append(DomainWarning("holidays.year_missing", params={"year": year}))
                continue
            if status.days_off < LEGAL_DAYS_OFF_PER_YEAR:
                found.append(DomainWarning("holidays.year_incomplete",
                                           params={"year": year, "count": status.days_off}))
            if status.unconfirmed:
                found.append(DomainWarning("holidays.year_unconfirmed",
                                           params={"year": year, "count": status.unconfirmed}))
        return found


def extend_due(
    calendar: HolidayCalendar, due: date, extra_days: int, rule: DayCount, *,
    max_extra: int, extensions_used: int,
) -> date:
    """The answer date after the one extension the law allows; a second one is refused."""
    if extensions_used >= MAX_EXTENSIONS:
        raise DomainError("request.extension_used", field="extension")
    if not 1 <= extra_days <= max_extra:
        raise ValidationError("request.extension_length", field="extra_days", max=max_extra)
    return calendar.add_days(due, extra_days, rule)
