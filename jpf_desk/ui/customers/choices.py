"""The coded choices a customer form offers, labelled in the current language."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from jpf_desk.domain.id_documents import IdKind
from jpf_desk.domain.labels import label
from jpf_desk.domain.people import Relationship, Sex
from jpf_desk.ui.language import current_lang


def _tr(text: str) -> str:
    return QCoreApplication.translate("choices", text)


def _by_code(enum: type[StrEnum]) -> dict[str, str]:
    lang = current_lang()
    return {m.value: label(m, lang) for m in enum}


def sexes() -> dict[str, str]:
    return {"": "", **_by_code(Sex)}


def id_kinds() -> dict[str, str]:
    return _by_code(IdKind)


def relationships() -> dict[str, str]:
    return {"": "", **_by_code(Relationship)}


def fill(combo: QComboBox, choices: dict[str, str]) -> None:
    combo.clear()
    for value, text in choices.items():
        combo.addItem(text, value)


def select(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def field_names() -> dict[str, str]:
    """Labels of the customer fields kept in the history of changes."""
    return {
        "family_name": _tr("Họ"), "middle_name": _tr("Tên đệm"), "given_name": _tr("Tên"),
        "full_name": _tr("Họ tên như đã viết"), "birth_date": _tr("Ngày sinh"),
        "sex": _tr("Giới tính"), "phone_e164": _tr("Điện thoại"), "email": _tr("Email"),
        "id_kind": _tr("Loại giấy tờ"), "id_number": _tr("Số giấy tờ"),
        "id_expiry": _tr("Ngày hết hạn"), "province_code": _tr("Tỉnh/thành phố"),
        "commune_code": _tr("Xã/phường"), "street": _tr("Số nhà, đường"),
        "address_as_written": _tr("Địa chỉ như đã viết"), "notes": _tr("Ghi chú"),
    }
