"""Builders for request tests: an invented customer with an enrolment and payments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.services.courses import enrolments, payments
from jpf_desk.services.courses.catalogue import (
    create_class,
    create_course,
)
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.desk import Desk
from tests.helpers.consent import give_service_consent

TODAY = date(2026, 11, 25)
NAME = "Phạm Thị Hương Giang"


@dataclass(frozen=True)
class Person:
    id: str
    enrolment_id: str
    full_name: str


def make_person(desk: Desk, full_name: str = NAME, phone: str = "0913 222 444",
                id_number: str = "001199088812", street: str = "12 Ngõ Hoà Bình") -> Person:
    family, *middle, given = full_name.split(" ")
    saved = records.create_customer(desk, CustomerInput(
        family_name=family, middle_name=" ".join(middle), given_name=given,
        birth_date=date(1998, 7, 9), sex="female", phone=phone, email="giang.pham@example.vn",
        id_kind="cccd", id_number=id_number, street=street), today=TODAY)
    give_service_consent(desk, saved.customer.id)
    course = create_course(desk, f"A2-{id_number[-4:]}", "Tiếng Pháp A2", CourseKind.GENERAL,
                           level="A2")
    klass = create_class(desk, course.id, f"A2-{id_number[-4:]}", start_date=date(2026, 12, 1),
                         end_date=date(2027, 3, 1), capacity=10, fee_vnd=6_000_000)
    enrolment = enrolments.enrol(desk, saved.customer.id, klass.id, today=TODAY)
    payments.record_payment(desk, enrolment.id, 2_000_000, PaymentMethod.CASH,
                            paid_on=date(2026, 11, 20))
    payments.record_payment(desk, enrolment.id, 1_500_000, PaymentMethod.TRANSFER,
                            paid_on=date(2026, 11, 24))
    return Person(saved.customer.id, enrolment.id, saved.customer.full_name)


