"""Filing requests, the status flow, update approval by a second manager."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.requests import IdentityCheck, RequestChannel
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import IntakeInvalid
from jpf_desk.services.rights import requests, update_decision
from jpf_desk.services.rights.requests import RequestInput
from tests.requests.builders import TODAY


def request_number(desk, sequence: int) -> str:
    """Centre code, year, the tag of the desk's numbering series (its store id's first
    six hex digits until a restore), then the desk's own sequence."""
    with desk.tx() as s:
        store_id = s.execute(text("SELECT value FROM store_settings WHERE key = 'store_id'")
                             ).scalar_one()
    return f"HN1-2026-{store_id.replace('-', '')[:6].upper()}-{sequence:04d}"


def test_file_access_request_with_deadlines(desk, person):
    view = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.ACCESS, channel=RequestChannel.PHONE,
        received_on=date(2026, 11, 27), identity_check=IdentityCheck.KNOWN_CONTACT),
        today=date(2026, 11, 30))
    assert view.number == request_number(desk, 1)
    assert view.status == "received"
    assert view.acknowledge_due == date(2026, 12, 1)  # Fri -> Tue
    assert view.answer_due == date(2026, 12, 7)  # 10 calendar days
    assert [s.step for s in view.steps] == ["received"]
    assert view.steps[0].staff_id == desk.actor.staff_id


def test_status_flow_extension_and_refusal_need_reasons(desk, person):
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.DELETE, received_on=TODAY), today=TODAY)
    requests.acknowledge(desk, filed.id)
    with pytest.raises(DomainError):
        requests.acknowledge(desk, filed.id)  # acknowledged twice
    requests.start(desk, filed.id)
    with pytest.raises(ValidationError):
        requests.extend(desk, filed.id, 10, "  ")
    extended = requests.extend(desk, filed.id, 20, "Cần đối chiếu hồ sơ kế toán")
    assert extended.answer_due == date(2027, 1, 4)  # 15 Dec + 20 days
    with pytest.raises(DomainError) as second:
        requests.extend(desk, filed.id, 5, "Lần nữa")
    assert second.value.code == "request.extension_used"
    with pytest.raises(ValidationError):
        requests.refuse(desk, filed.id, "")
    refused = requests.refuse(desk, filed.id, "Hợp đồng còn hiệu lực", date(2026, 12, 1))
    assert refused.status == "refused"
    assert [s.step for s in refused.steps] == [
        "received", "acknowledged", "in_progress", "extended", "refused"]


def test_update_request_approved_by_second_manager(desk, person, receptionist,
                                                   second_manager):
    filed = requests.file_request(receptionist, RequestInput(
        customer_id=person.id, kind=RequestKind.UPDATE, received_on=TODAY,
        changes={"phone": "0988 777 666", "street": "45 Phố Huế"}), today=TODAY)
    assert {(f.field, f.old_value, f.new_value) for f in filed.fields} == {
        ("phone", "+84913222444", "+84988777666"),
        ("street", "12 Ngõ Hoà Bình", "45 Phố Huế")}
    with pytest.raises(DomainError) as not_manager:
        update_decision.approve_update(receptionist, filed.id, today=TODAY)
    assert not_manager.value.code == "request.approver_role"
    done = update_decision.approve_update(second_manager, filed.id, today=TODAY)
    assert done.status == "done"
    assert records.get_customer(desk, person.id).phone_e164 == "+84988777666"
    history = {(h.field, h.old_value, h.new_value, h.reason)
               for h in records.field_history(desk, person.id)}
    assert ("phone_e164", "+84913222444", "+84988777666", "Yêu cầu " + request_number(desk, 1)) in history


def test_filer_cannot_approve_and_rejection_needs_reason(desk, person, second_manager):
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.UPDATE, received_on=TODAY,
        changes={"email": "giang.new@example.vn"}), today=TODAY)
    with pytest.raises(DomainError) as same:
        update_decision.approve_update(desk, filed.id, today=TODAY)
    assert same.value.code == "request.approver_is_filer"
    with pytest.raises(ValidationError):
        update_decision.reject_update(second_manager, filed.id, "")
    rejected = update_decision.reject_update(second_manager, filed.id, "Không xác minh được")
    assert rejected.status == "refused"
    assert records.get_customer(desk, person.id).email == "giang.pham@example.vn"


def test_invalid_new_value_is_refused_when_filed(desk, person):
    with pytest.raises(IntakeInvalid) as bad:
        requests.file_request(desk, RequestInput(
            customer_id=person.id, kind=RequestKind.UPDATE, received_on=TODAY,
            changes={"phone": "12"}), today=TODAY)
    assert bad.value.errors[0].field == "phone"
