"""The request form does not claim an ID was seen: the person chooses how identity was checked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.rights import requests
from jpf_desk.ui.requests.new_request import NewRequestDialog


def test_nothing_is_preselected_and_saving_asks_for_it(qtbot, desk, person):
    dialog = NewRequestDialog(desk, None, customer_id=person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.identityCheck.currentData() is None
    assert dialog.ui.identityCheck.currentText() != "Đã xem CCCD / hộ chiếu"
    dialog.set_kind(RequestKind.ACCESS)
    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.filed is None and requests.list_requests(desk) == []
    assert dialog.ui.identityError.text() == "Hãy chọn cách đã xác minh danh tính người yêu cầu."
    dialog.ui.identityCheck.setCurrentIndex(dialog.ui.identityCheck.findData("known_contact"))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.filed is not None
    assert requests.get_request(desk, dialog.filed.id).identity_check == "known_contact"
