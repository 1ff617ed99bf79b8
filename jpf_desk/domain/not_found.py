"""Saying "not found" per kind of record, as a sentence the desk can show.

A record a view still lists may be gone by the time the user acts on it: erased or
deleted at another desk, or removed by a sync. That is not a bug, so services raise
:class:`NotFound` with one code per kind of record and the record's id as the only
parameter (never a name or any other personal data), and the window shows the sentence.
"""

from __future__ import annotations

from typing import Literal, get_args

from jpf_desk.domain.errors import NotFound
from jpf_desk.domain.messages import register

RecordKind = Literal[
    "customer", "course", "class", "enrolment", "receipt", "dossier", "programme",
    "document", "document_file", "partner", "partner_request", "follow_up", "restriction",
    "holiday", "staff", "payment",
]

RECORD_KINDS: tuple[str, ...] = get_args(RecordKind)

_GONE_VI = " Có thể nó đã bị xoá ở máy khác; hãy tải lại danh sách."
_GONE_FR = " Il a peut-être été supprimé à un autre poste ; actualisez la liste."
_GONE_EN = " It may have been deleted at another desk; refresh the list."

_TEXTS: dict[str, tuple[str, str, str]] = {
    "customer": ("Không tìm thấy khách hàng này.", "Ce client est introuvable.",
                 "This customer cannot be found."),
    "course": ("Không tìm thấy khoá học này.", "Ce cours est introuvable.",
               "This course cannot be found."),
    "payment": ("Không tìm thấy khoản thanh toán này.", "Ce paiement est introuvable.",
                "This payment cannot be found."),
    "class": ("Không tìm thấy lớp học này.", "Cette classe est introuvable.",
              "This class cannot be found."),
    "enrolment": ("Không tìm thấy đăng ký học này.", "Cette inscription est introuvable.",
                  "This enrolment cannot be found."),
    "receipt": ("Không tìm thấy biên nhận đồng ý này.",
                "Ce reçu de consentement est introuvable.",
                "This consent receipt cannot be found."),
    "dossier": ("Không tìm thấy hồ sơ này.", "Ce dossier est introuvable.",
                "This dossier cannot be found."),
    "programme": ("Không tìm thấy nguyện vọng (trường, chương trình) này.",
                  "Ce choix de programme est introuvable.",
                  "This programme choice cannot be found."),
    "document": ("Không tìm thấy giấy tờ này trong hồ sơ.",
                 "Cette pièce du dossier est introuvable.",
                 "This dossier document cannot be found."),
    "document_file": ("Giấy tờ này chưa có tệp đính kèm.",
                      "Cette pièce n'a pas de fichier joint.",
                      "This document has no file attached."),
    "partner": ("Không tìm thấy đối tác này.", "Ce partenaire est introuvable.",
                "This partner cannot be found."),
    "partner_request": ("Không tìm thấy yêu cầu của đối tác này.",
                        "Cette demande du partenaire est introuvable.",
                        "This partner request cannot be found."),
    "follow_up": ("Không tìm thấy việc cần theo dõi này.", "Ce suivi est introuvable.",
                  "This follow-up task cannot be found."),
    "restriction": ("Không tìm thấy hạn chế xử lý này.",
                    "Cette limitation du traitement est introuvable.",
                    "This restriction cannot be found."),
    "holiday": ("Không tìm thấy ngày nghỉ này trong lịch.",
                "Ce jour férié n'est pas dans le calendrier.",
                "This holiday is not in the calendar."),
    "staff": ("Không tìm thấy nhân viên này.", "Cet employé est introuvable.",
              "This staff member cannot be found."),
}

if set(_TEXTS) != set(RECORD_KINDS):  # a new kind cannot ship without its sentence
    raise RuntimeError(f"not_found texts: {sorted(set(_TEXTS) ^ set(RECORD_KINDS))}")

register({
    f"not_found.{kind}": {
        "vi": vi + ("" if kind == "document_file" else _GONE_VI),
        "fr": fr + ("" if kind == "document_file" else _GONE_FR),
        "en": en + ("" if kind == "document_file" else _GONE_EN),
    }
    for kind, (vi, fr, en) in _TEXTS.items()
})


def not_found(kind: RecordKind, record_id: object) -> NotFound:
    """The error for a missing record of ``kind``; its only parameter is the id."""
    return NotFound(f"not_found.{kind}", id=str(record_id))
