"""The access log's vocabulary and its hash chain: who saw or took a customer's data.

Each desk chains its own events (a desk writes alone, so its sequence has no gaps
and needs no coordination with the centre's other desks): an event's hash is
SHA-256(previous hash || canonical fields), the first links to a genesis value derived
from the desk's store id. Removing, reordering or changing one event breaks every later
link. Separate from the consent receipts' chain on purpose: a different record, kept
for a different reason (Law 91 Art. 23: showing who saw what after an incident).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from jpf_desk.domain.labels import register_labels

GENESIS_PREFIX = "jpf-desk access log genesis|"


class AccessKind(StrEnum):
    ID_NUMBER_SHOWN = "id_number_shown"
    DOCUMENT_OPENED = "document_opened"
    RECEIPT_PRINTED = "receipt_printed"
    RECEIPT_EXPORTED = "receipt_exported"
    ACCESS_REPORT = "access_report"
    DISCLOSURE_PACKAGE = "disclosure_package"
    LIST_EXPORTED = "list_exported"
    PAYMENT_RECEIPT_PRINTED = "payment_receipt_printed"


register_labels(AccessKind, {
    "id_number_shown": {"vi": "Xem đầy đủ số giấy tờ", "fr": "Numéro d'identité affiché en entier",
                        "en": "ID number shown in full"},
    "document_opened": {"vi": "Mở tài liệu hồ sơ", "fr": "Pièce du dossier ouverte",
                        "en": "Dossier document opened"},
    "receipt_printed": {"vi": "In biên nhận đồng ý", "fr": "Reçu de consentement imprimé",
                        "en": "Consent receipt printed"},
    "receipt_exported": {"vi": "Xuất biên nhận đồng ý", "fr": "Reçu de consentement exporté",
                         "en": "Consent receipt exported"},
    "access_report": {"vi": "Báo cáo toàn bộ dữ liệu", "fr": "Relevé de toutes les données",
                      "en": "Access report"},
    "disclosure_package": {"vi": "Gói dữ liệu gửi đối tác", "fr": "Envoi à un partenaire",
                           "en": "Disclosure package"},
    "list_exported": {"vi": "Xuất danh sách", "fr": "Liste exportée", "en": "List exported"},
    "payment_receipt_printed": {"vi": "In biên lai thu tiền", "fr": "Reçu de paiement imprimé",
                                "en": "Payment receipt printed"},
})


@dataclass(frozen=True)
class AccessFields:
    """What one event says, in the form that is hashed."""

    event_id: str
    store_id: str
    sequence: int
    occurred_at: datetime
    staff_id: str
    customer_id: str | None
    kind: str
    subject_id: str | None  # the receipt, document, request... it concerns (an id)
    detail: str  # a code: "pdf", "json", "cli", a list's name; never personal data


def genesis_hash(store_id: str) -> str:
    return hashlib.sha256((GENESIS_PREFIX + store_id).encode("utf-8")).hexdigest()


def canonical(fields: AccessFields) -> bytes:
    """Sorted keys, UTC time with microseconds, UTF-8, no spaces: the same on any desk."""
    content = {
        "id": fields.event_id, "store_id": fields.store_id, "sequence": fields.sequence,
        "occurred_at": fields.occurred_at.astimezone(UTC).isoformat(),
        "staff_id": fields.staff_id, "customer_id": fields.customer_id, "kind": fields.kind,
        "subject_id": fields.subject_id, "detail": fields.detail,
    }
    return json.dumps(content, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def link_hash(previous_hash: str, fields: AccessFields) -> str:
    return hashlib.sha256(previous_hash.encode("ascii") + canonical(fields)).hexdigest()
