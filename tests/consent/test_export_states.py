"""The Kantara export never lets a refusal or a withdrawal read as consent.

Known answers are written out here: the adult below gave "service" and "contact" and
refused the three others, then withdrew "contact".
"""

import copy

import pytest

from jpf_desk.services.consent.capture import ConsentInput, capture_consent, withdraw_consent
from jpf_desk.services.consent.export import ReceiptExportInvalid, check_export, kantara_receipt
from tests.consent.builders import NOW, new_adult

CONSENT_TYPES = {"EXPLICIT", "IMPLIED"}


def _kantara_purpose_codes(exported):
    """What a reader of the standard Kantara members alone takes as consented."""
    return {p.get("jpfPurposeCode") for s in exported["services"] for p in s["purposes"]
            if p["consentType"] in CONSENT_TYPES}


def _kantara_texts(exported):
    return {p.get("purpose") for s in exported["services"] for p in s["purposes"]
            if p["consentType"] in CONSENT_TYPES}


@pytest.fixture
def refused(desk):
    cid = new_adult(desk)
    return capture_consent(desk, cid, ConsentInput(given=frozenset({"service", "contact"})),
                           now=NOW)


def test_refused_purposes_are_not_listed_as_consent(refused):
    exported = kantara_receipt(refused)
    check_export(exported)
    assert _kantara_purpose_codes(exported) == {"service", "contact"}
    texts = _kantara_texts(exported)
    marketing = next(p for p in refused.content["purposes"] if p["code"] == "marketing")
    assert marketing["text"] not in texts
    states = {s["purposeCode"]: s["state"] for s in exported["jpfConsentStates"]}
    assert states == {"service": "given", "contact": "given", "marketing": "refused",
                      "improvement": "refused", "analytics": "refused"}


def test_withdrawn_purpose_is_stated_withdrawn_not_consented(desk, refused):
    later = withdraw_consent(desk, refused.customer_id, ["contact"],
                             now=NOW.replace(hour=11))
    exported = kantara_receipt(later)
    assert _kantara_purpose_codes(exported) == {"service"}
    states = {s["purposeCode"]: s["state"] for s in exported["jpfConsentStates"]}
    assert states["contact"] == "withdrawn"


def test_everything_withdrawn_still_validates_and_consents_to_nothing(desk, refused):
    later = withdraw_consent(desk, refused.customer_id, ["service", "contact"],
                             now=NOW.replace(hour=11))
    exported = kantara_receipt(later)
    assert _kantara_purpose_codes(exported) == set()
    assert all(p["purposeCategory"] == [] and p["piiCategory"] == []
               for s in exported["services"] for p in s["purposes"])
    assert {s["state"] for s in exported["jpfConsentStates"]} == {"withdrawn", "refused"}


def test_schema_refuses_a_refusal_written_as_explicit_consent(refused):
    exported = kantara_receipt(refused)
    bad = copy.deepcopy(exported)
    purpose = dict(bad["services"][0]["purposes"][0], jpfChoice="refused",
                   jpfPurposeCode="marketing")
    bad["services"][0]["purposes"].append(purpose)
    with pytest.raises(ReceiptExportInvalid):
        check_export(bad)
    missing = copy.deepcopy(exported)
    del missing["jpfConsentStates"]
    with pytest.raises(ReceiptExportInvalid):
        check_export(missing)
