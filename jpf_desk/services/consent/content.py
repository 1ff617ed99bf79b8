"""The content of a receipt: everything it proves, frozen as plain JSON values.

The printed receipt, the JSON export and the hash are all made from this dict alone,
so a reprint years later shows exactly what was agreed, even if the customer's name,
the centre's address or the policy wording changed since.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from jpf_desk.domain.id_documents import mask_id
from jpf_desk.domain.people import age_on, is_minor
from jpf_desk.services.consent.partner_parts import PartnerChoice
from jpf_desk.services.consent.policy import Policy
from jpf_desk.services.customers.views import national
from jpf_desk.store.models import Centre, Customer, Guardian, Staff

# 2: the controller as JPF's and the centre's details with what was missing, partner
# consents with their agreed items, country and who decided, the rights' periods, who
# withdrew. Readers accept both: a version-1 receipt is never rewritten.
CONTENT_VERSION = 2

__all__ = ["PartnerChoice", "build_content"]  # PartnerChoice: where callers import it from


def contact_of(phone_e164: str | None, email: str | None) -> str:
    return national(phone_e164) or (email or "")


def customer_part(c: Customer, day: date) -> dict[str, Any]:
    return {
        "id": c.id,
        "full_name": c.full_name,
        "birth_date": c.birth_date.isoformat() if c.birth_date else None,
        "age": age_on(c.birth_date, day) if c.birth_date else None,
        "minor": bool(c.birth_date and is_minor(c.birth_date, day)),
        "contact": contact_of(c.phone_e164, c.email),
        "id_document": mask_id(c.id_number) if c.id_number else "",
        "id_kind": c.id_kind or "",
    }


def guardian_part(g: Guardian | None) -> dict[str, Any] | None:
    if g is None:
        return None
    return {"id": g.id, "full_name": g.full_name, "relationship": g.relationship,
            "contact": national(g.phone_e164)}


def purpose_part(policy: Policy, code: str, choice: str, lang: str) -> dict[str, Any]:
    p = policy.purpose(code)
    part = {"code": code, "choice": choice, "required": p.required, "text": p.wording(lang),
            "kantara_category": p.kantara_category, "pii_categories": list(p.pii_categories)}
    if p.retention is not None:  # how long the purpose's data is kept, as the policy says
        part["retention"] = p.retention.wording(lang)
        part["retention_months"] = p.retention.months
    return part


def build_content(
    *, receipt_id: str, short_code: str, kind: str, supersedes_id: str | None, store_id: str,
    consented_at: datetime, method: str, signed_on: date | None, language: str,
    centre: Centre, staff: Staff, customer: Customer, guardian: Guardian | None,
    child_consented: bool | None, policy: Policy, choices: dict[str, str],
    partners: list[dict[str, Any]], sensitive_kinds: list[str],
    controller: dict[str, Any], extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The receipt's content; `controller` from `controller.controller_part`, `extra`
    holds the facts of some kinds only (who withdrew, the periods the rights cite)."""
    day = consented_at.date()
    return {
        "content_version": CONTENT_VERSION,
        "receipt_id": receipt_id,
        "short_code": short_code,
        "kind": kind,
        "supersedes": supersedes_id,
        "store_id": store_id,
        "jurisdiction": policy.jurisdiction,
        "laws": list(policy.laws),
        "consented_at": consented_at.isoformat(),
        "method": method,
        "signed_on": signed_on.isoformat() if signed_on else None,
        "language": language,
        "centre": {"id": centre.id, "name": centre.name, "address": centre.address},
        "staff": {"id": staff.id, "full_name": staff.full_name},
        "customer": customer_part(customer, day),
        "guardian": guardian_part(guardian),
        "child_consented": child_consented,
        "controller": controller,
        "policy": {"version": policy.version, "sha256": policy.sha256, "url": policy.url},
        "purposes": [purpose_part(policy, code, choices[code], language)
                     for code in policy.purpose_codes],
        "partners": partners,
        "sensitive": {"involved": bool(sensitive_kinds), "kinds": sorted(sensitive_kinds)},
        **(extra or {}),
    }
