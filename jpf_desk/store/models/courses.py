"""Course catalogue and the classes that run a course at a centre."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, Tracked


class Course(Tracked, Base):
    __tablename__ = "courses"

    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # general / exam_prep / kids
    level: Mapped[str | None] = mapped_column(String(2), default=None)  # A1..C2
    # The ages the course is for, in whole years at the class's start (None: no bound).
    min_age: Mapped[int | None] = mapped_column(Integer, default=None)
    max_age: Mapped[int | None] = mapped_column(Integer, default=None)
    exam: Mapped[str | None] = mapped_column(String(10), default=None)  # DELF/DALF/TCF
    hours: Mapped[int] = mapped_column(Integer, default=0)
    fee_vnd: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")


class CourseClass(Tracked, Base):
    __tablename__ = "classes"

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    room: Mapped[str] = mapped_column(String(40), default="")
    teacher: Mapped[str] = mapped_column(String(200), default="")
    schedule: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    capacity: Mapped[int] = mapped_column(Integer)
    fee_vnd: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="open")
