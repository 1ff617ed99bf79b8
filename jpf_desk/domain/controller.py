"""Who the controller is, and how to reach it: printed on every consent receipt.

A receipt must name the controller and say how to make a data request (CONSENT-RECEIPT.md
item 8). Two sets of the same details are kept: JPF's legal details (set by head office,
shared with every desk) and the centre's own (set by its manager). A missing detail is
shown as missing, never left blank or made up.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from jpf_desk.domain.labels import register_labels


class ControllerField(StrEnum):
    LEGAL_NAME = "legal_name"
    ADDRESS = "address"
    PHONE = "phone"
    EMAIL = "email"
    DATA_CONTACT = "data_contact"  # who answers data-protection requests


class ControllerScope(StrEnum):
    JPF = "jpf"
    CENTRE = "centre"


register_labels(ControllerField, {
    "legal_name": {"vi": "Tên pháp lý", "fr": "Dénomination légale", "en": "Legal name"},
    "address": {"vi": "Địa chỉ", "fr": "Adresse", "en": "Address"},
    "phone": {"vi": "Điện thoại", "fr": "Téléphone", "en": "Phone"},
    "email": {"vi": "Thư điện tử", "fr": "Courriel", "en": "E-mail"},
    "data_contact": {"vi": "Liên hệ bảo vệ dữ liệu", "fr": "Contact protection des données",
                     "en": "Data-protection contact"},
})

register_labels(ControllerScope, {
    "jpf": {"vi": "Bên kiểm soát dữ liệu (JPF)", "fr": "Responsable du traitement (JPF)",
            "en": "Data controller (JPF)"},
    "centre": {"vi": "Cơ sở tiếp nhận yêu cầu", "fr": "Centre qui reçoit les demandes",
               "en": "Centre receiving requests"},
})


@dataclass(frozen=True)
class ControllerDetails:
    legal_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    data_contact: str = ""

    def missing(self) -> tuple[ControllerField, ...]:
        return tuple(f for f in ControllerField if not getattr(self, f.value).strip())

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> ControllerDetails:
        return cls(**{f.value: str(raw.get(f.value) or "") for f in ControllerField})
