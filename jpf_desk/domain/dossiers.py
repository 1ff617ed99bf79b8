"""The state of a dossier's document and a school's answer to an application.

Stored (or computed) codes shown on the dossier window and in the access report; the
stages of a dossier are in `dossier_stages`.
"""

from __future__ import annotations

from enum import StrEnum

from jpf_desk.domain.labels import register_labels


class DocumentState(StrEnum):
    MISSING = "missing"
    RECEIVED = "received"
    CHECKED = "checked"
    EXPIRING = "expiring"
    EXPIRED = "expired"


class ProgrammeAnswer(StrEnum):
    NONE = ""  # not applied yet
    PENDING = "pending"
    OFFER = "offer"
    REFUSED = "refused"
    CONFIRMED = "confirmed"


register_labels(DocumentState, {
    "missing": {"vi": "Thiếu", "fr": "Manquant", "en": "Missing"},
    "received": {"vi": "Đã nhận", "fr": "Reçu", "en": "Received"},
    "checked": {"vi": "Đã kiểm tra", "fr": "Vérifié", "en": "Checked"},
    "expiring": {"vi": "Sắp hết hạn", "fr": "Bientôt expiré", "en": "Expiring soon"},
    "expired": {"vi": "Đã hết hạn", "fr": "Expiré", "en": "Expired"},
})

register_labels(ProgrammeAnswer, {
    "": {"vi": "Chưa nộp", "fr": "Pas encore déposé", "en": "Not applied yet"},
    "pending": {"vi": "Đang chờ", "fr": "En attente", "en": "Waiting"},
    "offer": {"vi": "Được nhận", "fr": "Admis", "en": "Offer"},
    "refused": {"vi": "Bị từ chối", "fr": "Refusé", "en": "Refused"},
    "confirmed": {"vi": "Đã xác nhận", "fr": "Confirmé", "en": "Confirmed"},
})
