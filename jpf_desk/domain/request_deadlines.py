"""The kinds of data-subject request and their legal periods (Decree 356/2025 Art. 5).

The periods are defaults: the store keeps a copy a manager can change (the summaries of
the decree read so far disagree on "days" vs "working days"), so services read them from
the store and fall back to these values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from jpf_desk.domain.labels import register_labels
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


@dataclass(frozen=True)
class Period:
    """Days to answer, the longer period when a processor or third party must act, the
    longest single extension, and how the days are counted."""

    days: int
    with_partners_days: int
    max_extension_days: int
    count: DayCount = DayCount.CALENDAR
    confirmed: bool = False  # confirmed from the decree's text, not only secondary sources


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
    """Acknowledgement in working days; answer per the kind's period and counting rule."""
    days = period.with_partners_days if partners_involved else period.days
    return Deadlines(
        acknowledge_by=calendar.add_working_days(received_on, ACK_WORKING_DAYS),
        answer_by=calendar.add_days(received_on, days, period.count),
    )
