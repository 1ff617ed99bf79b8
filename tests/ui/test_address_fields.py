"""Province and commune combos: loose typing, communes that follow the province."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from jpf_desk.ui.customers.address_fields import AddressFields


def make(qtbot) -> AddressFields:
    province, commune = QComboBox(), QComboBox()
    qtbot.addWidget(province)
    qtbot.addWidget(commune)
    return AddressFields(province, commune)


def test_province_typed_without_accents_is_recognised(qtbot):
    fields = make(qtbot)
    fields.province.setEditText("ha noi")  # typed: the completer popup needs a real screen
    fields.province.lineEdit().editingFinished.emit()
    assert fields.province_code() == "01"
    assert fields.province.currentText() == "Thành phố Hà Nội"
    assert fields.commune.count() > 100  # Hà Nội's communes and wards are offered


def test_commune_follows_province_and_unknown_text_gives_no_code(qtbot):
    fields = make(qtbot)
    assert fields.commune.count() == 1  # only the empty choice before a province
    fields.set_codes("01", "")
    first_commune = fields.commune.itemData(1)
    fields.set_codes("01", first_commune)
    assert fields.commune_code() == first_commune
    fields.commune.setEditText("không có xã này")
    assert fields.commune_code() == ""
