"""The public-holiday calendar and the request periods: seeded from data, edited by a manager.

Seed files live in jpf_desk/resources/holidays/<year>.json (official days for 2026, computed days
to confirm for 2027). Rows get ids derived from the date, so every desk and head office
seed the same rows and sync sees no conflict.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.errors import DomainWarning, ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.request_deadlines import DEFAULT_PERIODS, DueOnDayOff, Period, RequestKind
from jpf_desk.domain.staff import Action
from jpf_desk.domain.text import clean
from jpf_desk.domain.working_days import DayCount, Holiday, HolidayCalendar, HolidayKind
from jpf_desk.paths import resources_dir
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.read_only import refuse_if_managed
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.store.models import PublicHoliday, RequestPeriod

_SEED_NS = uuid.UUID("6b1f3c8e-3f57-4a8e-9a55-0c6f1f7d2e10")

register({
    "holidays.manager_only": {
        "vi": "Chỉ quản lý mới được sửa lịch ngày nghỉ và thời hạn xử lý yêu cầu.",
        "fr": "Seul un responsable peut modifier les jours fériés et les délais.",
        "en": "Only a manager can change the holiday calendar and request periods.",
    },
    "holidays.name_required": {
        "vi": "Hãy nhập tên ngày nghỉ.",
        "fr": "Indiquez le nom du jour férié.",
        "en": "Enter the holiday's name.",
    },
    "holidays.period_invalid": {
        "vi": "Thời hạn phải là số ngày dương; thời hạn khi có đối tác không được ngắn hơn.",
        "fr": "Les délais doivent être positifs ; le délai avec partenaires ne peut être plus court.",
        "en": "Periods must be positive; the period with partners cannot be shorter.",
    },
})


@dataclass(frozen=True)
class HolidayView:
    id: str
    day: date
    name: str
    kind: str
    confirmed: bool
    note: str


def seed_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or resources_dir() / "holidays").glob("*.json"))


def seed_holidays(folder: Path | None = None) -> list[Holiday]:
    """Every day of the seed files, civil-servant swaps included (as notes, not days off)."""
    found: list[Holiday] = []
    for path in seed_files(folder):
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        for d in data["days"]:
            found.append(Holiday(date.fromisoformat(d["date"]), d["name"],
                                 HolidayKind(d.get("kind", "holiday")), bool(d["confirmed"]),
                                 d.get("note", "")))
        for swap in data.get("civil_servant_swaps", []):
            note = swap.get("note", "")
            found.append(Holiday(date.fromisoformat(swap["off"]), "Nghỉ (công chức)",
                                 HolidayKind.CIVIL_SERVANT_OFF, True, note))
            found.append(Holiday(date.fromisoformat(swap["made_up"]), "Làm bù (công chức)",
                                 HolidayKind.CIVIL_SERVANT_WORKDAY, True, note))
    return found


@cache
def _bundled_seed() -> tuple[Holiday, ...]:
    """A program installed without its holiday files would count deadlines on a calendar
    with no holidays at all, silently: it stops here instead."""
    if not seed_files():
        raise FileNotFoundError(f"no holiday files in {resources_dir() / 'holidays'}")
    return tuple(seed_holidays())


def _seed_missing_years(session: Session) -> None:
    """Seed the years of the bundled files that the store has no day for at all (a year a
    manager already edited is left as it is)."""
    years = {d.year for d in session.scalars(select(PublicHoliday.day))}
    for h in _bundled_seed():
        if h.day.year not in years:
            session.add(PublicHoliday(
                id=str(uuid.uuid5(_SEED_NS, h.day.isoformat())), centre_id=SHARED_CENTRE,
                day=h.day, name=h.name, kind=h.kind.value, confirmed=h.confirmed, note=h.note))
    session.flush()


def _require_manager(session: Session, staff_id: str, table: str = "public_holidays") -> None:
    """A manager's, and only while head office does not manage the calendar."""
    check(session, staff_id, Action.EDIT_CALENDAR)
    refuse_if_managed(session, table)


def load_calendar(session: Session) -> HolidayCalendar:
    """The calendar held by the store (seeded on first use)."""
    _seed_missing_years(session)
    rows = session.scalars(select(PublicHoliday))
    return HolidayCalendar(Holiday(r.day, r.name, HolidayKind(r.kind), r.confirmed, r.note)
                           for r in rows)


def calendar(desk: Desk) -> HolidayCalendar:
    with desk.tx() as s:
        return load_calendar(s)


def calendar_warnings(desk: Desk, today: date) -> list[DomainWarning]:
    return calendar(desk).warnings(today)


def list_holidays(desk: Desk, year: int | None = None) -> list[HolidayView]:
    with desk.tx() as s:
        load_calendar(s)
        query = select(PublicHoliday).order_by(PublicHoliday.day)
        rows = [r for r in s.scalars(query) if year is None or r.day.year == year]
        return [HolidayView(r.id, r.day, r.name, r.kind, r.confirmed, r.note) for r in rows]


def save_holiday(
    desk: Desk, day: date, name: str, *, kind: HolidayKind = HolidayKind.HOLIDAY,
    confirmed: bool = True, note: str = "",
) -> HolidayView:
    """Add or change the day off on `day` (manager only)."""
    if not clean(name):
        raise ValidationError("holidays.name_required", field="name")
    with desk.tx() as s:
        _require_manager(s, desk.actor.staff_id)
        load_calendar(s)
        row = s.scalars(select(PublicHoliday).where(PublicHoliday.day == day)).first()
        if row is None:
            row = PublicHoliday(id=str(uuid.uuid5(_SEED_NS, day.isoformat())),
                                centre_id=SHARED_CENTRE, day=day)
            s.add(row)
        row.name, row.kind, row.confirmed, row.note = clean(name), kind.value, confirmed, note
        s.flush()
        return HolidayView(row.id, row.day, row.name, row.kind, row.confirmed, row.note)


def confirm_holiday(desk: Desk, day: date) -> None:
    with desk.tx() as s:
        _require_manager(s, desk.actor.staff_id)
        row = s.scalars(select(PublicHoliday).where(PublicHoliday.day == day)).first()
        if row is None:
            raise not_found("holiday", day.isoformat())
        row.confirmed = True


def remove_holiday(desk: Desk, day: date) -> None:
    with desk.tx() as s:
        _require_manager(s, desk.actor.staff_id)
        row = s.scalars(select(PublicHoliday).where(PublicHoliday.day == day)).first()
        if row is not None:
            s.delete(row)


def load_period(session: Session, kind: RequestKind) -> Period:
    row = session.scalars(select(RequestPeriod).where(RequestPeriod.kind == kind.value)).first()
    default = DEFAULT_PERIODS[kind]
    if row is None:
        return default
    return Period(row.days, row.with_partners_days, row.max_extension_days,
                  DayCount(row.day_count), default.confirmed,
                  DueOnDayOff(row.day_off) if row.day_off else default.day_off)


def periods(desk: Desk) -> dict[RequestKind, Period]:
    with desk.tx() as s:
        return {k: load_period(s, k) for k in RequestKind}


def set_period(desk: Desk, kind: RequestKind, period: Period) -> None:
    """Change how a kind's answer is counted (manager only); open requests keep their dates."""
    if period.days < 1 or period.with_partners_days < period.days or period.max_extension_days < 0:
        raise ValidationError("holidays.period_invalid", field="days")
    with desk.tx() as s:
        _require_manager(s, desk.actor.staff_id, "request_periods")
        row = s.scalars(select(RequestPeriod).where(RequestPeriod.kind == kind.value)).first()
        if row is None:
            row = RequestPeriod(centre_id=SHARED_CENTRE, kind=kind.value)
            s.add(row)
        row.days, row.with_partners_days = period.days, period.with_partners_days
        row.max_extension_days, row.day_count = period.max_extension_days, period.count.value
        row.day_off = period.day_off.value
