"""What a partner consent says: the partner as registered, the purpose agreed with it.

The caller names a partner and a purpose; everything else printed on the receipt comes
from the store, not from the caller: the partner's name, whether the transfer is
cross-border (from the partner's country: a French university is abroad), the purpose's
words and the items agreed with the partner for it (their Kantara categories go in the
export). A purpose outside the partner's agreed scope cannot be consented to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.consent import ConsentAction
from jpf_desk.domain.disclosure_items import DisclosurePurpose, is_cross_border
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import label
from jpf_desk.domain.not_found import not_found
from jpf_desk.services.consent.policy import Policy
from jpf_desk.store.models import Guardian, Partner, PartnerScope


@dataclass(frozen=True)
class PartnerChoice:
    """Consent (or refusal) to share the data agreed for `purpose` with one partner."""

    partner_id: str
    purpose: str  # a DisclosurePurpose value in the partner's agreed scope
    given: bool


def decided_by_part(guardian: Guardian | None, child_consented: bool | None
                    ) -> dict[str, Any] | None:
    """Who made a minor's choice at the desk (None for an adult, who decides alone)."""
    if guardian is None:
        return None
    return {"guardian_id": guardian.id, "guardian_name": guardian.full_name,
            "relationship": guardian.relationship, "child_consented": child_consented}


def partner_part(session: Session, policy: Policy, choice: PartnerChoice, lang: str, *,
                 at: datetime, decided_by: dict[str, Any] | None) -> dict[str, Any]:
    partner = session.get(Partner, choice.partner_id)
    if partner is None:
        raise not_found("partner", choice.partner_id)
    try:
        purpose = DisclosurePurpose(choice.purpose)
    except ValueError:
        raise DomainError("consent.partner_purpose_not_agreed", field="partners") from None
    items = sorted(session.scalars(select(PartnerScope.item).where(
        PartnerScope.partner_id == partner.id, PartnerScope.purpose == purpose.value)))
    if not items:
        raise DomainError("consent.partner_purpose_not_agreed", field="partners")
    return {
        "partner_id": partner.id, "partner_name": partner.name,
        "partner_country": partner.country, "purpose": purpose.value,
        "choice": (ConsentAction.GIVEN if choice.given else ConsentAction.REFUSED).value,
        "cross_border": is_cross_border(partner.country),
        "text": label(purpose, lang), "language": lang,
        "kantara_category": policy.partner_purpose["kantara_category"],
        "items": items, "decided_at": at.isoformat(), "decided_by": decided_by,
    }
