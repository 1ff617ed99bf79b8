"""The record opened at intake follows what happens next (the first consent's receipt)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jpf_desk.ui.consent.dialog import ConsentDialog
from jpf_desk.ui.customers.detail import CustomerDetailDialog
from jpf_desk.ui.customers.form import CustomerFormDialog
from jpf_desk.ui.main_window import MainWindow
from jpf_desk.ui.tasks import wait_for_all
from tests.helpers.keys import activate, ctrl, press
from tests.helpers.typing import type_text


def _visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_the_record_opened_at_intake_shows_the_first_receipt(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    activate(qtbot, window)
    ctrl(Qt.Key.Key_N)
    [form] = _visible(CustomerFormDialog)
    activate(qtbot, form)
    type_text(form.ui.familyName, "Đặng")
    type_text(form.ui.middleName, "Minh")
    type_text(form.ui.givenName, "Khoa")
    type_text(form.ui.birthDate, "12/06/1992")
    type_text(form.ui.phone, "0912 345 678")
    press(Qt.Key.Key_Return)
    [record] = _visible(CustomerDetailDialog)
    assert record.consents.ui.receipts.rowCount() == 0
    [consent] = _visible(ConsentDialog)
    activate(qtbot, consent)
    consent.boxes["service"].setFocus()
    press(Qt.Key.Key_Space)  # tick "service"
    assert consent.boxes["service"].isChecked()
    press(Qt.Key.Key_Return)
    assert not consent.isVisible()
    qtbot.waitUntil(lambda: record.consents.ui.receipts.rowCount() == 1)
    assert not record.consents.collect_notice.isVisibleTo(record.consents)
    wait_for_all()
