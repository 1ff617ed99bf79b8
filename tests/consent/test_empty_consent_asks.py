"""One stray Enter with nothing ticked never records "refuses everything" unasked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from jpf_desk.services.consent.queries import current_consents, list_receipts
from jpf_desk.ui.consent.dialog import ConsentDialog
from tests.consent.builders import new_adult
from tests.helpers.keys import activate, press
from tests.helpers.modal import when_modal


def _open(qtbot, desk) -> tuple[ConsentDialog, str]:
    customer_id = new_adult(desk)
    dialog = ConsentDialog(desk, customer_id, preview=False)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    dialog.boxes["service"].setFocus()
    return dialog, customer_id


def test_enter_with_nothing_ticked_asks_and_a_second_enter_says_no(qtbot, desk):
    dialog, customer_id = _open(qtbot, desk)
    asked: list[str] = []

    def answer_with_enter(box):
        asked.append(box.text())
        assert isinstance(box, QMessageBox)
        activate(qtbot, box)
        press(Qt.Key.Key_Return)  # the stray Enter again: the default answer is No

    when_modal(answer_with_enter)
    press(Qt.Key.Key_Return)
    assert asked == ["Khách hàng từ chối tất cả các mục đích?"]
    assert list_receipts(desk, customer_id) == []
    assert dialog.isVisible() and dialog.receipt is None


def test_the_refusal_of_everything_is_recorded_once_confirmed(qtbot, desk):
    dialog, customer_id = _open(qtbot, desk)

    def confirm(box):
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(confirm)
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert len(list_receipts(desk, customer_id)) == 1
    states = {s.purpose: str(s.state) for s in current_consents(desk, customer_id)
              if s.partner_id is None}
    assert states == {"service": "refused", "marketing": "refused", "improvement": "refused",
                      "analytics": "refused", "contact": "refused"}


def test_a_choice_with_something_ticked_is_not_questioned(qtbot, desk):
    dialog, customer_id = _open(qtbot, desk)
    dialog.boxes["service"].setChecked(True)
    press(Qt.Key.Key_Return)
    assert QApplication.activeModalWidget() is not dialog or not dialog.isVisible()
    assert len(list_receipts(desk, customer_id)) == 1
