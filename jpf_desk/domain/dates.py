"""Dates in Vietnamese conventions: dd/mm/yyyy, Asia/Ho_Chi_Minh (+07:00, no DST)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jpf_desk.domain import messages
from jpf_desk.domain.errors import ValidationError


def _vn_tz() -> tzinfo:
    # Windows has no system tz database when the tzdata package is missing.
    try:
        return ZoneInfo("Asia/Ho_Chi_Minh")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return timezone(timedelta(hours=7), "ICT")


VN_TZ: tzinfo = _vn_tz()

messages.register(
    {
        "date.invalid": {
            "vi": "Ngày không hợp lệ. Vui lòng nhập theo dạng dd/mm/yyyy.",
            "fr": "Date invalide. Veuillez la saisir au format jj/mm/aaaa.",
            "en": "Invalid date. Please enter it as dd/mm/yyyy.",
        },
    }
)

_DMY = re.compile(r"([0-9]{1,2})\s*[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{4})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")


def now_vn() -> datetime:
    """Aware current time in Vietnam."""
    return datetime.now(VN_TZ)


def today_vn() -> date:
    """Today's date in Vietnam, whatever the computer's time zone."""
    return now_vn().date()


def format_date(d: date) -> str:
    """dd/mm/yyyy."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def parse_date(text: str) -> date:
    """Accept dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and ISO yyyy-mm-dd."""
    s = text.strip()
    if m := _ISO.fullmatch(s):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DMY.fullmatch(s):
        day, month, year = (int(g) for g in m.groups())
    else:
        raise ValidationError("date.invalid", field="date")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError("date.invalid", field="date") from None


def format_datetime(dt: datetime) -> str:
    """dd/mm/yyyy HH:MM in Vietnam time; a naive ``dt`` is taken as UTC (database time)."""
    if dt.tzinfo is None or dt.tzinfo.utcoffset(dt) is None:
        dt = dt.replace(tzinfo=UTC)
    local = dt.astimezone(VN_TZ)
    return f"{format_date(local.date())} {local.hour:02d}:{local.minute:02d}"


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or that month's last day when it has no such day
    (31 Jan + 1 month = 28/29 Feb): a retention period never ends later than it says."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return min(date(year, month, 1) + (day - day.replace(day=1)),
               following - timedelta(days=1))
