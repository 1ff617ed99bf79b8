"""Data requests received on one desk of a centre and handled on another.

A customer files a request at desk A; a colleague at desk B (sometimes before pulling A's
latest change) handles it. Head office must take B's steps on top of A's rows, A must obey
what B decided, and nothing may wait in an outbox for ever.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.staff import Role
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.verify import verify_consents
from jpf_desk.services.customers import records
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.rights import requests, restriction, update_decision
from jpf_desk.services.rights.requests import RequestInput
from jpf_desk.store.models import OutboxEntry
from tests.helpers.staff import signed_in
from tests.requests.builders import TODAY
from tests.sync.conftest import MakeDesk
from tests.sync.test_erasure_sync import NEW_STREET, desks_a_and_b, person_input

pytestmark = pytest.mark.postgres


def outbox(desk: Desk) -> int:
    with desk.store.session(None, None) as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def may_market(desk: Desk, customer_id: str) -> bool:
    with desk.tx() as s:
        return restriction.may_process(s, customer_id, "marketing")


def test_a_restriction_filed_on_a_handled_on_b_is_obeyed_on_a_and_lifted_there(
        make_desk: MakeDesk, tmp_path: Path) -> None:
    with desks_a_and_b(make_desk, tmp_path) as (a, b, _course):
        customer_id = records.create_customer(a, person_input("12 Ngõ Hoà Bình"),
                                              today=TODAY).customer.id
        capture_consent(a, customer_id, ConsentInput(given=frozenset({"service", "marketing"})))
        filed = requests.file_request(a, RequestInput(
            customer_id=customer_id, kind=RequestKind.RESTRICT, received_on=TODAY,
            purposes=("marketing",)), today=TODAY)
        sync_now(a)
        sync_now(b)
        assert [requests.get_request(d, filed.id).answer_due for d in (a, b)] == [
            filed.answer_due, filed.answer_due]

        handled = restriction.handle_rights_request(b, filed.id, told_on=TODAY)
        assert handled.status == "done"
        assert may_market(b, customer_id) is False
        pushed = sync_now(b)
        assert (pushed.conflicts, pushed.refused) == (0, 0)
        assert sync_now(a).conflicts == 0
        assert requests.get_request(a, filed.id).status == "done"
        assert may_market(a, customer_id) is False

        [flag] = restriction.restrictions_of(a, customer_id)
        restriction.lift(a, flag.id)
        lifted = sync_now(a)
        assert (lifted.conflicts, lifted.refused) == (0, 0)
        assert sync_now(b).conflicts == 0
        for desk in (a, b):
            assert may_market(desk, customer_id) is True
            assert [r.active for r in restriction.restrictions_of(desk, customer_id)] == [False]
            assert outbox(desk) == 0
            assert verify_consents(desk).ok


def test_an_update_approved_on_b_merges_with_an_edit_a_made_meanwhile(
        make_desk: MakeDesk, tmp_path: Path) -> None:
    """Approved on B before B pulled A's new street: the phone from the request and the
    street from A are different fields, both stay on both desks."""
    with desks_a_and_b(make_desk, tmp_path) as (a, b, _course):
        customer_id = records.create_customer(a, person_input("12 Ngõ Hoà Bình"),
                                              today=TODAY).customer.id
        filed = requests.file_request(a, RequestInput(
            customer_id=customer_id, kind=RequestKind.UPDATE, received_on=TODAY,
            changes={"phone": "0988 777 666"}), today=TODAY)
        sync_now(a)
        sync_now(b)
        approver = signed_in(b, "Vũ Thanh Mai", Role.MANAGER)

        records.update_customer(a, customer_id, person_input(NEW_STREET),
                                reason="khách chuyển nhà", today=TODAY)
        assert sync_now(a).conflicts == 0
        done = update_decision.approve_update(approver, filed.id, today=TODAY)
        assert done.status == "done"
        pushed = sync_now(approver)
        assert (pushed.conflicts, pushed.refused) == (0, 0)
        assert sync_now(a).conflicts == 0

        for desk in (a, b):
            seen = records.get_customer(desk, customer_id)
            assert (seen.phone_e164, seen.street) == ("+84988777666", NEW_STREET)
            assert requests.get_request(desk, filed.id).status == "done"
            assert outbox(desk) == 0


def test_requests_filed_on_two_desks_before_syncing_both_reach_both_desks(
        make_desk: MakeDesk, tmp_path: Path) -> None:
    """Each desk numbers the centre's requests: two desks filing the same day offline
    must not give one number twice, nor lose a request at the other desk's pull."""
    with desks_a_and_b(make_desk, tmp_path) as (a, b, _course):
        customer_id = records.create_customer(a, person_input("12 Ngõ Hoà Bình"),
                                              today=TODAY).customer.id
        sync_now(a)
        sync_now(b)

        on_a = requests.file_request(a, RequestInput(
            customer_id=customer_id, kind=RequestKind.ACCESS, received_on=TODAY), today=TODAY)
        on_b = requests.file_request(b, RequestInput(
            customer_id=customer_id, kind=RequestKind.ACCESS, received_on=TODAY), today=TODAY)
        for desk in (a, b, a):
            report = sync_now(desk)
            assert (report.conflicts, report.refused, report.parked, report.quarantined) == (
                0, 0, 0, 0)

        for desk in (a, b):
            filed = {r.id: r.number for r in requests.requests_of_customer(desk, customer_id)}
            assert set(filed) == {on_a.id, on_b.id}
            assert len(set(filed.values())) == 2
            assert outbox(desk) == 0
