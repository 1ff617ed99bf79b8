from datetime import date

from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.services.courses import enrolments, payments
from jpf_desk.services.courses.catalogue import (
    create_class,
    create_course,
)
from jpf_desk.services.customers import records, search
from jpf_desk.services.customers.input import CustomerInput
from tests.helpers.consent import give_service_consent


def test_intake_search_enrol_pay(desk):
    saved = records.create_customer(desk, CustomerInput(
        family_name="Nguyễn", middle_name="Thị", given_name="Ánh",
        birth_date=date(1999, 3, 4), sex="female", phone="0912 345 678"))
    assert saved.customer.phone_e164 == "+84912345678"
    found = search.search_customers(desk, "nguyen thi anh")
    assert [r.id for r in found] == [saved.customer.id]
    course = create_course(desk, "A1-G", "Tiếng Pháp A1", CourseKind.GENERAL, level="A1")
    klass = create_class(desk, course.id, "A1-2026-11", start_date=date(2026, 12, 1),
                         end_date=date(2027, 3, 1), capacity=1, fee_vnd=4_500_000)
    give_service_consent(desk, saved.customer.id)
    e = enrolments.enrol(desk, saved.customer.id, klass.id, today=date(2026, 11, 25))
    assert e.status == "pending"
    _, bal = payments.record_payment(desk, e.id, 1_500_000, PaymentMethod.CASH)
    assert bal.due_vnd == 3_000_000
