"""The coded choices a customer form offers, labelled in the current language."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QComboBox

from jpf_desk.domain.id_documents import IdKind
from jpf_desk.domain.labels import label
from jpf_desk.domain.people import Relationship, Sex
from jpf_desk.ui.language import current_lang


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
