"""The vocabulary of a data-subject request: its status, how it came, who asked, how the
identity was checked and how urgent it is.

These codes are stored (or computed) and shown to people; their words live once in the
label catalogue so the window, the printed slip and the command line say the same thing.
The kinds of request and their legal periods are in `request_deadlines`.
"""

from __future__ import annotations

from enum import StrEnum

from jpf_desk.domain.labels import register_labels


class RequestStatus(StrEnum):
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    REFUSED = "refused"


class RequestChannel(StrEnum):
    """How the request reached JPF (not how a consent was collected: see ConsentMethod)."""

    DESK = "desk"
    PAPER = "paper"
    PHONE = "phone"
    EMAIL = "email"


class Requester(StrEnum):
    CUSTOMER = "customer"
    GUARDIAN = "guardian"


class IdentityCheck(StrEnum):
    ID_DOCUMENT = "id_document"  # CCCD or passport seen at the desk
    KNOWN_CONTACT = "known_contact"  # called back / answered from the contact on file
    SIGNED_LETTER = "signed_letter"  # signed paper with a copy of the ID
    GUARDIAN_PAPERS = "guardian_papers"  # guardian's ID and proof of the relationship
    OTHER = "other"


class RequestUrgency(StrEnum):
    """Computed from the deadlines, never stored."""

    CLOSED = "closed"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    ON_TIME = "on_time"


register_labels(RequestStatus, {
    "received": {"vi": "Đã nhận", "fr": "Reçue", "en": "Received"},
    "acknowledged": {"vi": "Đã xác nhận", "fr": "Accusé de réception envoyé",
                     "en": "Acknowledged"},
    "in_progress": {"vi": "Đang xử lý", "fr": "En cours", "en": "In progress"},
    "done": {"vi": "Hoàn thành", "fr": "Traitée", "en": "Done"},
    "refused": {"vi": "Từ chối", "fr": "Refusée", "en": "Refused"},
})

register_labels(RequestChannel, {
    "desk": {"vi": "Tại quầy", "fr": "Au comptoir", "en": "At the desk"},
    "paper": {"vi": "Văn bản giấy", "fr": "Courrier papier", "en": "Paper letter"},
    "phone": {"vi": "Điện thoại", "fr": "Téléphone", "en": "Phone"},
    "email": {"vi": "Thư điện tử", "fr": "Courriel", "en": "Email"},
})

register_labels(Requester, {
    "customer": {"vi": "Chính khách hàng", "fr": "Le client lui-même",
                 "en": "The customer"},
    "guardian": {"vi": "Người giám hộ", "fr": "Le représentant légal", "en": "The guardian"},
})

register_labels(IdentityCheck, {
    "id_document": {"vi": "Đã xem CCCD / hộ chiếu",
                    "fr": "CCCD / passeport vu au comptoir",
                    "en": "CCCD / passport seen"},
    "known_contact": {"vi": "Gọi lại số điện thoại / email đã lưu",
                      "fr": "Rappel au téléphone / courriel enregistré",
                      "en": "Called back on the phone / email on file"},
    "signed_letter": {"vi": "Văn bản có chữ ký kèm bản sao giấy tờ",
                      "fr": "Lettre signée avec copie de la pièce d'identité",
                      "en": "Signed letter with a copy of the ID"},
    "guardian_papers": {"vi": "Giấy tờ của người giám hộ và quan hệ",
                        "fr": "Pièce d'identité du représentant et preuve du lien",
                        "en": "Guardian's ID and proof of the relationship"},
    "other": {"vi": "Cách khác (ghi rõ)", "fr": "Autre (préciser)",
              "en": "Other (give details)"},
})

register_labels(RequestUrgency, {
    "closed": {"vi": "Đã đóng", "fr": "Clôturée", "en": "Closed"},
    "overdue": {"vi": "Quá hạn", "fr": "En retard", "en": "Overdue"},
    "due_soon": {"vi": "Sắp đến hạn", "fr": "Échéance proche", "en": "Due soon"},
    "on_time": {"vi": "Còn hạn", "fr": "Dans les délais", "en": "On time"},
})
