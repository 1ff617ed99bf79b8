"""Restriction, objection, withdrawal and sensitive-data consent stop sends to partners.

Issue 14 (second part): these choices were recorded but a send still went out.
"""

from __future__ import annotations

import pytest

from jpf_desk.domain.consent import ConsentAction
from jpf_desk.domain.disclosure_items import (
    DisclosureChannel,
    DisclosurePurpose,
    LegalBasis,
    PartnerRequestOutcome,
    doc_item,
    field_item,
)
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.consent.capture import ConsentInput, capture_consent, withdraw_consent
from jpf_desk.services.consent.queries import current_consents
from jpf_desk.services.dossiers import documents
from jpf_desk.services.rights.restriction import restrict
from jpf_desk.services.sharing.disclosures import SendRequest, disclosures_of_customer
from jpf_desk.services.sharing.package import send_to_partner
from jpf_desk.services.sharing.partner_requests import answer_request, log_request
from tests.dossiers.helpers import give_partner_consent

CAMPUS = DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE


def _fields_only(world) -> SendRequest:
    return SendRequest(world.dossier.id, world.partner.id, CAMPUS,
                       (field_item("full_name"), field_item("email")), DisclosureChannel.UPLOAD,
                       LegalBasis.JPF_TRANSFER)


@pytest.mark.parametrize(("kind", "code", "words"), [
    (RequestKind.OBJECT, "processing.objected", "phản đối"),
    (RequestKind.RESTRICT, "processing.restricted", "hạn chế"),
])
def test_objection_or_restriction_of_service_stops_a_send(world, tmp_path, kind, code, words):
    give_partner_consent(world.desk, world.customer_id, world.partner, CAMPUS)
    restrict(world.desk, world.customer_id, kind, ["service"])
    with pytest.raises(DomainError) as err:
        send_to_partner(world.desk, _fields_only(world), tmp_path / "out")
    assert err.value.code == code
    assert words in render_error(err.value)
    assert disclosures_of_customer(world.desk, world.customer_id) == []
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_withdrawing_service_withdraws_every_partner_consent_on_the_receipt(world, tmp_path):
    give_partner_consent(world.desk, world.customer_id, world.partner, CAMPUS)
    receipt = withdraw_consent(world.desk, world.customer_id, ["service"])
    partners = receipt.content["partners"]
    assert [(p["partner_id"], p["purpose"], p["choice"]) for p in partners] == [
        (world.partner.id, CAMPUS.value, ConsentAction.WITHDRAWN.value)]
    states = {(c.purpose, c.partner_id): c.state for c in current_consents(
        world.desk, world.customer_id)}
    assert states[(CAMPUS.value, world.partner.id)] == ConsentAction.WITHDRAWN
    with pytest.raises(DomainError) as err:
        send_to_partner(world.desk, _fields_only(world), tmp_path)
    assert err.value.code == "processing.consent_withdrawn"


def test_refusing_service_on_a_new_receipt_does_not_carry_partner_sharing(world, tmp_path):
    give_partner_consent(world.desk, world.customer_id, world.partner, CAMPUS)
    receipt = capture_consent(world.desk, world.customer_id,
                              ConsentInput(given=frozenset({"marketing"})))
    assert [p["choice"] for p in receipt.content["partners"]] == [
        ConsentAction.WITHDRAWN.value]
    with pytest.raises(DomainError):
        send_to_partner(world.desk, _fields_only(world), tmp_path)


def test_passport_needs_the_id_image_consent(world, tmp_path):
    desk, d = world.desk, world.dossier
    item = next(i for i in documents.checklist(desk, d.id) if i.kind_code == "passport")
    documents.attach_file(desk, item.id, "hc.pdf", b"%PDF-1.4 passport scan")
    give_partner_consent(desk, world.customer_id, world.partner, CAMPUS)
    req = SendRequest(d.id, world.partner.id, CAMPUS, (doc_item("passport"),),
                      DisclosureChannel.UPLOAD, LegalBasis.JPF_TRANSFER)
    with pytest.raises(DomainError) as err:
        send_to_partner(desk, req, tmp_path / "out")
    assert err.value.code == "processing.no_sensitive_consent"
    text = render_error(err.value)
    assert "Ảnh giấy tờ tùy thân" in text and "Hộ chiếu" in text
    capture_consent(desk, world.customer_id, ConsentInput(
        given=frozenset({"service"}), sensitive_kinds=("id_card_image",)))
    sent = send_to_partner(desk, req, tmp_path / "out")
    assert sent.document_labels == ("Hộ chiếu",)


def test_id_photos_are_sensitive(world):
    kinds = {i.kind_code: i for i in documents.checklist(world.desk, world.dossier.id)}
    assert kinds["id_photos"].sensitive


def test_partner_request_cannot_be_answered_with_a_send_under_an_objection(world):
    give_partner_consent(world.desk, world.customer_id, world.partner, CAMPUS)
    asked = log_request(world.desk, world.dossier.id, world.partner.id, CAMPUS,
                        (field_item("email"),), "Thiếu email")
    assert asked.has_consent
    restrict(world.desk, world.customer_id, RequestKind.OBJECT, ["service"])
    assert not log_request(world.desk, world.dossier.id, world.partner.id, CAMPUS,
                           (field_item("email"),)).has_consent
    with pytest.raises(DomainError) as err:
        answer_request(world.desk, asked.id, PartnerRequestOutcome.SENT, "Đã gửi email")
    assert err.value.code == "processing.objected"
    refused = answer_request(world.desk, asked.id, PartnerRequestOutcome.REFUSED,
                             "Khách hàng phản đối")
    assert refused.outcome is PartnerRequestOutcome.REFUSED


def test_withdraw_window_says_partner_sharing_stops_with_the_service(world, qtbot):
    from jpf_desk.ui.consent.withdraw import WithdrawDialog

    give_partner_consent(world.desk, world.customer_id, world.partner, CAMPUS)
    dialog = WithdrawDialog(world.desk, world.customer_id, preview=False)
    qtbot.addWidget(dialog)
    dialog.open()
    (partner_box,) = dialog.partner_boxes.values()
    assert partner_box.isEnabled() and not partner_box.isChecked()
    dialog.purpose_boxes["service"].setChecked(True)
    assert partner_box.isChecked() and not partner_box.isEnabled()
    assert "Espace Campus France Hà Nội" in dialog.ui.effects.text()
    dialog.purpose_boxes["service"].setChecked(False)  # changed their mind: as before
    assert partner_box.isEnabled() and not partner_box.isChecked()
    dialog.purpose_boxes["service"].setChecked(True)
    dialog.save()
    assert dialog.receipt is not None
    assert [p["choice"] for p in dialog.receipt.content["partners"]] == ["withdrawn"]
