"""Enrolment obeys the customer's restriction, objection and withdrawal of "service"."""

from __future__ import annotations

from datetime import date

import pytest

from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.consent.capture import withdraw_consent
from jpf_desk.services.courses import enrolments
from jpf_desk.services.courses.catalogue import create_class, create_course
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.rights.restriction import restrict
from tests.helpers.consent import give_service_consent

TODAY = date(2026, 11, 25)


def _customer(desk, given="Quyên", phone="0913 555 101"):
    saved = records.create_customer(desk, CustomerInput(
        family_name="Trịnh", middle_name="Bảo", given_name=given, birth_date=date(1999, 3, 4),
        sex="female", phone=phone), today=TODAY)
    give_service_consent(desk, saved.customer.id)
    return saved.customer.id


def _class(desk, capacity=5):
    course = create_course(desk, "B1X", "Tiếng Pháp B1", CourseKind.GENERAL, level="B1")
    return create_class(desk, course.id, "B1X-01", start_date=date(2026, 12, 1),
                        end_date=date(2027, 3, 1), capacity=capacity, fee_vnd=5_000_000).id


@pytest.mark.parametrize(("kind", "code"), [(RequestKind.OBJECT, "processing.objected"),
                                            (RequestKind.RESTRICT, "processing.restricted")])
def test_objection_or_restriction_stops_enrolment(desk, kind, code):
    customer, klass = _customer(desk), _class(desk)
    restrict(desk, customer, kind, ["service"])
    with pytest.raises(DomainError) as err:
        enrolments.enrol(desk, customer, klass, today=TODAY)
    assert err.value.code == code
    assert "Thực hiện và quản lý việc phân phối dịch vụ" in render_error(err.value)
    assert enrolments.enrolments_of_customer(desk, customer) == []


def test_restricting_marketing_does_not_stop_enrolment(desk):
    customer, klass = _customer(desk), _class(desk)
    restrict(desk, customer, RequestKind.RESTRICT, ["marketing"])
    assert enrolments.enrol(desk, customer, klass, today=TODAY).status == "pending"


def test_withdrawn_service_is_named_as_a_withdrawal(desk):
    customer, klass = _customer(desk), _class(desk)
    withdraw_consent(desk, customer, ["service"])
    with pytest.raises(DomainError) as err:
        enrolments.enrol(desk, customer, klass, today=TODAY)
    assert err.value.code == "processing.consent_withdrawn"


def test_objecting_customer_is_not_confirmed_nor_promoted_from_the_waitlist(desk):
    klass = _class(desk, capacity=1)
    first = _customer(desk, "An", "0913 555 102")
    waiting = _customer(desk, "Bình", "0913 555 103")
    next_one = _customer(desk, "Chi", "0913 555 104")
    seat = enrolments.enrol(desk, first, klass, today=TODAY)
    blocked = enrolments.enrol(desk, waiting, klass, today=TODAY)
    later = enrolments.enrol(desk, next_one, klass, today=TODAY)
    assert blocked.status == later.status == "waitlisted"
    restrict(desk, waiting, RequestKind.OBJECT, ["service"])
    changed = enrolments.change_status(desk, seat.id, EnrolmentStatus.CANCELLED)
    assert [(c.customer_id, c.status) for c in changed] == [(first, "cancelled"),
                                                             (next_one, "pending")]
    with pytest.raises(DomainError) as err:
        enrolments.change_status(desk, blocked.id, EnrolmentStatus.PENDING)
    assert err.value.code == "processing.objected"


def test_enrol_window_names_the_objection_in_words(qtbot, desk):
    from jpf_desk.ui.enrolments.enrol_dialog import EnrolDialog

    customer, klass = _customer(desk), _class(desk)
    restrict(desk, customer, RequestKind.OBJECT, ["service"])
    dialog = EnrolDialog(desk, customer_id=customer, class_id=klass)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result_view is None
    assert "phản đối" in dialog.ui.generalError.text()
    assert not dialog.ui.generalError.isHidden()
