"""What a committed transaction changed, in the words views refresh by.

Taken from the rows the store saw each transaction write (store/tracking.py), never
from what a service says it did: a service cannot forget to report a change, and a
view cannot miss one because another view was the one that made it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    CUSTOMERS = "customers"
    GUARDIANS = "guardians"
    CONSENT = "consent"  # receipts and the consent events they record
    ENROLMENTS = "enrolments"
    PAYMENTS = "payments"
    CLASSES = "classes"  # courses and their classes
    DOSSIERS = "dossiers"
    DOCUMENTS = "documents"  # a dossier's documents
    DOCUMENT_KINDS = "document_kinds"
    PARTNERS = "partners"
    DISCLOSURES = "disclosures"  # disclosures and partner requests
    REQUESTS = "requests"  # data requests, their steps, restrictions, erasures
    CALENDAR = "calendar"  # public holidays: request deadlines move with them
    HISTORY = "history"  # field history
    OUTBOX = "outbox"  # changes waiting to be sent to head office
    SYNC = "sync"  # sync state and conflicts
    STAFF = "staff"  # staff and their passwords on this desk
    ACCESS_LOG = "access_log"  # who saw or took customers' data
    CENTRE = "centre"
    SETTINGS = "settings"
    OTHER = "other"  # a table missing from TABLES below (a test keeps it empty)


# Every table the store has: the kind its rows are, and whether a row is about one
# customer (so a row whose customer is not known may concern any customer).
TABLES: dict[str, tuple[Kind, bool]] = {
    "customers": (Kind.CUSTOMERS, True),
    "guardians": (Kind.GUARDIANS, True),
    "consent_receipts": (Kind.CONSENT, True),
    "consent_events": (Kind.CONSENT, True),
    "consent_chain": (Kind.CONSENT, False),
    "enrolments": (Kind.ENROLMENTS, True),
    "payments": (Kind.PAYMENTS, True),
    "courses": (Kind.CLASSES, False),
    "classes": (Kind.CLASSES, False),
    "dossiers": (Kind.DOSSIERS, True),
    "dossier_stage_changes": (Kind.DOSSIERS, True),
    "programme_choices": (Kind.DOSSIERS, True),
    "dossier_documents": (Kind.DOCUMENTS, True),
    "document_kinds": (Kind.DOCUMENT_KINDS, False),
    "partners": (Kind.PARTNERS, False),
    "partner_scopes": (Kind.PARTNERS, False),
    "disclosures": (Kind.DISCLOSURES, True),
    "transfer_filings": (Kind.DISCLOSURES, False),
    "partner_requests": (Kind.DISCLOSURES, True),
    "data_requests": (Kind.REQUESTS, True),
    "data_request_steps": (Kind.REQUESTS, True),
    "data_request_fields": (Kind.REQUESTS, True),
    "follow_up_tasks": (Kind.REQUESTS, True),
    "processing_restrictions": (Kind.REQUESTS, True),
    "erasure_tombstones": (Kind.REQUESTS, True),
    "request_periods": (Kind.REQUESTS, False),
    "public_holidays": (Kind.CALENDAR, False),
    "field_changes": (Kind.HISTORY, False),
    "outbox": (Kind.OUTBOX, False),
    # A view showing a customer must not reload because someone looked at them.
    "access_events": (Kind.ACCESS_LOG, False),
    "staff_credentials": (Kind.STAFF, False),
    "sync_state": (Kind.SYNC, False),
    "sync_conflicts": (Kind.SYNC, False),
    "sync_inbox": (Kind.SYNC, False),
    "staff": (Kind.STAFF, False),
    "centres": (Kind.CENTRE, False),
    "controller_contacts": (Kind.CENTRE, False),  # details printed on consent receipts
    "store_settings": (Kind.SETTINGS, False),
    "desk_settings": (Kind.SETTINGS, False),
}


@dataclass(frozen=True)
class Changes:
    """Kinds of records changed, and the customers concerned where the rows say so.

    `any_customer` is set when a row about some customer was written without saying
    which (a bulk statement, say): every customer's view must then take it as theirs.
    """

    kinds: frozenset[Kind] = frozenset()
    customer_ids: frozenset[str] = frozenset()
    any_customer: bool = False

    @classmethod
    def of(cls, *kinds: Kind, customers: Iterable[str] = ()) -> Changes:
        """A change that is not a row (rare): for a service to add with `Desk.report`."""
        return cls(frozenset(kinds), frozenset(customers))

    @classmethod
    def from_written(cls, written: Iterable[tuple[str, str | None]]) -> Changes:
        """From the store's (table, customer id or None) pairs of one transaction."""
        kinds: set[Kind] = set()
        customers: set[str] = set()
        any_customer = False
        for table, customer_id in written:
            kind, about_a_customer = TABLES.get(table, (Kind.OTHER, True))
            kinds.add(kind)
            if customer_id is not None:
                customers.add(customer_id)
            elif about_a_customer:
                any_customer = True
        return cls(frozenset(kinds), frozenset(customers), any_customer)

    def union(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.customer_ids | other.customer_ids,
                       self.any_customer or other.any_customer)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, *kinds: Kind) -> bool:
        """Whether any of `kinds` changed."""
        return not self.kinds.isdisjoint(kinds)

    def touches_customer(self, customer_id: str) -> bool:
        """Whether a record about this customer (their own row or one hanging off it) changed."""
        return self.any_customer or customer_id in self.customer_ids
