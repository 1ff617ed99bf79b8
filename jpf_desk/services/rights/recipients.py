"""Which partners received a customer's data, and which of the customer's fields.

The disclosure log belongs to the dossier feature (services.disclosures). Deadlines are
longer when partners must act too, and a corrected value must be passed on to every
partner that received the old one: both questions are answered here, in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jpf_desk.services.desk import Desk

# Customer fields (as update requests name them) -> disclosure item field codes.
DISCLOSED_AS: dict[str, str] = {
    "full_name": "full_name", "family_name": "full_name", "middle_name": "full_name",
    "given_name": "full_name", "birth_date": "birth_date", "sex": "sex",
    "phone": "phone", "email": "email", "street": "address", "province_code": "address",
    "commune_code": "address", "address_as_written": "address",
    "id_kind": "id_document", "id_number": "id_document", "id_expiry": "id_document",
}


@dataclass(frozen=True)
class PartnerReceived:
    partner_id: str
    partner_name: str
    field_codes: frozenset[str]  # disclosure field codes ("full_name", "phone"...)


def partners_that_received(desk: Desk, customer_id: str) -> list[PartnerReceived]:
    """Every partner that was sent something about the customer, with the fields sent."""
    from jpf_desk.services.sharing.disclosures import disclosures_of_customer

    merged: dict[str, tuple[str, set[str]]] = {}
    for d in disclosures_of_customer(desk, customer_id):
        name, fields = merged.setdefault(d.partner_id, (d.partner_name, set()))
        fields.update(i.removeprefix("field:") for i in d.items if i.startswith("field:"))
    return [PartnerReceived(pid, name, frozenset(fields))
            for pid, (name, fields) in sorted(merged.items(), key=lambda kv: kv[1][0])]


def partners_holding(
    received: Iterable[PartnerReceived], changed_fields: Iterable[str]
) -> list[tuple[PartnerReceived, tuple[str, ...]]]:
    """The partners that hold an old value of one of `changed_fields`, with those fields."""
    changed = list(changed_fields)
    found = []
    for partner in received:
        hit = tuple(f for f in changed if DISCLOSED_AS.get(f) in partner.field_codes)
        if hit:
            found.append((partner, hit))
    return found
