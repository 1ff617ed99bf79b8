"""The manager's dialog for the centre's details; JPF's missing details are said plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jpf_desk.domain.staff import Role
from jpf_desk.services.consent.controller import controller_settings
from jpf_desk.ui.consent.controller_dialog import ControllerDetailsDialog
from tests.helpers.staff import signed_in


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_manager_sets_the_centres_details(qtbot, desk):
    dialog = ControllerDetailsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "CHƯA CÓ" in dialog.ui.jpfSummary.text()  # head office has not set JPF's yet
    assert dialog.ui.legalName.text() == "JPF Hà Nội – Cơ sở 1"
    dialog.ui.address.setText("Số 3 ngõ Thử, Đống Đa, Hà Nội")
    dialog.ui.email.setText("coso1@jpf-test.example")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    centre = controller_settings(desk).centre
    assert centre.address == "Số 3 ngõ Thử, Đống Đa, Hà Nội"
    assert centre.email == "coso1@jpf-test.example"


def test_a_receptionist_is_told_only_a_manager_may(qtbot, desk):
    receptionist = signed_in(desk, "Nguyễn Thị Lễ Tân", Role.RECEPTIONIST)
    dialog = ControllerDetailsDialog(receptionist)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "quản lý" in dialog.ui.error.text()  # said before anything is typed
    assert dialog.ui.address.isReadOnly()
    assert dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).isHidden()
    dialog.ui.address.setText("Số 3 ngõ Thử")
    dialog.accept()  # the service refuses it anyway
    assert dialog.isVisible() and "quản lý" in dialog.ui.error.text()
    assert controller_settings(desk).centre.address == ""
