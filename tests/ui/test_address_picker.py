"""The province and commune pickers match what is typed without accents."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from jpf_desk.ui.customers.address_fields import AddressFields


def offered(combo: QComboBox, typed: str) -> list[str]:
    completer = combo.completer()
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_unaccented_typing_offers_the_province(qtbot):
    province, commune = QComboBox(), QComboBox()
    qtbot.addWidget(province)
    qtbot.addWidget(commune)
    AddressFields(province, commune)
    assert offered(province, "ha noi") == ["Thành phố Hà Nội"]
    assert offered(province, "Hà Nội") == ["Thành phố Hà Nội"]
    assert offered(province, "dak lak") == ["Đắk Lắk"]


def test_choosing_an_offer_selects_the_item_and_its_communes(qtbot):
    province, commune = QComboBox(), QComboBox()
    qtbot.addWidget(province)
    qtbot.addWidget(commune)
    fields = AddressFields(province, commune)
    completer = province.completer()
    completer.setCompletionPrefix("ha noi")
    picked = completer.completionModel().index(0, 0).data(completer.completionRole())
    completer.activated.emit(picked)  # as when the receptionist picks the offer
    assert province.currentText() == "Thành phố Hà Nội"
    assert fields.province_code() != ""
    assert commune.count() > 1
