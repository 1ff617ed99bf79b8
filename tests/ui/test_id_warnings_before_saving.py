"""CCCD / birth-year / sex mismatches are shown beside the fields before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jpf_desk.services.customers.search import customer_ids
from jpf_desk.ui.customers.form import CustomerFormDialog
from jpf_desk.ui.customers.list_view import CustomerListView
from tests.helpers.keys import activate, press
from tests.helpers.typing import type_text

BIRTH_MISMATCH = ("Năm sinh ghi trong số CCCD không khớp với ngày sinh. "
                  "Vui lòng kiểm tra lại.")


def _form(qtbot, desk) -> tuple[CustomerListView, CustomerFormDialog]:
    view = CustomerListView(desk)
    qtbot.addWidget(view)
    form = view.new_customer()
    activate(qtbot, form)
    type_text(form.ui.familyName, "Nguyễn")
    type_text(form.ui.middleName, "Thị")
    type_text(form.ui.givenName, "Ánh")
    type_text(form.ui.birthDate, "04/03/1999")
    type_text(form.ui.phone, "0912 345 678")
    form.ui.sex.setCurrentIndex(form.ui.sex.findData("female"))
    type_text(form.ui.idNumber, "001195012345")  # encodes 1995 (and a woman)
    return view, form


def test_a_mismatch_is_shown_beside_the_id_and_the_first_enter_saves_nothing(qtbot, desk):
    _view, form = _form(qtbot, desk)
    press(Qt.Key.Key_Return)
    assert form.isVisible() and form.result() != CustomerFormDialog.DialogCode.Accepted
    assert customer_ids(desk) == []
    assert form.ui.idNumberError.isVisibleTo(form)
    assert BIRTH_MISMATCH in form.ui.idNumberError.text()
    assert form.warning_box is None  # no box after saving, behind other windows


def test_a_second_enter_confirms_the_warning_and_saves(qtbot, desk):
    _view, form = _form(qtbot, desk)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    assert form.result() == CustomerFormDialog.DialogCode.Accepted
    assert len(customer_ids(desk)) == 1


def test_fixing_the_birth_date_clears_the_warning_and_saves_at_once(qtbot, desk):
    _view, form = _form(qtbot, desk)
    press(Qt.Key.Key_Return)
    form.ui.birthDate.clear()
    type_text(form.ui.birthDate, "04/03/1995")
    assert not form.ui.idNumberError.isVisibleTo(form)
    press(Qt.Key.Key_Return)
    assert form.result() == CustomerFormDialog.DialogCode.Accepted
    assert len(customer_ids(desk)) == 1


def test_a_changed_value_after_a_warning_is_checked_again(qtbot, desk):
    _view, form = _form(qtbot, desk)
    press(Qt.Key.Key_Return)
    form.ui.sex.setCurrentIndex(form.ui.sex.findData("male"))  # now sex mismatches too
    form.ui.idNumber.setFocus()
    press(Qt.Key.Key_Return)
    assert customer_ids(desk) == []
    assert "giới tính" in form.ui.idNumberError.text().lower()


def test_a_fixed_field_loses_its_red_error(qtbot, desk):
    view = CustomerListView(desk)
    qtbot.addWidget(view)
    form = view.new_customer()
    activate(qtbot, form)
    type_text(form.ui.familyName, "Nguyễn")
    type_text(form.ui.givenName, "Ánh")
    type_text(form.ui.birthDate, "04/03/1999")
    type_text(form.ui.phone, "0912 34")
    press(Qt.Key.Key_Return)
    assert form.ui.phoneError.isVisibleTo(form)
    type_text(form.ui.phone, "5 678")
    assert not form.ui.phoneError.isVisibleTo(form)


def test_the_guardian_id_is_masked_in_the_form_table(qtbot, desk):
    from tests.ui import builders

    child = builders.minor(desk)  # guardian Phạm Thu Hà, CCCD 001185012345
    form = CustomerFormDialog(desk, child)
    qtbot.addWidget(form)
    shown = form.ui.guardians.item(0, 3).text()
    assert "001185012345" not in shown and "0118501" not in shown
    assert shown.endswith("2345")
