from datetime import date

import pytest

from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.services.courses import enrolments, payments
from jpf_desk.services.courses.catalogue import (
    create_class,
    create_course,
    get_class,
)
from jpf_desk.services.customers import records
from tests.helpers.consent import give_service_consent
from tests.services.helpers import TODAY, adult


def _class(desk, capacity=2, fee=4_500_000):
    course = create_course(desk, "B1-G", "Tiếng Pháp B1", CourseKind.GENERAL, level="B1")
    return create_class(desk, course.id, "B1-2612", start_date=date(2026, 12, 1),
                        end_date=date(2027, 3, 1), capacity=capacity, fee_vnd=fee)


def _people(desk, n):
    names = ("Anh", "Bình", "Cường", "Dũng", "Hải")
    ids = [records.create_customer(
        desk, adult(given_name=names[i], phone=f"0912 000 00{i}", id_number=""),
        today=TODAY, allow_duplicates=True).customer.id for i in range(n)]
    for customer_id in ids:
        give_service_consent(desk, customer_id)
    return ids


def test_full_class_puts_the_next_customer_on_the_waitlist(desk):
    klass = _class(desk, capacity=2)
    a, b, c, d = _people(desk, 4)
    assert enrolments.enrol(desk, a, klass.id, today=TODAY).status == "pending"
    assert enrolments.enrol(desk, b, klass.id, today=TODAY).status == "pending"
    third = enrolments.enrol(desk, c, klass.id, today=TODAY)
    fourth = enrolments.enrol(desk, d, klass.id, today=TODAY)
    assert (third.status, third.waitlist_position) == ("waitlisted", 1)
    assert fourth.waitlist_position == 2
    view = get_class(desk, klass.id)
    assert (view.seats_taken, view.waitlisted, view.seats_free) == (2, 2, 0)


def test_cancelling_a_seat_promotes_the_first_on_the_waitlist(desk):
    klass = _class(desk, capacity=1)
    a, b, c = _people(desk, 3)
    first = enrolments.enrol(desk, a, klass.id, today=TODAY)
    second = enrolments.enrol(desk, b, klass.id, today=TODAY)
    enrolments.enrol(desk, c, klass.id, today=TODAY)
    changed = enrolments.change_status(desk, first.id, EnrolmentStatus.CANCELLED)
    assert [(e.id, e.status) for e in changed] == [(first.id, "cancelled"),
                                                    (second.id, "pending")]


def test_status_flow_is_enforced(desk):
    klass = _class(desk)
    (a,) = _people(desk, 1)
    e = enrolments.enrol(desk, a, klass.id, today=TODAY)
    with pytest.raises(DomainError):
        enrolments.change_status(desk, e.id, EnrolmentStatus.COMPLETED)
    enrolments.change_status(desk, e.id, EnrolmentStatus.CONFIRMED)
    assert enrolments.change_status(desk, e.id, EnrolmentStatus.COMPLETED)[0].status == "completed"
    with pytest.raises(DomainError):
        enrolments.change_status(desk, e.id, EnrolmentStatus.CANCELLED)


def test_cannot_enrol_twice_in_the_same_class(desk):
    klass = _class(desk)
    (a,) = _people(desk, 1)
    enrolments.enrol(desk, a, klass.id, today=TODAY)
    with pytest.raises(DomainError) as err:
        enrolments.enrol(desk, a, klass.id, today=TODAY)
    assert err.value.code == "enrolment.already_enrolled"


def test_instalments_and_balance(desk):
    klass = _class(desk, fee=4_500_000)
    (a,) = _people(desk, 1)
    e = enrolments.enrol(desk, a, klass.id, today=TODAY, placement_result="A2")
    p1, bal = payments.record_payment(desk, e.id, 2_000_000, PaymentMethod.CASH)
    p2, bal = payments.record_payment(desk, e.id, 1_000_000, PaymentMethod.TRANSFER)
    assert (p1.instalment_no, p2.instalment_no) == (1, 2)
    assert bal.due_vnd == 1_500_000
    with pytest.raises(ValidationError) as err:
        payments.record_payment(desk, e.id, 2_000_000, PaymentMethod.CARD)
    assert err.value.code == "payment.exceeds_balance"
    listed, balance = payments.payments_of(desk, e.id)
    assert len(listed) == 2 and balance.paid_vnd == 3_000_000
    assert enrolments.enrolments_of_customer(desk, a)[0].balance_vnd == 1_500_000


def test_class_validation(desk):
    course = create_course(desk, "A1", "A1", CourseKind.GENERAL, level="A1")
    with pytest.raises(ValidationError):
        create_class(desk, course.id, "X", start_date=date(2027, 1, 2),
                     end_date=date(2027, 1, 1), capacity=10, fee_vnd=1)
    with pytest.raises(ValidationError):
        create_class(desk, course.id, "X", start_date=date(2027, 1, 1),
                     end_date=date(2027, 2, 1), capacity=0, fee_vnd=1)
    with pytest.raises(ValidationError):
        create_course(desk, "Z", "Z", CourseKind.GENERAL, level="D1")


def test_recent_enrolments_newest_first_filtered_by_status_and_centre(desk):
    from jpf_desk.services.desk import Actor, Desk
    from jpf_desk.store.base import new_id

    klass = _class(desk, capacity=2, fee=4_000_000)
    a, b, c, d = _people(desk, 4)
    first = enrolments.enrol(desk, a, klass.id, today=date(2026, 11, 20))
    second = enrolments.enrol(desk, b, klass.id, today=date(2026, 11, 22))
    waiting = enrolments.enrol(desk, c, klass.id, today=date(2026, 11, 24))
    payments.record_payment(desk, second.id, 1_000_000, PaymentMethod.CASH,
                            paid_on=date(2026, 11, 22))
    payments.record_payment(desk, second.id, 500_000, PaymentMethod.CASH,
                            paid_on=date(2026, 11, 23))
    elsewhere = Desk(desk.store, Actor(new_id(), desk.actor.staff_id))  # another centre
    enrolments.enrol(elsewhere, d, klass.id, today=date(2026, 11, 25))

    recent = enrolments.recent_enrolments(desk)
    assert [e.id for e in recent] == [waiting.id, second.id, first.id]
    assert recent[1].paid_vnd == 1_500_000 and recent[1].balance_vnd == 2_500_000
    assert recent[1].customer_name == "Nguyễn Thị Bình"
    assert (recent[1].class_code, recent[1].course_name) == ("B1-2612", "Tiếng Pháp B1")
    assert recent[1] == enrolments.enrolments_of_customer(desk, b)[0]  # same view either way
    [only] = enrolments.recent_enrolments(desk, status="waitlisted")
    assert only.id == waiting.id and only.waitlist_position == 1
    assert [e.id for e in enrolments.recent_enrolments(desk, status="pending")] == [
        second.id, first.id]
    assert [e.id for e in enrolments.recent_enrolments(desk, limit=1)] == [waiting.id]
    with pytest.raises(ValidationError) as err:
        enrolments.recent_enrolments(desk, status="lost")
    assert err.value.code == "enrolment.unknown_status"
