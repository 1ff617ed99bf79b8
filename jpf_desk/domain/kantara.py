"""Kantara Consent Receipt v1.1 personal-information categories of what JPF shares.

A partner consent covers the items agreed with the partner ("field:x", "doc:y"); the
machine-readable receipt must say which kinds of data those are, not leave it empty.
The categories are those CONSENT-RECEIPT.md names as fitting JPF's data.
"""

from __future__ import annotations

from collections.abc import Iterable

from jpf_desk.domain.disclosure_items import split_items

BIOGRAPHICAL = "1 - Biographical"
CONTACT = "2 - Contact"
HEALTH = "6 - Health"
FINANCIAL = "7 - Financial"
OFFICIAL_ID = "8 - Official ID"

_FIELDS = {"phone": CONTACT, "email": CONTACT, "address": CONTACT,
           "id_document": OFFICIAL_ID}
_DOCS = {"passport": OFFICIAL_ID, "cccd": OFFICIAL_ID, "birth_certificate": OFFICIAL_ID,
         "sponsor_id": OFFICIAL_ID, "bank_statements": FINANCIAL, "savings_book": FINANCIAL,
         "sponsor_commitment": FINANCIAL, "medical_certificate": HEALTH}
_ORDER = (BIOGRAPHICAL, CONTACT, HEALTH, FINANCIAL, OFFICIAL_ID)


def pii_categories(items: Iterable[str]) -> list[str]:
    """The categories of some items, in Kantara's order; anything not contact, official
    ID, financial or health (names, dates, studies, letters) is biographical."""
    fields, docs = split_items(tuple(items))
    found = {_FIELDS.get(f, BIOGRAPHICAL) for f in fields}
    found |= {_DOCS.get(d, BIOGRAPHICAL) for d in docs}
    return [c for c in _ORDER if c in found]
