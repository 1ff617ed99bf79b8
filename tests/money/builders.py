"""A class with enrolled customers, for the payment and class-list tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jpf_desk.domain.courses import CourseKind
from jpf_desk.services.courses import enrolments
from jpf_desk.services.courses.catalogue import create_class, create_course
from jpf_desk.services.customers import records
from jpf_desk.services.desk import Desk
from tests.helpers.consent import give_service_consent
from tests.services.helpers import TODAY, adult


@dataclass(frozen=True)
class Enrolled:
    class_id: str
    customer_id: str
    enrolment_id: str


def enrolled(desk: Desk, *, code: str = "B1-G", given: str = "Ánh",
             phone: str = "0912 345 678", fee: int = 4_500_000,
             schedule: str = "T3-T5 18:00", room: str = "P.201") -> Enrolled:
    course = create_course(desk, code, "Tiếng Pháp B1", CourseKind.GENERAL, level="B1",
                           min_age=16)
    klass = create_class(desk, course.id, f"{code}-2612", start_date=date(2026, 12, 1),
                         end_date=date(2027, 3, 1), capacity=10, fee_vnd=fee, room=room,
                         teacher="Claire Martin", schedule=schedule)
    customer = records.create_customer(desk, adult(given_name=given, phone=phone,
                                                   id_number=""),
                                       today=TODAY, allow_duplicates=True).customer.id
    give_service_consent(desk, customer)
    enrolment = enrolments.enrol(desk, customer, klass.id, today=TODAY)
    return Enrolled(klass.id, customer, enrolment.id)
