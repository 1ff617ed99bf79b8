"""Partner consents: the purpose comes from the partner's agreed scope, "abroad" from the
partner's country, and for a minor every new choice is made by the guardian present
(and, from 7, by the child), never copied from an earlier receipt."""

from datetime import date, timedelta

import pytest

from jpf_desk.domain.errors import DomainError
from jpf_desk.services.consent.capture import (
    ConsentInput,
    MinorDecision,
    add_partner_consents,
    capture_consent,
)
from jpf_desk.services.consent.content import PartnerChoice
from jpf_desk.services.consent.export import kantara_receipt
from jpf_desk.services.customers.records import get_customer
from tests.consent.builders import NOW, new_adult, new_minor, new_partner

UNI_SCOPES = {
    "school_application": ("field:full_name", "field:email", "doc:transcripts"),
    "housing": ("field:full_name", "field:phone", "doc:bank_statements"),
}


@pytest.fixture
def university(desk):
    return new_partner(desk, "Université de Provence (ví dụ)", "FR", UNI_SCOPES)


def test_two_purposes_for_one_university_print_their_own_purpose(desk, university):
    cid = new_adult(desk)
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    receipt = add_partner_consents(desk, cid, [
        PartnerChoice(university.id, "school_application", True),
        PartnerChoice(university.id, "housing", True),
    ], now=NOW + timedelta(minutes=1))
    rows = {p["purpose"]: p for p in receipt.content["partners"]}
    assert rows["school_application"]["text"] == "Nộp hồ sơ vào trường"
    assert rows["housing"]["text"] == "Tìm nhà ở"
    assert rows["school_application"]["partner_name"] == "Université de Provence (ví dụ)"
    assert rows["school_application"]["cross_border"] is True  # France, from the country
    exported = kantara_receipt(receipt)
    third = {p["jpfPurposeCode"]: p for p in exported["services"][0]["purposes"]
             if p["thirdPartyDisclosure"]}
    assert third["school_application"]["piiCategory"] == ["1 - Biographical", "2 - Contact"]
    assert third["housing"]["piiCategory"] == ["1 - Biographical", "2 - Contact",
                                               "7 - Financial"]
    assert third["housing"]["jpfPartnerCountry"] == "FR"
    assert third["housing"]["jpfAgreedItems"] == ["doc:bank_statements", "field:full_name",
                                                  "field:phone"]


def test_a_partner_in_vietnam_is_not_abroad(desk):
    local = new_partner(desk, "Văn phòng dịch thuật (ví dụ)", "VN",
                        {"translation": ("field:full_name", "doc:diplomas")})
    cid = new_adult(desk)
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    receipt = add_partner_consents(desk, cid, [PartnerChoice(local.id, "translation", True)],
                                   now=NOW + timedelta(minutes=1))
    assert receipt.content["partners"][0]["cross_border"] is False


@pytest.mark.parametrize("purpose", ["service", "visa_application", "no_such_purpose"])
def test_a_purpose_outside_the_agreed_scope_is_refused(desk, university, purpose):
    cid = new_adult(desk)
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    with pytest.raises(DomainError) as err:
        add_partner_consents(desk, cid, [PartnerChoice(university.id, purpose, True)],
                             now=NOW + timedelta(minutes=1))
    assert err.value.code == "consent.partner_purpose_not_agreed"


def _minor_with_consent(desk, birth=date(2016, 3, 2)):
    cid = new_minor(desk, birth=birth)
    guardian = get_customer(desk, cid).guardians[0]
    capture_consent(desk, cid, ConsentInput(
        given=frozenset({"service"}), guardian_id=guardian.id, guardian_consented=True,
        child_consented=True if birth.year < 2019 else None), now=NOW)
    return cid, guardian


def test_minor_partner_consent_needs_the_guardian_present(desk, university):
    cid, _ = _minor_with_consent(desk)
    with pytest.raises(DomainError) as err:
        add_partner_consents(desk, cid, [PartnerChoice(university.id, "housing", True)],
                             now=NOW + timedelta(minutes=1))
    assert err.value.code == "consent.guardian_required"


def test_minor_partner_consent_from_seven_needs_the_child_each_time(desk, university):
    cid, guardian = _minor_with_consent(desk)  # 10 years old, agreed at intake
    with pytest.raises(DomainError) as err:
        add_partner_consents(desk, cid, [PartnerChoice(university.id, "housing", True)],
                             decided_by=MinorDecision(guardian.id, guardian_consented=True),
                             now=NOW + timedelta(minutes=1))
    assert err.value.code == "consent.child_required"
    receipt = add_partner_consents(
        desk, cid, [PartnerChoice(university.id, "housing", True)],
        decided_by=MinorDecision(guardian.id, guardian_consented=True, child_consented=True),
        now=NOW + timedelta(minutes=2))
    part = receipt.content["partners"][0]
    assert part["decided_by"] == {"guardian_id": guardian.id, "guardian_name": "Đỗ Thị Lụa",
                                  "relationship": "mother", "child_consented": True}
    assert receipt.content["guardian"]["full_name"] == "Đỗ Thị Lụa"
    assert receipt.content["child_consented"] is True


def test_minor_under_seven_is_not_asked_and_not_said_to_agree(desk, university):
    cid, guardian = _minor_with_consent(desk, birth=date(2021, 1, 5))
    receipt = add_partner_consents(
        desk, cid, [PartnerChoice(university.id, "housing", True)],
        decided_by=MinorDecision(guardian.id, guardian_consented=True),
        now=NOW + timedelta(minutes=1))
    assert receipt.content["child_consented"] is None
    assert receipt.content["partners"][0]["decided_by"]["child_consented"] is None


def test_adult_partner_consent_names_no_guardian(desk, university):
    cid = new_adult(desk)
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    receipt = add_partner_consents(desk, cid, [PartnerChoice(university.id, "housing", True)],
                                   now=NOW + timedelta(minutes=1))
    assert receipt.content["guardian"] is None
    assert receipt.content["partners"][0]["decided_by"] is None


def test_a_french_receipts_partner_purpose_is_in_french(desk, university):
    cid = new_adult(desk)
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service"}), language="fr"), now=NOW)
    receipt = add_partner_consents(desk, cid, [
        PartnerChoice(university.id, "school_application", True)],
        now=NOW + timedelta(minutes=1))
    assert receipt.content["language"] == "fr"
    assert receipt.content["partners"][0]["text"] == "Candidature à un établissement"
