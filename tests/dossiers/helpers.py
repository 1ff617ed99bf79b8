"""Dossier test helpers: an adult customer, partner consent, the world fixture's shape."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jpf_desk.domain.disclosure_items import (
    DisclosurePurpose,
    doc_item,
    field_item,
)
from jpf_desk.services.consent.capture import ConsentInput, add_partner_consents, capture_consent
from jpf_desk.services.consent.content import PartnerChoice
from jpf_desk.services.consent.policy import SERVICE
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.workflow import DossierView
from jpf_desk.services.sharing.partners import PartnerView

CAMPUS_ITEMS = (field_item("full_name"), field_item("birth_date"), field_item("email"),
                doc_item("passport"), doc_item("transcripts"))


@dataclass
class World:
    desk: Desk
    customer_id: str
    consultant_id: str
    dossier: DossierView
    partner: PartnerView


def make_customer(desk: Desk, given: str = "Hoà") -> str:
    saved = records.create_customer(desk, CustomerInput(
        family_name="Phạm", middle_name="Minh", given_name=given,
        birth_date=date(2005, 6, 7), sex="female", phone="0913 222 444",
        email=f"{given.lower()}.pham@example.vn"))
    return saved.customer.id


def give_partner_consent(desk: Desk, customer_id: str, partner: PartnerView,
                         purpose: DisclosurePurpose, sensitive: tuple[str, ...] = ()) -> str:
    capture_consent(desk, customer_id, ConsentInput(given=frozenset({SERVICE}),
                                                    sensitive_kinds=sensitive))
    receipt = add_partner_consents(desk, customer_id, [PartnerChoice(
        partner.id, purpose.value, True)])
    return receipt.id
