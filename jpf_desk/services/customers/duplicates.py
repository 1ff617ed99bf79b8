"""Likely duplicates of a customer about to be saved: warn, never merge."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jpf_desk.domain.id_documents import mask_id
from jpf_desk.services.customers.input import ValidCustomer
from jpf_desk.services.customers.views import national
from jpf_desk.store.models import Customer

SIMILAR_NAME = 0.8


@dataclass(frozen=True)
class DuplicateCandidate:
    id: str
    full_name: str
    phone_national: str
    id_masked: str
    reason: str  # "same_id" or "same_phone_similar_name"


class DuplicatesFound(Exception):
    """Saving would likely create a second record of an existing person."""

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        super().__init__(f"{len(candidates)} possible duplicate(s)")
        self.candidates = candidates


def similar_names(a: str, b: str) -> bool:
    """Folded full names close enough to be the same person (same given name)."""
    if a == b:
        return True
    given_a, given_b = a.rsplit(" ", 1)[-1], b.rsplit(" ", 1)[-1]
    return given_a == given_b and SequenceMatcher(None, a, b).ratio() >= SIMILAR_NAME


def find_duplicates(
    session: Session, data: ValidCustomer, exclude_id: str | None = None
) -> list[DuplicateCandidate]:
    conditions = []
    if data.id_document is not None:
        conditions.append(Customer.id_number == data.id_document.number)
    if data.phone is not None:
        conditions.append(Customer.phone_e164 == data.phone.e164)
    if not conditions:
        return []
    query = select(Customer).where(or_(*conditions), Customer.status != "deleted").limit(20)
    found = []
    key = data.name.search_key
    for c in session.scalars(query):
        if c.id == exclude_id:
            continue
        if data.id_document is not None and c.id_number == data.id_document.number:
            reason = "same_id"
        elif similar_names(key, c.search_key):
            reason = "same_phone_similar_name"
        else:
            continue
        found.append(DuplicateCandidate(
            c.id, c.full_name, national(c.phone_e164),
            mask_id(c.id_number) if c.id_number else "", reason,
        ))
    return found
