"""A receipt as Kantara Consent Receipt v1.1 JSON, checked against the schema the program
ships (resources/specs/consent-receipt.schema.json) before anyone gets it.

A reader of the Kantara members alone takes every purpose listed under `services` as
consented, so only purposes **given** are listed there. Every purpose, refusals and
withdrawals included (a refusal is part of the proof too), is stated in
`jpfConsentStates`, which the project's copy of the schema requires. JPF's own facts
(hash chain, guardian, supersedes) go in extra `jpf*` members, which the schema allows.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from jpf_desk.domain.consent import ConsentAction
from jpf_desk.domain.controller import ControllerDetails
from jpf_desk.domain.kantara import pii_categories
from jpf_desk.paths import resources_dir
from jpf_desk.services.consent.controller import recorded_details
from jpf_desk.services.consent.policy import policy_version
from jpf_desk.services.consent.views import Receipt

KANTARA_VERSION = "KI-CR-v1.1.0"
SERVICE_NAME = "JPF French courses and study-in-France dossier services"
COLLECTION = {"desk": "in person at a JPF front desk", "paper": "signed paper form",
              "phone": "by phone, recorded by JPF staff"}
TERMINATION = "Until withdrawn by the customer or when the purpose ends (Law 91/2025/QH15 Art. 4)"


class ReceiptExportInvalid(RuntimeError):
    """The export does not match the receipt schema: a defect or a damaged store, never
    something to hand over. Names where and which rule, never the values (personal data)."""

    def __init__(self, receipt_id: str, problems: list[str]) -> None:
        self.receipt_id, self.problems = receipt_id, tuple(problems)
        super().__init__(f"receipt {receipt_id}: export does not match the schema: "
                         + "; ".join(self.problems))


def schema_path() -> Path:
    return resources_dir() / "specs" / "consent-receipt.schema.json"


@cache
def _validator() -> Any:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def check_export(exported: dict[str, Any]) -> None:
    """Raises ReceiptExportInvalid unless `exported` matches the schema."""
    errors = sorted(_validator().iter_errors(exported), key=lambda e: e.json_path)
    if errors:
        raise ReceiptExportInvalid(str(exported.get("consentReceiptID", "?")),
                                   [f"{e.json_path}: {e.validator}" for e in errors])


# Kantara needs at least one purpose per service; a receipt where nothing is given says
# so with a purpose that names no category and no consent type a reader could trust.
NOTHING_GIVEN = {
    "purpose": "No processing consented: every purpose was refused or withdrawn",
    "consentType": "NONE", "purposeCategory": [], "piiCategory": [], "primaryPurpose": False,
    "termination": "Not applicable: no consent in force on this receipt",
    "thirdPartyDisclosure": False, "jpfChoice": "none",
}


def _purpose(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "purpose": p["text"], "consentType": "EXPLICIT",
        "purposeCategory": [p["kantara_category"]], "piiCategory": p["pii_categories"],
        "primaryPurpose": p["required"], "termination": p.get("retention", TERMINATION),
        "thirdPartyDisclosure": False, "jpfPurposeCode": p["code"], "jpfChoice": p["choice"],
    }


def _partner(p: dict[str, Any], categories: list[str]) -> dict[str, Any]:
    return {
        "purpose": f"{p['text']}: {p['partner_name']}", "consentType": "EXPLICIT",
        "purposeCategory": [p["kantara_category"]], "piiCategory": categories,
        "primaryPurpose": False, "termination": TERMINATION, "thirdPartyDisclosure": True,
        "thirdPartyName": p["partner_name"], "jpfPartnerId": p["partner_id"],
        "jpfPurposeCode": p["purpose"], "jpfChoice": p["choice"],
        "jpfCrossBorder": p["cross_border"], "jpfPartnerCountry": p.get("partner_country"),
        "jpfAgreedItems": p.get("items"), "jpfDecidedBy": p.get("decided_by"),
    }


def consent_states(c: dict[str, Any]) -> list[dict[str, Any]]:
    """Every purpose and partner consent of the receipt with its state, refusals included."""
    states: list[dict[str, Any]] = [
        {"purposeCode": p["code"], "purpose": p["text"], "state": p["choice"],
         "partnerId": None, "partnerName": None} for p in c["purposes"]]
    states += [{"purposeCode": p["purpose"], "purpose": p["text"], "state": p["choice"],
                "partnerId": p["partner_id"], "partnerName": p["partner_name"]}
               for p in c["partners"]]
    return states


def partner_pii_categories(p: dict[str, Any], by_code: dict[str, Any]) -> list[str]:
    """The Kantara categories of the items agreed with the partner for this purpose
    (recorded on the receipt); older receipts fall back on the purpose's own categories."""
    if "items" in p:
        return pii_categories(p["items"])
    return list(by_code.get(p["purpose"], {}).get("pii_categories", []))


def _controller(d: ControllerDetails, *, on_behalf: bool) -> dict[str, Any]:
    return {"piiController": d.legal_name, "onBehalf": on_behalf, "contact": d.data_contact,
            "address": {"streetAddress": d.address, "addressCountry": "VN"},
            "email": d.email, "phone": d.phone,
            "jpfMissing": [f.value for f in d.missing()]}


def _controllers(controller: dict[str, Any]) -> list[dict[str, Any]]:
    """JPF, the controller; then the centre, which receives requests on JPF's behalf.
    A detail not set when the receipt was made is empty and named in `jpfMissing`."""
    jpf, centre = recorded_details(controller)
    out = [_controller(jpf, on_behalf=False)]
    if centre.legal_name:
        out.append(_controller(centre, on_behalf=True))
    return out


def kantara_receipt(receipt: Receipt) -> dict[str, Any]:
    """The export, checked: raises ReceiptExportInvalid rather than return a bad one."""
    exported = _build(receipt)
    check_export(exported)
    return exported


def _build(receipt: Receipt) -> dict[str, Any]:
    c = receipt.content
    policy = policy_version(c["policy"]["version"])
    controller = c["controller"]
    by_code = {p["code"]: p for p in c["purposes"]}
    given = ConsentAction.GIVEN.value
    purposes = [_purpose(p) for p in c["purposes"] if p["choice"] == given]
    purposes += [_partner(p, partner_pii_categories(p, by_code)) for p in c["partners"]
                 if p["choice"] == given]
    guardian = c["guardian"]
    return {
        "version": KANTARA_VERSION,
        "jurisdiction": c["jurisdiction"],
        "consentTimestamp": int(datetime.fromisoformat(c["consented_at"]).timestamp()),
        "collectionMethod": COLLECTION.get(c["method"], c["method"]),
        "consentReceiptID": receipt.id,
        "language": c["language"],
        "piiPrincipalId": c["customer"]["id"],
        "piiControllers": _controllers(controller),
        "policyUrl": c["policy"]["url"],
        "services": [{"service": SERVICE_NAME, "purposes": purposes or [NOTHING_GIVEN]}],
        "jpfConsentStates": consent_states(c),
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
