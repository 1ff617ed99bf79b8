"""The vocabulary of one desk's settings: the keys a manager sets and the paper sizes.

Each setting lives where it was first kept (the centre's receipt details in
`controller_contacts`, the idle lock and the daily backup folder in `store_settings`,
the head-office connection under `sync.`), and what had no place yet (printer, paper
size, language) in the desk's own `desk_settings` row. The keys below are the one list
the dialog, the services and `jpf-desk settings` share.
"""

from __future__ import annotations

from enum import StrEnum

from jpf_desk.domain.controller import ControllerField
from jpf_desk.domain.labels import label, label_code, register_labels
from jpf_desk.domain.messages import translations


class PaperSize(StrEnum):
    A4 = "A4"
    A5 = "A5"
    LETTER = "Letter"


register_labels(PaperSize, {
    "A4": {"vi": "A4 (210 × 297 mm)", "fr": "A4 (210 × 297 mm)", "en": "A4 (210 × 297 mm)"},
    "A5": {"vi": "A5 (148 × 210 mm)", "fr": "A5 (148 × 210 mm)", "en": "A5 (148 × 210 mm)"},
    "Letter": {"vi": "Letter (Mỹ)", "fr": "Lettre US", "en": "US Letter"},
})


class SettingKey(StrEnum):
    """`centre.<field>` are the centre's receipt details, one per ControllerField."""

    CENTRE_LEGAL_NAME = "centre.legal_name"
    CENTRE_ADDRESS = "centre.address"
    CENTRE_PHONE = "centre.phone"
    CENTRE_EMAIL = "centre.email"
    CENTRE_DATA_CONTACT = "centre.data_contact"
    PRINTER = "printer"
    PAPER_SIZE = "paper_size"
    LANGUAGE = "language"
    IDLE_LOCK_MINUTES = "idle_lock_minutes"
    BACKUP_FOLDER = "backup_folder"


CENTRE_PREFIX = "centre."


def centre_field(key: SettingKey) -> ControllerField | None:
    """The receipt detail a `centre.` key sets, None for the desk's other settings."""
    if not key.value.startswith(CENTRE_PREFIX):
        return None
    return ControllerField(key.value.removeprefix(CENTRE_PREFIX))


def setting_label(key: SettingKey, lang: str) -> str:
    return label(key, lang)


# The centre's details keep the words of the receipt form's fields (one wording).
register_labels(SettingKey, {
    **{key.value: translations(label_code(field))
       for key in SettingKey if (field := centre_field(key)) is not None},
    "printer": {"vi": "Máy in", "fr": "Imprimante", "en": "Printer"},
    "paper_size": {"vi": "Khổ giấy", "fr": "Format du papier", "en": "Paper size"},
    "language": {"vi": "Ngôn ngữ giao diện", "fr": "Langue de l'interface",
                 "en": "Interface language"},
    "idle_lock_minutes": {"vi": "Tự khóa sau (phút)", "fr": "Verrouillage après (minutes)",
                          "en": "Lock after (minutes)"},
    "backup_folder": {"vi": "Thư mục sao lưu hằng ngày",
                      "fr": "Dossier de sauvegarde quotidienne",
                      "en": "Daily backup folder"},
})
