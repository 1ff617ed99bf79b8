"""Vietnamese labels of the coded choices a customer form offers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from jpf_desk.domain.id_documents import IdKind
from jpf_desk.domain.people import Sex
from jpf_desk.services.customer_input import Relationship


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
