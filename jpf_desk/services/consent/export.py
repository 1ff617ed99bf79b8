"""A receipt as Kantara Consent Receipt v1.1 JSON (../shared/specs/consent-receipt.schema.json).

Every purpose is listed with JPF's `jpfChoice` (given / refused / withdrawn) because a
refusal is part of the proof too; JPF's own facts (hash chain, guardian, supersedes) go
in extra `jpf*` members, which the schema allows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from jpf_desk.domain.consent import ConsentAction
from jpf_desk.services.consent.policy import policy_version
from jpf_desk.services.consent.views import Receipt

KANTARA_VERSION = "KI-CR-v1.1.0"
SERVICE_NAME = "JPF French courses and study-in-France dossier services"
COLLECTION = {"desk": "in person at a JPF front desk", "paper": "signed paper form",
              "phone": "by phone, recorded by JPF staff"}
TERMINATION = "Until withdrawn by the customer or when the purpose ends (Law 91/2025/QH15 Art. 4)"


def _purpose(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "purpose": p["text"], "consentType": "EXPLICIT",
        "purposeCategory": [p["kantara_category"]], "piiCategory": p["pii_categories"],
        "primaryPurpose": p["required"], "termination": TERMINATION,
        "thirdPartyDisclosure": False, "jpfPurposeCode": p["code"], "jpfChoice": p["choice"],
    }


def _partner(p: dict[str, Any], categories: list[str]) -> dict[str, Any]:
    return {
        "purpose": p["text"], "consentType": "EXPLICIT",
        "purposeCategory": [p["kantara_category"]], "piiCategory": categories,
        "primaryPurpose": False, "termination": TERMINATION, "thirdPartyDisclosure": True,
        "thirdPartyName": p["partner_name"], "jpfPartnerId": p["partner_id"],
        "jpfPurposeCode": p["purpose"], "jpfChoice": p["choice"],
        "jpfCrossBorder": p["cross_border"],
    }


def kantara_receipt(receipt: Receipt) -> dict[str, Any]:
    c = receipt.content
    policy = policy_version(c["policy"]["version"])
    controller = c["controller"]
    by_code = {p["code"]: p for p in c["purposes"]}
    purposes = [_purpose(p) for p in c["purposes"]]
    purposes += [_partner(p, by_code.get(p["purpose"], {}).get("pii_categories", []))
                 for p in c["partners"]]
    guardian = c["guardian"]
    return {
        "version": KANTARA_VERSION,
        "jurisdiction": c["jurisdiction"],
        "consentTimestamp": int(datetime.fromisoformat(c["consented_at"]).timestamp()),
        "collectionMethod": COLLECTION.get(c["method"], c["method"]),
        "consentReceiptID": receipt.id,
        "language": c["language"],
        "piiPrincipalId": c["customer"]["id"],
        "piiControllers": [{
            "piiController": controller["name"], "onBehalf": False,
            "contact": controller["contact_point"],
            "address": {"streetAddress": controller["address"], "addressCountry": "VN"},
            "email": controller["email"], "phone": controller["phone"],
        }],
        "policyUrl": c["policy"]["url"],
        "services": [{"service": SERVICE_NAME, "purposes": purposes}],
        "sensitive": c["sensitive"]["involved"],
        "spiCat": [policy.sensitive_kinds.get(k, {}).get("en", k) for k in c["sensitive"]["kinds"]],
        "jpfShortCode": receipt.short_code,
        "jpfStatus": receipt.status,
        "jpfSupersedes": c["supersedes"],
        "jpfSupersededBy": receipt.superseded_by,
        "jpfConsentedAt": c["consented_at"],
        "jpfSignedOn": c["signed_on"],
        "jpfLaws": c["laws"],
        "jpfPolicy": {"version": c["policy"]["version"], "sha256": c["policy"]["sha256"]},
        "jpfPrincipal": {k: c["customer"][k] for k in ("full_name", "birth_date", "id_document")},
        "jpfGuardian": None if guardian is None else {
            "fullName": guardian["full_name"], "relationship": guardian["relationship"],
            "consented": True,
        },
        "jpfChildConsented": c["child_consented"],
        "jpfGivenPurposes": [p["code"] for p in c["purposes"]
                             if p["choice"] == ConsentAction.GIVEN],
        "jpfIntegrity": {
            "algorithm": "SHA-256(previous_hash || canonical content)",
            "receiptHash": receipt.content_hash, "previousHash": receipt.previous_hash,
            "chainPosition": receipt.chain_position, "storeId": receipt.store_id,
        },
        "jpfContent": c,
    }
