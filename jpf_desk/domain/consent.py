"""The vocabulary of consent: what an event records, how consent was collected and the
state of a receipt. Stored codes, shown on the Consents tab and printed on receipts.

The purposes themselves are not here: they belong to each version of the data policy
(`services/consent/policy.py`), which carries their wording in vi/fr/en.
"""

from __future__ import annotations

from enum import StrEnum

from jpf_desk.domain.labels import register_labels
from jpf_desk.domain.requests import RequestChannel


class ConsentAction(StrEnum):
    """What a consent event records (the customer's choice, or a replaced receipt)."""

    GIVEN = "given"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    SUPERSEDED = "superseded"


class ConsentMethod(StrEnum):
    """How the consent was collected (not how a request came: see RequestChannel)."""

    DESK = "desk"
    PAPER = "paper"
    PHONE = "phone"
    EMAIL = "email"  # a withdrawal sent by e-mail (a request's channel)
    HANDOVER = "handover"  # the customer's own choices at 16, replacing the guardian's


# A withdrawal filed as a request is collected the way the request came.
METHOD_OF_CHANNEL: dict[RequestChannel, ConsentMethod] = {
    RequestChannel.DESK: ConsentMethod.DESK,
    RequestChannel.PAPER: ConsentMethod.PAPER,
    RequestChannel.PHONE: ConsentMethod.PHONE,
    RequestChannel.EMAIL: ConsentMethod.EMAIL,
}


class RetentionStart(StrEnum):
    """From when a purpose's retention period runs (policy data)."""

    SERVICE_END = "service_end"  # the customer's last course or dossier ended
    CONSENT = "consent"  # the consent was given


class ReceiptStatus(StrEnum):
    ACTIVE = "active"
    SUPERSEDED = "superseded"
    WITHDRAWN = "withdrawn"


register_labels(ConsentAction, {
    "given": {"vi": "Đồng ý", "fr": "Accepté", "en": "Given"},
    "refused": {"vi": "Không đồng ý", "fr": "Refusé", "en": "Refused"},
    "withdrawn": {"vi": "Đã rút lại", "fr": "Retiré", "en": "Withdrawn"},
    "superseded": {"vi": "Đã được thay thế", "fr": "Remplacé", "en": "Superseded"},
})

register_labels(ConsentMethod, {
    "desk": {"vi": "Tại quầy", "fr": "Au comptoir", "en": "At the desk"},
    "paper": {"vi": "Mẫu giấy đã ký", "fr": "Formulaire papier signé",
              "en": "Signed paper form"},
    "phone": {"vi": "Qua điện thoại", "fr": "Par téléphone", "en": "By phone"},
    "email": {"vi": "Qua thư điện tử", "fr": "Par courriel", "en": "By email"},
    "handover": {"vi": "Chuyển giao khi đủ 16 tuổi (khách hàng tự quyết định)",
                 "fr": "Transfert à 16 ans (le client décide lui-même)",
                 "en": "Handover at 16 (the customer decides)"},
})

register_labels(RetentionStart, {
    "service_end": {"vi": "Từ khi khóa học hoặc hồ sơ cuối cùng kết thúc",
                    "fr": "À partir de la fin du dernier cours ou dossier",
                    "en": "From the end of the last course or dossier"},
    "consent": {"vi": "Từ khi đồng ý", "fr": "À partir du consentement",
                "en": "From the consent"},
})

register_labels(ReceiptStatus, {
    "active": {"vi": "Đang hiệu lực", "fr": "En vigueur", "en": "In force"},
    "superseded": {"vi": "Đã được thay thế bằng phiếu mới",
                   "fr": "Remplacé par un nouveau reçu", "en": "Replaced by a new receipt"},
    "withdrawn": {"vi": "Đã rút lại sự đồng ý", "fr": "Consentement retiré",
                  "en": "Consent withdrawn"},
})
