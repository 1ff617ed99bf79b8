"""When partners received the data: longer deadlines, and a follow-up per partner."""

from __future__ import annotations

from datetime import date

from jpf_desk.domain.disclosure_items import (
    DisclosureChannel,
    DisclosurePurpose,
    LegalBasis,
    PartnerKind,
    field_item,
)
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.consent.queries import current_consents
from jpf_desk.services.dossiers.workflow import DossierInput, create_dossier
from jpf_desk.services.rights import requests, restriction, update_decision
from jpf_desk.services.rights.requests import RequestInput
from jpf_desk.services.sharing.disclosures import SendRequest
from jpf_desk.services.sharing.package import send_to_partner
from jpf_desk.services.sharing.partners import PartnerInput, save_partner, set_scope
from tests.dossiers.helpers import give_partner_consent, make_customer
from tests.helpers.plain_view import decrypted_bytes
from tests.requests.builders import TODAY


def sent_to_campus_france(desk, tmp_path) -> str:
    consultant = setup.add_staff(desk, "Đỗ Quang Vinh", Role.CONSULTANT)
    customer_id = make_customer(desk)
    dossier = create_dossier(desk, DossierInput(customer_id, consultant.id, "september", 2027,
                                                "Thạc sĩ", 600_000_000), today=date(2026, 11, 1))
    partner = save_partner(desk, PartnerInput("Espace Campus France Hà Nội",
                                              PartnerKind.CAMPUS_FRANCE, "FR",
                                              "hanoi@campusfrance.example"))
    items = (field_item("full_name"), field_item("email"))
    partner = set_scope(desk, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE, items)
    give_partner_consent(desk, customer_id, partner, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE)
    send_to_partner(desk, SendRequest(dossier.id, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                                      items, DisclosureChannel.EMAIL, LegalBasis.OWN_SUBMISSION), tmp_path)
    return customer_id


def test_update_of_a_disclosed_field_creates_a_follow_up(desk, second_manager, tmp_path):
    customer_id = sent_to_campus_france(desk, tmp_path)
    filed = requests.file_request(desk, RequestInput(
        customer_id=customer_id, kind=RequestKind.UPDATE, received_on=TODAY,
        changes={"email": "hoa.moi@example.vn", "street": "8 Tràng Tiền"}), today=TODAY)
    assert filed.partners_involved
    assert filed.answer_due == date(2026, 12, 10)  # 15 days instead of 10
    done = update_decision.approve_update(second_manager, filed.id, today=TODAY)
    assert [(t.partner_name, t.fields) for t in done.follow_ups] == [
        ("Espace Campus France Hà Nội", ("email",))]  # the street was never sent
    [task] = update_decision.open_follow_ups(desk)
    finished = update_decision.finish_follow_up(desk, task.id, "Đã gửi email cho Campus France")
    assert finished.status == "done" and update_decision.open_follow_ups(desk) == []


def test_withdrawal_request_goes_through_consent(desk, tmp_path):
    customer_id = sent_to_campus_france(desk, tmp_path)
    from jpf_desk.services.consent.capture import ConsentInput, capture_consent

    capture_consent(desk, customer_id, ConsentInput(given=frozenset({"service", "marketing"})))
    filed = requests.file_request(desk, RequestInput(
        customer_id=customer_id, kind=RequestKind.WITHDRAW, received_on=TODAY,
        purposes=("marketing",)), today=TODAY)
    done = restriction.handle_rights_request(desk, filed.id)
    assert done.status == "done"
    states = {s.purpose: s.state for s in current_consents(desk, customer_id) if not s.partner_id}
    assert states["marketing"] == "withdrawn" and states["service"] == "given"
    with desk.tx() as s:
        assert not restriction.may_process(s, customer_id, "marketing")


def test_erasure_of_a_customer_with_a_dossier_and_disclosures(desk, tmp_path):
    customer_id = sent_to_campus_france(desk, tmp_path)
    from jpf_desk.services.rights import erasure

    tomb = erasure.erase_customer(desk, customer_id, "Khách yêu cầu xoá sau khi huỷ hồ sơ")
    kept = {k.what for k in tomb.kept}
    assert {"consent", "disclosures"} <= kept
    raw = decrypted_bytes(desk.store.path, desk.store.key)
    assert "Phạm Minh Hoà".encode() not in raw and b"hoa.pham@example.vn" not in raw
