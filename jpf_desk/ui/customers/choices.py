"""Vietnamese labels of the coded choices a customer form offers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from jpf_desk.domain.id_documents import IdKind
from jpf_desk.domain.people import Sex
from jpf_desk.services.customers.input import Relationship


def _tr(text: str) -> str:
    return QCoreApplication.translate("choices", text)


def sexes() -> dict[str, str]:
    return {"": "", Sex.MALE.value: _tr("Nam"), Sex.FEMALE.value: _tr("Nữ")}


def id_kinds() -> dict[str, str]:
    return {IdKind.CCCD.value: _tr("CCCD (căn cước)"), IdKind.CMND.value: _tr("CMND (cũ)"),
            IdKind.PASSPORT.value: _tr("Hộ chiếu")}


def relationships() -> dict[str, str]:
    return {
        "": "",
        Relationship.MOTHER.value: _tr("Mẹ"),
        Relationship.FATHER.value: _tr("Bố"),
        Relationship.GRANDPARENT.value: _tr("Ông/bà"),
        Relationship.SIBLING.value: _tr("Anh/chị"),
        Relationship.LEGAL_GUARDIAN.value: _tr("Người giám hộ hợp pháp"),
        Relationship.OTHER.value: _tr("Khác"),
    }


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
