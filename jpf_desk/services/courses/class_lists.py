"""Today's classes with their rooms, and a class's attendance sheet to print.

Today's classes are those running today (between their start and end dates) whose
schedule names today's weekday; a schedule naming no day is shown too, since hiding a
class that meets would be worse than showing one that does not.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.class_schedule import meets_on, session_dates
from jpf_desk.domain.dates import format_date, format_datetime, now_vn, today_vn
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.staff import Action
from jpf_desk.printing.class_list import AttendanceSheet, render_attendance_sheet
from jpf_desk.services.access_log.record import record_access
from jpf_desk.services.courses.catalogue import SEAT_STATUSES, ClassView, _class_views
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import Centre, Course, CourseClass, Customer, Enrolment

SESSION_COLUMNS = 12


def todays_classes(desk: Desk, *, today: date | None = None) -> list[ClassView]:
    """Classes meeting today at this centre, by room then code."""
    day = today or today_vn()
    with desk.tx() as s:
        rows = [(k, c) for k, c in s.execute(
            select(CourseClass, Course).join(Course, Course.id == CourseClass.course_id)
            .where(CourseClass.centre_id == desk.actor.centre_id,
                   CourseClass.status != "cancelled",
                   CourseClass.start_date <= day, CourseClass.end_date >= day))
            if meets_on(k.schedule, day) is not False]
        views = _class_views(s, rows)
    return sorted(views, key=lambda v: (v.schedule, v.room, v.code))


def attendance_sheet(desk: Desk, class_id: str, *, lang: str = "vi") -> AttendanceSheet:
    """The sheet for the teacher, in `lang`: the seat holders, and a column per session."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.EXPORT_LIST)
        klass = s.get(CourseClass, class_id)
        if klass is None:
            raise not_found("class", class_id)
        course = s.get(Course, klass.course_id)
        centre = s.get(Centre, desk.actor.centre_id)
        names = [(name, birth) for name, birth in s.execute(
            select(Customer.full_name, Customer.birth_date)
            .join(Enrolment, Enrolment.customer_id == Customer.id)
            .where(Enrolment.class_id == class_id, Enrolment.status.in_(list(SEAT_STATUSES)))
            .order_by(Customer.sort_key, Customer.full_name))]
        record_access(s, desk, AccessKind.LIST_EXPORTED, customer_id=None, subject_id=class_id,
                      detail="class_list")
        sessions = session_dates(klass.schedule, klass.start_date, klass.end_date,
                                 SESSION_COLUMNS)
        return AttendanceSheet(
            centre_name=centre.name if centre else "", class_code=klass.code,
            course_name=course.name if course else "", room=klass.room,
            teacher=klass.teacher, schedule=klass.schedule,
            period_text=f"{format_date(klass.start_date)} – {format_date(klass.end_date)}",
            students=tuple((n, format_date(b) if b else "") for n, b in names),
            session_headers=tuple(f"{d.day:02d}/{d.month:02d}" for d in sessions)
            + ("",) * (SESSION_COLUMNS - len(sessions)),
            printed_at_text=format_datetime(now_vn()), lang=lang,
        )


def render(sheet: AttendanceSheet) -> bytes:
    """Drawing only (no store): safe on a worker thread."""
    return render_attendance_sheet(sheet)


def attendance_sheet_pdf(desk: Desk, class_id: str, *, lang: str = "vi") -> bytes:
    return render(attendance_sheet(desk, class_id, lang=lang))
