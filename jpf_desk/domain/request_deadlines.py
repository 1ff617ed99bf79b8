"""The kinds of data-subject request and their legal periods (Decree 356/2025 Art. 5).

The periods are defaults: the store keeps a copy a manager can change (the summaries of
the decree read so far disagree on "days" vs "working days"), so services read them from
the store and fall back to these values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from jpf_desk.domain.labels import label, register_labels
from jpf_desk.domain.working_days import DayCount, HolidayCalendar

ACK_WORKING_DAYS = 2


class RequestKind(StrEnum):
    UPDATE = "update"  # correct or update data (Law 91 Art. 4)
    ACCESS = "access"  # view or be given a copy
    WITHDRAW = "withdraw"  # withdraw consent
    RESTRICT = "restrict"
    OBJECT = "object"
    DELETE = "delete"


register_labels(RequestKind, {
    "update": {"vi": "Sửa đổi, cập nhật dữ liệu", "fr": "Rectification, mise à jour des données",
               "en": "Correct or update data"},
    "access": {"vi": "Xem / nhận bản sao dữ liệu", "fr": "Consultation / copie des données",
               "en": "See / get a copy of the data"},
    "withdraw": {"vi": "Rút lại sự đồng ý", "fr": "Retrait du consentement",
                 "en": "Withdraw consent"},
    "restrict": {"vi": "Hạn chế xử lý dữ liệu", "fr": "Limitation du traitement",
                 "en": "Restrict processing"},
    "object": {"vi": "Phản đối xử lý dữ liệu", "fr": "Opposition au traitement",
               "en": "Object to processing"},
    "delete": {"vi": "Xoá dữ liệu", "fr": "Effacement des données", "en": "Delete data"},
})


class DueOnDayOff(StrEnum):
    """What happens to an answer date that falls on a weekend or a public holiday.

    Stored with each request (the slip, the queue and `requests list` say which rule its
    dates follow). PREVIOUS is the default: the stricter reading, the customer never
    waits longer than the period. NEXT follows Civil Code 2015 Art. 148 (a period ending
    on a day off ends on the next working day). KEEP leaves the date as counted.
    """

    PREVIOUS = "previous"
    KEEP = "keep"
    NEXT = "next"


register_labels(DueOnDayOff, {
    "previous": {"vi": "hạn rơi vào ngày nghỉ thì lùi về ngày làm việc liền trước",
                 "fr": "échéance un jour chômé : avancée au jour ouvré précédent",
                 "en": "a due date on a day off moves back to the working day before"},
    "keep": {"vi": "hạn rơi vào ngày nghỉ vẫn giữ nguyên ngày đó",
             "fr": "échéance un jour chômé : date conservée",
             "en": "a due date on a day off stays on that day"},
    "next": {"vi": "hạn rơi vào ngày nghỉ thì chuyển sang ngày làm việc tiếp theo",
             "fr": "échéance un jour chômé : reportée au jour ouvré suivant",
             "en": "a due date on a day off moves to the next working day"},
})


def on_day_off(calendar: HolidayCalendar, due: date, rule: DueOnDayOff) -> date:
    """The answer date once the rule for a weekend or holiday is applied."""
    if rule is DueOnDayOff.PREVIOUS:
        return calendar.working_day_on_or_before(due)
    if rule is DueOnDayOff.NEXT:
        return calendar.working_day_on_or_after(due)
    return due


@dataclass(frozen=True)
class Period:
    """Days to answer, the longer period when a processor or third party must act, the
    longest single extension, and how the days are counted."""

    days: int
    with_partners_days: int
    max_extension_days: int
    count: DayCount = DayCount.CALENDAR
    confirmed: bool = False  # confirmed from the decree's text, not only secondary sources
    day_off: DueOnDayOff = DueOnDayOff.PREVIOUS


DEFAULT_PERIODS: dict[RequestKind, Period] = {
    RequestKind.WITHDRAW: Period(15, 20, 15, confirmed=True),
    RequestKind.RESTRICT: Period(15, 20, 15, confirmed=True),
    RequestKind.OBJECT: Period(15, 20, 15, confirmed=True),
    RequestKind.ACCESS: Period(10, 15, 10),
    RequestKind.UPDATE: Period(10, 15, 10),
    RequestKind.DELETE: Period(20, 30, 20),
}


@dataclass(frozen=True)
class Deadlines:
    acknowledge_by: date
    answer_by: date


def deadlines(
    calendar: HolidayCalendar, received_on: date, period: Period, *, partners_involved: bool
) -> Deadlines:
    """Acknowledgement in working days; answer per the kind's period and counting rule.

    The acknowledgement is never later than the answer: across Tết two working days can
    end after ten calendar days (received Fri 13 Feb 2026: answer Mon 23, not ack Tue 24).
    """
    days = period.with_partners_days if partners_involved else period.days
    answer = on_day_off(calendar, calendar.add_days(received_on, days, period.count),
                        period.day_off)
    return Deadlines(acknowledge_by=acknowledge_by(calendar, received_on, answer),
                     answer_by=answer)


def acknowledge_by(calendar: HolidayCalendar, received_on: date, answer_by: date) -> date:
    """Two working days after receipt, or the answer date when that comes first (then
    the working day on or before it, but never before the day of receipt)."""
    ack = calendar.add_working_days(received_on, ACK_WORKING_DAYS)
    if ack <= answer_by:
        return ack
    return max(received_on, calendar.working_day_on_or_before(answer_by))


def counting_rule(count: DayCount, day_off: DueOnDayOff | None, lang: str = "vi") -> str:
    """The words stating how a request's answer date was counted (slip, queue, CLI)."""
    first = label(count, lang)
    return f"{first}; {label(day_off, lang)}" if day_off is not None else first
