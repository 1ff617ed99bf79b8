"""A record that is gone (never there, deleted or erased at another desk) is a typed
NotFound with one code per kind of record and the id as its only parameter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from jpf_desk.domain import messages
from jpf_desk.domain.disclosure_items import DisclosurePurpose
from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.domain.errors import DomainError, NotFound
from jpf_desk.domain.not_found import RECORD_KINDS
from jpf_desk.services.consent.queries import get_receipt
from jpf_desk.services.courses import catalogue, enrolments, payments, receipts
from jpf_desk.services.customers.records import get_customer
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers import documents, workflow
from jpf_desk.services.rights import erasure, holidays, restriction, update_decision
from jpf_desk.services.sharing.partners import set_scope
from jpf_desk.services.staff import accounts
from jpf_desk.store.models import Enrolment
from tests.ui import builders

GONE = "00000000-0000-0000-0000-000000000000"

CASES: list[tuple[str, Callable[[Desk], object]]] = [
    ("not_found.customer", lambda d: get_customer(d, GONE)),
    ("not_found.customer", lambda d: erasure.erase_customer(d, GONE, "Khách yêu cầu")),
    ("not_found.class", lambda d: catalogue.get_class(d, GONE)),
    ("not_found.course", lambda d: catalogue.create_class(
        d, GONE, "X", start_date=date(2027, 1, 4), end_date=date(2027, 3, 29),
        capacity=10, fee_vnd=0)),
    ("not_found.enrolment", lambda d: payments.payments_of(d, GONE)),
    ("not_found.enrolment",
     lambda d: enrolments.change_status(d, GONE, EnrolmentStatus.CANCELLED)),
    ("not_found.receipt", lambda d: get_receipt(d, "ZZZZ-ZZZZ")),
    ("not_found.payment", lambda d: receipts.prepare_receipt(d, GONE)),
    ("not_found.dossier", lambda d: workflow.get_dossier(d, GONE)),
    ("not_found.document", lambda d: documents.set_checked(d, GONE, True)),
    ("not_found.partner", lambda d: set_scope(d, GONE, DisclosurePurpose.SCHOOL_APPLICATION, [])),
    ("not_found.follow_up", lambda d: update_decision.finish_follow_up(d, GONE)),
    ("not_found.restriction", lambda d: restriction.lift(d, GONE)),
    ("not_found.staff", lambda d: accounts.reset_password(d, GONE, "pin-123456", None)),
]


@pytest.mark.parametrize(("code", "call"), CASES, ids=[c for c, _ in CASES])
def test_a_missing_record_raises_not_found_with_its_code(desk, code, call):
    with pytest.raises(NotFound) as err:
        call(desk)  # the desk's staff member is the centre's manager: allowed everywhere
    assert err.value.code == code
    assert err.value.params == {"id": GONE if code != "not_found.receipt" else "ZZZZ-ZZZZ"}


def test_a_holiday_that_is_not_in_the_calendar(desk):
    with pytest.raises(NotFound) as err:
        holidays.confirm_holiday(desk, date(2031, 7, 15))
    assert (err.value.code, err.value.params) == ("not_found.holiday", {"id": "2031-07-15"})


def test_a_record_deleted_meanwhile_is_not_found(desk):
    klass = builders.open_class(desk)
    seat = builders.enrol(desk, builders.adult(desk), klass.id)
    with desk.tx() as s:  # e.g. removed at another desk, arrived by sync
        s.delete(s.get(Enrolment, seat.id))
    with pytest.raises(NotFound) as err:
        enrolments.change_status(desk, seat.id, EnrolmentStatus.CONFIRMED)
    assert (err.value.code, err.value.params) == ("not_found.enrolment", {"id": seat.id})


def test_enrolling_an_erased_class_or_customer_names_which_one_is_gone(desk):
    klass = builders.open_class(desk)
    customer = builders.adult(desk)
    with pytest.raises(NotFound) as err:
        enrolments.enrol(desk, customer, GONE)
    assert (err.value.code, err.value.params) == ("not_found.class", {"id": GONE})
    with pytest.raises(NotFound) as err:
        enrolments.enrol(desk, GONE, klass.id)
    assert (err.value.code, err.value.params) == ("not_found.customer", {"id": GONE})


def test_not_found_is_still_a_lookup_error_and_a_domain_error(desk):
    with pytest.raises(LookupError):
        get_customer(desk, GONE)
    with pytest.raises(DomainError):
        get_customer(desk, GONE)


def test_every_kind_has_a_sentence_in_three_languages():
    assert len(RECORD_KINDS) == 16
    for kind in RECORD_KINDS:
        texts = messages.translations(f"not_found.{kind}")
        assert set(texts) == {"vi", "fr", "en"}, kind
    assert messages.render("not_found.customer", {"id": GONE}) == (
        "Không tìm thấy khách hàng này. Có thể nó đã bị xoá ở máy khác; hãy tải lại danh sách.")
    assert messages.render("not_found.class", {"id": GONE}, "en") == (
        "This class cannot be found. It may have been deleted at another desk; "
        "refresh the list.")
