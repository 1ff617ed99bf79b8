"""How a course fee was paid: a stored code shown on the payments list and receipts."""

from __future__ import annotations

from enum import StrEnum

from jpf_desk.domain.labels import register_labels


class PaymentMethod(StrEnum):
    CASH = "cash"
    TRANSFER = "transfer"
    CARD = "card"


register_labels(PaymentMethod, {
    "cash": {"vi": "Tiền mặt", "fr": "Espèces", "en": "Cash"},
    "transfer": {"vi": "Chuyển khoản", "fr": "Virement", "en": "Bank transfer"},
    "card": {"vi": "Thẻ", "fr": "Carte bancaire", "en": "Card"},
})
