"""The customer record: fields, guardians, enrolments and the history of changes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from jpf_desk.ui.customers.detail import CustomerDetailDialog
from tests.helpers.typing import type_text
from tests.ui import builders


def info_values(dialog: CustomerDetailDialog) -> dict[str, str]:
    form = dialog.ui.info
    return {form.itemAt(r, form.ItemRole.LabelRole).widget().text():
            form.itemAt(r, form.ItemRole.FieldRole).widget().text()
            for r in range(form.rowCount())
            if isinstance(form.itemAt(r, form.ItemRole.FieldRole).widget(), QLabel)}


def test_detail_shows_enrolments_and_edits_leave_history(qtbot, desk):
    customer = builders.adult(desk, id_number="001095012345")
    klass = builders.open_class(desk, fee_vnd=3_000_000)
    builders.enrol(desk, customer, klass.id)
    dialog = CustomerDetailDialog(desk, customer)
    qtbot.addWidget(dialog)
    values = info_values(dialog)
    assert values["Số điện thoại:"] == "0903 111 222"
    assert "012345" not in values["Giấy tờ:"]  # masked on screen
    assert dialog.ui.enrolments.rowCount() == 1
    assert dialog.ui.enrolments.item(0, 0).text() == "A1-2026-12"
    assert dialog.ui.enrolments.item(0, 4).text() == "3.000.000 ₫"
    history_before = dialog.ui.history.rowCount()

    form = dialog.edit()
    assert form.ui.phone.text() == "0903 111 222"  # as people write it, not E.164
    form.ui.phone.clear()
    type_text(form.ui.phone, "0904 222 333")
    form.save()
    assert info_values(dialog)["Số điện thoại:"] == "0904 222 333"
    assert dialog.ui.history.rowCount() > history_before
    rows = [[dialog.ui.history.item(r, c).text() for c in range(4)]
            for r in range(dialog.ui.history.rowCount())]
    assert ["Số điện thoại", "0903 111 222", "0904 222 333"] in [row[1:] for row in rows]


def test_minor_shows_guardians(qtbot, desk):
    dialog = CustomerDetailDialog(desk, builders.minor(desk))
    qtbot.addWidget(dialog)
    assert dialog.ui.tabs.isTabVisible(1)
    assert dialog.ui.guardians.item(0, 0).text() == "Phạm Thu Hà"
    assert dialog.ui.guardians.item(0, 1).text() == "Mẹ"
    assert "dưới 16 tuổi" in info_values(dialog)["Ngày sinh:"]
