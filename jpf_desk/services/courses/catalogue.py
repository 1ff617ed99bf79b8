"""The course catalogue and the classes that run it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.text import clean
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.read_only import refuse_if_managed
from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.store.models import Course, CourseClass, Enrolment

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
EXAMS = ("DELF", "DALF", "TCF")
SEAT_STATUSES = ("pending", "confirmed", "completed")


register({
    "course.level_invalid": {"vi": "Trình độ phải là A1, A2, B1, B2, C1 hoặc C2.",
                             "fr": "Le niveau doit être A1, A2, B1, B2, C1 ou C2.",
                             "en": "Level must be A1, A2, B1, B2, C1 or C2."},
    "course.exam_invalid": {"vi": "Kỳ thi phải là DELF, DALF hoặc TCF.",
                            "fr": "L'examen doit être DELF, DALF ou TCF.",
                            "en": "The exam must be DELF, DALF or TCF."},
    "course.code_taken": {"vi": "Mã khóa học này đã được dùng.",
                          "fr": "Ce code de cours est déjà utilisé.",
                          "en": "This course code is already used."},
    "course.ages_invalid": {"vi": "Độ tuổi không hợp lệ: tuổi tối đa phải từ tuổi tối thiểu trở lên.",
                            "fr": "Tranche d'âge invalide : l'âge maximal doit suivre le minimal.",
                            "en": "Invalid ages: the maximum age cannot be below the minimum."},
    "class.dates_invalid": {"vi": "Ngày kết thúc phải sau ngày bắt đầu.",
                            "fr": "La date de fin doit suivre la date de début.",
                            "en": "The end date must be after the start date."},
    "class.capacity_invalid": {"vi": "Sĩ số phải lớn hơn 0.",
                               "fr": "La capacité doit être supérieure à 0.",
                               "en": "Capacity must be greater than 0."},
    "class.fee_invalid": {"vi": "Học phí không được âm.",
                          "fr": "Les frais ne peuvent pas être négatifs.",
                          "en": "The fee cannot be negative."},
})


@dataclass(frozen=True)
class CourseView:
    id: str
    code: str
    name: str
    kind: str
    level: str | None
    exam: str | None
    hours: int
    fee_vnd: int
    min_age: int | None = None
    max_age: int | None = None


@dataclass(frozen=True)
class ClassView:
    id: str
    course_id: str
    course_name: str
    code: str
    room: str
    teacher: str
    schedule: str
    start_date: date
    end_date: date
    capacity: int
    fee_vnd: int
    seats_taken: int
    waitlisted: int

    @property
    def seats_free(self) -> int:
        return max(0, self.capacity - self.seats_taken)


def _course_view(c: Course) -> CourseView:
    return CourseView(c.id, c.code, c.name, c.kind, c.level, c.exam, c.hours, c.fee_vnd,
                      c.min_age, c.max_age)


def create_course(
    desk: Desk, code: str, name: str, kind: CourseKind, *, level: str | None = None,
    exam: str | None = None, hours: int = 0, fee_vnd: int = 0,
    min_age: int | None = None, max_age: int | None = None,
) -> CourseView:
    """`min_age`/`max_age`: the ages it is for at a class's start (None: no bound)."""
    if (min_age is not None and min_age < 0) or (
            min_age is not None and max_age is not None and max_age < min_age):
        raise ValidationError("course.ages_invalid", field="ages")
    if level is not None and level not in LEVELS:
        raise ValidationError("course.level_invalid", field="level")
    if exam is not None and exam not in EXAMS:
        raise ValidationError("course.exam_invalid", field="exam")
    with desk.tx() as s:
        refuse_if_managed(s, "courses")
        if s.scalar(select(Course.id).where(Course.code == clean(code))) is not None:
            raise ValidationError("course.code_taken", field="code")
        row = Course(code=clean(code), name=clean(name), kind=kind.value, level=level,
                     exam=exam, hours=hours, fee_vnd=fee_vnd, min_age=min_age,
                     max_age=max_age, centre_id=SHARED_CENTRE)
        s.add(row)
        s.flush()
        return _course_view(row)


def list_courses(desk: Desk) -> list[CourseView]:
    with desk.tx() as s:
        return [_course_view(c) for c in s.scalars(select(Course).order_by(Course.code))]


def seat_counts(session: Session, class_ids: list[str]) -> dict[str, tuple[int, int]]:
    """(seats taken, waitlisted) per class."""
    query = (
        select(Enrolment.class_id, Enrolment.status, func.count())
        .where(Enrolment.class_id.in_(class_ids))
        .group_by(Enrolment.class_id, Enrolment.status)
    )
    counts: dict[str, tuple[int, int]] = {cid: (0, 0) for cid in class_ids}
    for class_id, status, n in session.execute(query):
        taken, waiting = counts[class_id]
        if status in SEAT_STATUSES:
            taken += n
        elif status == "waitlisted":
            waiting += n
        counts[class_id] = (taken, waiting)
    return counts


def _class_views(session: Session, rows: list[tuple[CourseClass, Course]]) -> list[ClassView]:
    counts = seat_counts(session, [k.id for k, _ in rows])
    return [
        ClassView(k.id, c.id, c.name, k.code, k.room, k.teacher, k.schedule, k.start_date,
                  k.end_date, k.capacity, k.fee_vnd, *counts[k.id])
        for k, c in rows
    ]


def create_class(
    desk: Desk, course_id: str, code: str, *, start_date: date, end_date: date,
    capacity: int, fee_vnd: int, room: str = "", teacher: str = "", schedule: str = "",
) -> ClassView:
    if end_date < start_date:
        raise ValidationError("class.dates_invalid", field="end_date")
    if capacity <= 0:
        raise ValidationError("class.capacity_invalid", field="capacity")
    if fee_vnd < 0:
        raise ValidationError("class.fee_invalid", field="fee")
    with desk.tx() as s:
        course = s.get(Course, course_id)
        if course is None:
            raise not_found("course", course_id)
        row = CourseClass(course_id=course_id, code=clean(code), room=clean(room),
                          teacher=clean(teacher), schedule=clean(schedule),
                          start_date=start_date, end_date=end_date, capacity=capacity,
                          fee_vnd=fee_vnd)
        s.add(row)
        s.flush()
        return _class_views(s, [(row, course)])[0]


def list_classes(desk: Desk, *, open_on: date | None = None) -> list[ClassView]:
    """This centre's classes, newest first; `open_on` keeps those not ended by then."""
    with desk.tx() as s:
        query = (
            select(CourseClass, Course)
            .join(Course, Course.id == CourseClass.course_id)
            .where(CourseClass.centre_id == desk.actor.centre_id)
            .order_by(CourseClass.start_date.desc(), CourseClass.code)
        )
        if open_on is not None:
            query = query.where(CourseClass.end_date >= open_on)
        return _class_views(s, [(k, c) for k, c in s.execute(query)])


def get_class(desk: Desk, class_id: str) -> ClassView:
    with desk.tx() as s:
        query = select(CourseClass, Course).join(Course).where(CourseClass.id == class_id)
        row = s.execute(query).first()
        if row is None:
            raise not_found("class", class_id)
        return _class_views(s, [(row[0], row[1])])[0]
