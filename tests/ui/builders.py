"""Small builders for UI tests: each makes one thing through the services."""

from __future__ import annotations

from datetime import date, timedelta

from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.dates import today_vn
from jpf_desk.services.courses import enrolments
from jpf_desk.services.courses.catalogue import (
    ClassView,
    create_class,
    create_course,
)
from jpf_desk.services.courses.enrolments import EnrolmentView
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput, GuardianInput
from jpf_desk.services.desk import Desk
from tests.helpers.consent import give_service_consent


def adult(desk: Desk, family: str = "Trần", middle: str = "Văn", given: str = "Bảo",
          phone: str = "0903 111 222", birth: date = date(1995, 5, 17),
          id_number: str = "") -> str:
    data = CustomerInput(family_name=family, middle_name=middle, given_name=given,
                         birth_date=birth, sex="male", phone=phone, id_number=id_number,
                         id_kind="cccd" if id_number else "")
    return records.create_customer(desk, data, allow_duplicates=True).customer.id


def minor(desk: Desk, given: str = "Minh") -> str:
    data = CustomerInput(
        family_name="Phạm", middle_name="Gia", given_name=given,
        birth_date=today_vn() - timedelta(days=365 * 10), sex="male",
        guardians=[GuardianInput("Phạm Thu Hà", "mother", "0987 654 321", "cccd",
                                 "001185012345")])
    return records.create_customer(desk, data, allow_duplicates=True).customer.id


def open_class(desk: Desk, capacity: int = 2, fee_vnd: int = 4_500_000,
               code: str = "A1-2026-12") -> ClassView:
    course = create_course(desk, f"C-{code}", "Tiếng Pháp A1", CourseKind.GENERAL, level="A1",
                           fee_vnd=fee_vnd)
    start = today_vn() + timedelta(days=7)
    return create_class(desk, course.id, code, start_date=start,
                        end_date=start + timedelta(weeks=12), capacity=capacity,
                        fee_vnd=fee_vnd, teacher="Lê Minh Châu")


def ready_to_enrol(desk: Desk, customer_id: str) -> None:
    """What enrolment needs beforehand: the customer's "service" consent."""
    give_service_consent(desk, customer_id)


def enrol(desk: Desk, customer_id: str, class_id: str) -> EnrolmentView:
    """Put a customer in a class the way the enrol dialog does."""
    ready_to_enrol(desk, customer_id)
    return enrolments.enrol(desk, customer_id, class_id)


def full_class(desk: Desk, capacity: int = 1) -> ClassView:
    klass = open_class(desk, capacity=capacity)
    for n in range(capacity):
        enrol(desk, adult(desk, given=f"Học{chr(ord('A') + n)}", phone=f"090311{n:04d}"),
              klass.id)
    return klass
