"""Registering customers through the form: adults, minors, duplicates, warnings, failures."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy import event

from jpf_desk.domain.dates import format_date, today_vn
from jpf_desk.services.customers import records as customers
from jpf_desk.services.customers.search import customer_ids
from jpf_desk.ui.customers.detail import CustomerDetailDialog
from jpf_desk.ui.customers.form import CustomerFormDialog
from jpf_desk.ui.customers.list_view import CustomerListView
from tests.helpers.typing import type_text
from tests.ui import builders


def open_form(qtbot, desk) -> tuple[CustomerListView, CustomerFormDialog]:
    view = CustomerListView(desk)
    qtbot.addWidget(view)
    form = view.new_customer()
    assert isinstance(form, CustomerFormDialog)
    return view, form


def fill_person(form: CustomerFormDialog, family: str, middle: str, given: str,
                birth: str, phone: str = "", id_number: str = "") -> None:
    type_text(form.ui.familyName, family)
    type_text(form.ui.middleName, middle)
    type_text(form.ui.givenName, given)
    type_text(form.ui.birthDate, birth)
    type_text(form.ui.phone, phone)
    type_text(form.ui.idNumber, id_number)


def press_save(qtbot, form: CustomerFormDialog) -> None:
    qtbot.mouseClick(form.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_register_an_adult(qtbot, desk):
    view, form = open_form(qtbot, desk)
    fill_person(form, "Nguyễn", "Thị", "Ánh", "04/03/1999", "0912 345 678", "001199012345")
    form.ui.sex.setCurrentIndex(form.ui.sex.findData("female"))
    form.ui.province.setCurrentIndex(form.ui.province.findText("Thành phố Hà Nội"))
    assert not form.ui.guardiansGroup.isVisibleTo(form)  # an adult needs no guardian
    qtbot.keyClick(form.ui.phone, Qt.Key.Key_Return)  # Enter saves
    assert form.result() == CustomerFormDialog.DialogCode.Accepted
    [customer_id] = customer_ids(desk)
    saved = customers.get_customer(desk, customer_id)
    assert (saved.full_name, saved.phone_e164, saved.province_code) == (
        "Nguyễn Thị Ánh", "+84912345678", "01")
    [detail] = view.findChildren(CustomerDetailDialog)  # the new record opens
    assert detail.windowTitle() == "Nguyễn Thị Ánh"
    assert view.search.model.ids() == [customer_id]


def test_errors_show_beside_their_fields_and_keep_the_input(qtbot, desk):
    _view, form = open_form(qtbot, desk)
    fill_person(form, "Đặng", "", "", "31/02/2000", "12345")
    press_save(qtbot, form)
    assert form.isVisible() or form.result() != CustomerFormDialog.DialogCode.Accepted
    assert form.ui.givenNameError.text() == "Vui lòng nhập tên."
    assert form.ui.birthDateError.text().startswith("Ngày không hợp lệ")
    assert form.ui.phoneError.text().startswith("Số điện thoại không hợp lệ")
    assert form.ui.familyName.text() == "Đặng" and form.ui.phone.text() == "12345"
    assert customer_ids(desk) == []


def test_a_minor_needs_a_guardian(qtbot, desk):
    _view, form = open_form(qtbot, desk)
    ten_years_ago = format_date(today_vn() - timedelta(days=365 * 10))
    fill_person(form, "Phạm", "Gia", "Minh", ten_years_ago)
    assert form.ui.guardiansGroup.isVisibleTo(form)  # appears with the birth date
    press_save(qtbot, form)
    assert form.ui.guardiansError.isVisibleTo(form)
    assert form.ui.guardiansError.text() == (
        "Khách hàng dưới 16 tuổi: cần ít nhất một người giám hộ.")
    assert customer_ids(desk) == []

    guardian = form.add_guardian()
    type_text(guardian.ui.fullName, "Phạm Thu Hà")
    guardian.ui.relationship.setCurrentIndex(guardian.ui.relationship.findData("mother"))
    type_text(guardian.ui.phone, "0987 654 321")
    guardian.accept()  # no ID number yet: the intake rules say so on save
    assert form.ui.guardians.rowCount() == 1
    press_save(qtbot, form)
    assert form.ui.guardiansError.text() == (
        "Người giám hộ 1: Cần số giấy tờ tùy thân của người giám hộ.")

    form.ui.guardians.selectRow(0)
    guardian = form.edit_guardian()
    type_text(guardian.ui.idNumber, "001185012345")
    guardian.accept()
    press_save(qtbot, form)
    assert form.result() == CustomerFormDialog.DialogCode.Accepted
    [customer_id] = customer_ids(desk)
    saved = customers.get_customer(desk, customer_id)
    assert saved.is_minor
    assert [(g.full_name, g.relationship) for g in saved.guardians] == [("Phạm Thu Hà", "mother")]


def test_guardian_linked_to_an_existing_customer(qtbot, desk):
    mother = builders.adult(desk, family="Phạm", middle="Thu", given="Hà", phone="0987 654 321",
                            birth=today_vn().replace(year=1985), id_number="")
    _view, form = open_form(qtbot, desk)
    fill_person(form, "Phạm", "Gia", "Minh", format_date(today_vn() - timedelta(days=3000)))
    guardian = form.add_guardian()
    picker = guardian.pick_customer()
    type_text(picker.ui.searchBox, "pham thu ha")
    qtbot.waitUntil(lambda: picker.search.model.ids() == [mother])
    picker.accept()
    assert guardian.ui.fullName.text() == "Phạm Thu Hà"
    guardian.ui.relationship.setCurrentIndex(guardian.ui.relationship.findData("mother"))
    guardian.accept()
    press_save(qtbot, form)
    assert form.result() == CustomerFormDialog.DialogCode.Accepted
    minor_id = next(i for i in customer_ids(desk) if i != mother)
    [g] = customers.get_customer(desk, minor_id).guardians
    assert g.linked_customer_id == mother


def test_duplicate_warning_opens_the_existing_record(qtbot, desk):
    existing = builders.adult(desk, family="Nguyễn", middle="Thị", given="Ánh",
                              phone="0912 345 678")
    view, form = open_form(qtbot, desk)
    fill_person(form, "Nguyen", "Thi", "Anh", "04/03/1999", "+84 912 345 678")
    press_save(qtbot, form)
    dialog = form.duplicates_dialog
    assert dialog.isVisible()
    assert dialog.ui.candidates.item(0, 0).text() == "Nguyễn Thị Ánh"
    assert dialog.ui.candidates.item(0, 3).text() == "Cùng số điện thoại, tên gần giống"
    qtbot.mouseClick(dialog.ui.openExisting, Qt.MouseButton.LeftButton)
    assert customer_ids(desk) == [existing]  # nothing saved
    assert form.result() == CustomerFormDialog.DialogCode.Rejected
    [detail] = view.findChildren(CustomerDetailDialog)
    assert detail.customer_id == existing


def test_same_cccd_can_be_saved_anyway(qtbot, desk):
    builders.adult(desk, id_number="001095012345")
    _view, form = open_form(qtbot, desk)
    fill_person(form, "Lý", "Quốc", "Thịnh", "07/05/1995", "0933 222 111", "001095012345")
    press_save(qtbot, form)
    assert form.duplicates_dialog.ui.candidates.item(0, 3).text() == "Trùng số giấy tờ"
    qtbot.mouseClick(form.duplicates_dialog.ui.saveAnyway, Qt.MouseButton.LeftButton)
    assert form.result() == CustomerFormDialog.DialogCode.Accepted
    assert len(customer_ids(desk)) == 2


def test_warnings_are_shown_after_saving(qtbot, desk):
    _view, form = open_form(qtbot, desk)
    fill_person(form, "Hồ", "Ngọc", "Lan", "12/08/1990", "0168 123 4567")
    press_save(qtbot, form)
    assert form.result() == CustomerFormDialog.DialogCode.Accepted
    assert form.warning_box is not None
    assert "0381 234 567" in form.warning_box.text()  # old 0168 became 038


def test_full_disk_is_told_in_words_and_the_form_stays(qtbot, desk):
    with desk.store.engine.connect() as conn:
        conn.exec_driver_sql("VACUUM")  # no free pages left to reuse
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    desk.store.engine.dispose()

    @event.listens_for(desk.store.engine, "connect")
    def cap_size(dbapi_conn, _record):  # the file may not grow: a real SQLITE_FULL
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    _view, form = open_form(qtbot, desk)
    fill_person(form, "Vũ", "Hải", "Đăng", "01/01/1990", "0912 777 888")
    form.ui.notes.setPlainText("Ghi chú rất dài. " * 20_000)  # needs pages the file cannot get
    press_save(qtbot, form)
    boxes = form.findChildren(QMessageBox, "errorBox")
    assert [b.text() for b in boxes] == [
        "Ổ đĩa đã đầy hoặc lỗi ghi. Hãy giải phóng dung lượng rồi lưu lại; "
        "dữ liệu bạn nhập vẫn còn."]
    assert form.ui.givenName.text() == "Đăng" and form.ui.phone.text() == "0912 777 888"
    assert not form.findChildren(QWidget, "bugBox")


def test_tab_goes_through_the_fields_in_reading_order(qtbot, desk):
    _view, form = open_form(qtbot, desk)
    ui = form.ui
    expected = [ui.familyName, ui.middleName, ui.givenName, ui.fullName, ui.birthDate, ui.sex,
                ui.phone, ui.email, ui.idKind, ui.idNumber, ui.idExpiry, ui.province,
                ui.commune, ui.street, ui.addressAsWritten, ui.notes]
    chain, widget = [], ui.familyName
    while len(chain) < 200:
        if widget in expected and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is ui.familyName:
            break
    assert [w.objectName() for w in chain] == [w.objectName() for w in expected]


def test_escape_cancels_without_saving(qtbot, desk):
    _view, form = open_form(qtbot, desk)
    fill_person(form, "Tô", "Minh", "Khôi", "01/01/1990", "0912 888 999")
    qtbot.keyClick(form.ui.phone, Qt.Key.Key_Escape)
    assert form.result() == CustomerFormDialog.DialogCode.Rejected
    assert customer_ids(desk) == []
