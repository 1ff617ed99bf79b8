"""The main window, the first-run set-up, store failures at start and switching staff."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.staff import sign_in
from jpf_desk.store.engine import open_store
from jpf_desk.ui import navigation
from jpf_desk.ui.app import open_desk_interactively
from jpf_desk.ui.first_run import FirstRunDialog
from jpf_desk.ui.main_window import MainWindow
from tests.helpers.modal import when_modal, when_modal_after_sign_in
from tests.helpers.typing import type_text


def test_sections_are_listed_in_order():
    navigation.load_sections()
    keys = [s.key for s in navigation.sections()]
    assert keys.index("customers") < keys.index("classes") < keys.index("enrolments")


def test_main_window_shows_sections_and_status(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.item(0).text() == "Khách hàng"
    assert "JPF Hà Nội – Cơ sở 1" in window.centre_label.text()
    assert "Lê Thu Trang" in window.staff_label.text()
    assert str(desk.store.path) in window.path_label.text()
    for key in ("classes", "enrolments", "customers"):
        assert window.show_section(key) is window.current_view()


def test_ctrl_f_focuses_the_search_box(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    view = window.show_section("customers")
    view.ui.table.setFocus()
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.find_action.trigger()  # offscreen windows never become active for key events
    assert window.focusWidget() is view.ui.searchBox


def test_switch_staff_needs_the_next_persons_password(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    dialog = window.switch_staff_dialog()
    qtbot.addWidget(dialog)
    assert dialog.ui.addGroup.isVisibleTo(dialog)  # the first staff member is a manager
    type_text(dialog.ui.newName, "Đỗ Quang Huy")
    dialog.ui.newRole.setCurrentIndex(dialog.ui.newRole.findData(Role.MANAGER.value))
    type_text(dialog.new_password.password, "huy-mat-khau-1")
    type_text(dialog.new_password.repeat, "huy-mat-khau-1")
    dialog.ui.addButton.click()
    assert dialog.ui.staff.currentText().startswith("Đỗ Quang Huy")
    huy = dialog.ui.staff.currentData()
    type_text(dialog.password, "not-his-password")
    dialog.accept()  # refused: the dialog stays, says why, keeps the choice of person
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.signed_in is None
    assert dialog.error.text() == "Tên nhân viên hoặc mật khẩu không đúng."
    assert dialog.ui.staff.currentData() == huy
    assert desk.actor.staff_id != huy
    dialog.password.clear()
    type_text(dialog.password, "huy-mat-khau-1")

    def choose_own(change):  # added with a first password: he chooses his own now
        type_text(change.fields.password, "huy-rieng-2026")
        type_text(change.fields.repeat, "huy-rieng-2026")
        change.accept()

    when_modal(choose_own)
    dialog.accept()
    assert dialog.signed_in is not None
    window.apply_desk(dialog.signed_in)
    assert "Đỗ Quang Huy" in window.staff_label.text()
    assert desk.actor.staff_id == huy


def test_first_run_dialog_initialises_the_store(qtbot, tmp_path):
    store = open_store(tmp_path / "fresh")
    try:
        dialog = FirstRunDialog(store)
        qtbot.addWidget(dialog)
        dialog.accept()  # nothing typed: errors beside the fields
        assert dialog.ui.centreCodeError.isVisibleTo(dialog)
        assert dialog.desk is None
        type_text(dialog.ui.centreCode, "DN1")
        type_text(dialog.ui.centreName, "JPF Đà Nẵng")
        type_text(dialog.ui.staffName, "Võ Thị Lan")
        dialog.accept()  # no password chosen yet: said beside the field, the rest kept
        assert dialog.passwords.password_error.text() == "Hãy nhập mật khẩu hoặc mã PIN."
        assert dialog.ui.staffName.text() == "Võ Thị Lan" and dialog.desk is None
        type_text(dialog.passwords.password, "lan-mat-khau-1")
        type_text(dialog.passwords.repeat, "lan-mat-khau-2")
        dialog.accept()
        assert dialog.passwords.repeat_error.text() == "Hai lần nhập mật khẩu không giống nhau."
        dialog.passwords.repeat.clear()
        type_text(dialog.passwords.repeat, "lan-mat-khau-1")
        dialog.accept()
        assert dialog.result() == FirstRunDialog.DialogCode.Accepted
        ident = setup.identity(store)
        assert ident.centre_name == "JPF Đà Nẵng"
        assert ident.staff.full_name == "Võ Thị Lan" and ident.staff.role == "manager"
    finally:
        store.close()


def test_start_on_a_fresh_folder_asks_for_set_up(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from jpf_desk.services import daily_backup

    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))

    def backup_offer(box):
        assert box.objectName() == "offerDailyBackup"
        box.button(QMessageBox.StandardButton.Yes).click()

    def answer(dialog):
        assert isinstance(dialog, FirstRunDialog)
        when_modal(backup_offer)  # the next question: where the daily backup goes
        dialog.ui.centreCode.setText("HCM1")
        dialog.ui.centreName.setText("JPF Hồ Chí Minh")
        dialog.ui.staffName.setText("Ngô Bảo Ngọc")
        dialog.passwords.password.setText("ngoc-mat-khau")
        dialog.passwords.repeat.setText("ngoc-mat-khau")
        qtbot.keyClick(dialog.ui.staffName, Qt.Key.Key_Return)

    when_modal(answer)
    desk = open_desk_interactively(tmp_path / "new")
    assert desk is not None
    try:
        assert setup.identity(desk.store).centre_name == "JPF Hồ Chí Minh"
        ngoc = sign_in.find_staff(desk.store, "Ngô Bảo Ngọc")
        assert desk.actor.staff_id == ngoc  # the manager who chose the password acts
        assert sign_in.sign_in(desk.store, ngoc, "ngoc-mat-khau").actor.staff_id == ngoc
        assert daily_backup.plan(desk).folder == str(usb.resolve())
    finally:
        desk.store.close()


def test_store_in_use_is_told_in_words(qtbot, store):
    shown: list[str] = []

    def answer(box):
        shown.append(box.text())
        box.accept()

    when_modal_after_sign_in(answer)
    assert open_desk_interactively(store.path.parent) is None  # the fixture holds the lock
    assert shown == ["JPF Desk đang mở kho dữ liệu này ở một cửa sổ khác."]


def test_first_run_says_who_becomes_manager_and_spells_the_code_one_way(qtbot, tmp_path):
    from sqlalchemy import text

    from tests.helpers.stores import raw_engine

    store = open_store(tmp_path / "fresh")
    try:
        dialog = FirstRunDialog(store)
        qtbot.addWidget(dialog)
        assert "quản lý" in dialog.manager_note.text()
        assert dialog.manager_note.isVisibleTo(dialog)
        type_text(dialog.ui.centreCode, "hà nội 1")
        type_text(dialog.ui.centreName, "JPF Hà Nội")
        type_text(dialog.ui.staffName, "Võ Thị Lan")
        type_text(dialog.passwords.password, "lan-mat-khau-1")
        type_text(dialog.passwords.repeat, "lan-mat-khau-1")
        dialog.accept()
        assert dialog.desk is None and dialog.ui.centreCodeError.isVisibleTo(dialog)
        assert "HN-KM" in dialog.ui.centreCodeError.text()
        dialog.ui.centreCode.clear()
        type_text(dialog.ui.centreCode, "hn 1")
        dialog.accept()
        assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    finally:
        store.close()
    engine = raw_engine(store.path)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT code FROM centres")).scalars().all() == ["HN1"]
    engine.dispose()
