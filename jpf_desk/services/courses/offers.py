"""The classes a desk offers a customer: open, not started, with a seat, fitting, and
not one they are already in.

The enrolment dialog used to list every class not yet ended: started and full ones,
and kids' classes to adults. Fitting means the customer's age at the class's start is
within the course's band (courses.min_age / max_age; unknown birth date: not checked)
and, when the customer's level is known, the course is at that level or has none.
The level is the one typed as the placement result, else the newest placement result
on the customer's enrolments that names a level (A1..C2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.people import age_on
from jpf_desk.services.courses.catalogue import SEAT_STATUSES, ClassView, _class_views
from jpf_desk.services.desk import Desk
from jpf_desk.store.models import Course, CourseClass, Customer, Enrolment

_LEVEL = re.compile(r"\b([ABC][12])\b", re.IGNORECASE)


def level_in(text: str) -> str | None:
    """"B1", "Đạt B1 (62/100)" → "B1"; nothing naming a level → None."""
    found = _LEVEL.search(text or "")
    return found.group(1).upper() if found else None


@dataclass(frozen=True)
class Offer:
    classes: list[ClassView]
    level: str | None  # the level the offer was fitted to
    age: int | None  # the customer's age today (None: birth date unknown)
    left_out: int  # open classes with a seat that do not fit this customer


def offer_classes(desk: Desk, customer_id: str | None, *, placement: str = "",
                  include_full: bool = False, today: date | None = None) -> Offer:
    """Open classes starting today or later with a free seat (or full ones too, for the
    waitlist, when asked), fitting the customer."""
    day = today or today_vn()
    with desk.tx() as s:
        rows = [(k, c) for k, c in s.execute(
            select(CourseClass, Course).join(Course, Course.id == CourseClass.course_id)
            .where(CourseClass.centre_id == desk.actor.centre_id,
                   CourseClass.status == "open", CourseClass.start_date >= day)
            .order_by(CourseClass.start_date, CourseClass.code))]
        views = [v for v in _class_views(s, rows) if include_full or v.seats_free > 0]
        courses = {k.id: c for k, c in rows}
        birth: date | None = None
        level = level_in(placement)
        if customer_id is not None:
            customer = s.get(Customer, customer_id)
            if customer is None:
                raise not_found("customer", customer_id)
            birth = customer.birth_date
            if level is None:
                for result in s.scalars(select(Enrolment.placement_result)
                                        .where(Enrolment.customer_id == customer_id)
                                        .order_by(Enrolment.enrolled_on.desc(),
                                                  Enrolment.created_at.desc())):
                    if (level := level_in(result)) is not None:
                        break
            taken = set(s.scalars(select(Enrolment.class_id).where(
                Enrolment.customer_id == customer_id,
                Enrolment.status.in_([*SEAT_STATUSES, "waitlisted"]))))
            views = [v for v in views if v.id not in taken]

    def fits(view: ClassView) -> bool:
        course = courses[view.id]
        if birth is not None:
            age = age_on(birth, view.start_date)
            if course.min_age is not None and age < course.min_age:
                return False
            if course.max_age is not None and age > course.max_age:
                return False
        return level is None or course.level is None or course.level == level

    fitting = [v for v in views if fits(v)]
    return Offer(fitting, level, age_on(birth, day) if birth else None,
                 len(views) - len(fitting))
