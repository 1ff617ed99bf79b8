"""The window and signing in: the start on an upgraded store, the sign-in box, the idle
lock that keeps the work behind it, and what the window hides from a role."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.staff import sign_in
from jpf_desk.store.models import StaffCredential
from jpf_desk.ui.app import sign_in_interactively
from jpf_desk.ui.main_window import MainWindow
from jpf_desk.ui.sign_in_dialog import FirstPasswordDialog, SignInDialog
from tests.helpers.modal import when_modal
from tests.helpers.staff import FIRST_MANAGER, TEST_PASSWORD, signed_in
from tests.helpers.typing import type_text


def test_sign_in_box_refuses_a_wrong_password_in_words_and_keeps_the_person(qtbot, desk):
    clerk = signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)
    dialog = SignInDialog(desk.store, select_id=clerk.actor.staff_id)
    qtbot.addWidget(dialog)
    assert dialog.staff.currentText() == "Đỗ Minh Khoa (Lễ tân)"
    type_text(dialog.password, "sai-mat-khau")
    dialog.accept()
    assert dialog.desk is None and dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "Tên nhân viên hoặc mật khẩu không đúng."
    assert dialog.staff.currentData() == clerk.actor.staff_id
    dialog.password.clear()
    type_text(dialog.password, TEST_PASSWORD)
    dialog.accept()
    assert dialog.desk is not None and dialog.desk.actor.staff_id == clerk.actor.staff_id


def test_the_wait_after_repeated_failures_is_told(qtbot, desk):
    dialog = SignInDialog(desk.store)
    qtbot.addWidget(dialog)
    for _ in range(3):
        dialog.password.setText("sai-mat-khau")
        dialog.accept()
    dialog.password.setText(TEST_PASSWORD)
    dialog.accept()
    assert dialog.desk is None
    assert dialog.error.text().startswith("Nhập sai nhiều lần. Hãy đợi ")


def test_an_upgraded_store_asks_a_manager_for_a_password_at_start(qtbot, desk):
    with desk.tx() as s:  # as after the upgrade: no staff member has a password yet
        s.query(StaffCredential).delete()
    seen: list[str] = []

    def choose(dialog):
        seen.append(type(dialog).__name__)
        assert dialog.manager.currentText() == "Lê Thu Trang (Quản lý)"
        dialog.fields.password.setText("ngan")  # too short: said, the dialog stays
        dialog.fields.repeat.setText("ngan")
        dialog.accept()
        seen.append(dialog.fields.password_error.text())
        dialog.fields.password.setText("trang-moi-2026")
        dialog.fields.repeat.setText("trang-moi-2026")
        dialog.accept()

    when_modal(choose)
    signed = sign_in_interactively(desk.store)
    assert seen == ["FirstPasswordDialog", "Mật khẩu cần ít nhất 8 ký tự."]
    assert signed is not None and signed.actor.staff_id == desk.actor.staff_id
    assert sign_in.managers_without_password(desk.store) == []
    assert isinstance(FirstPasswordDialog, type)


def test_the_usual_start_asks_who_signs_in(qtbot, desk):
    def answer(dialog):
        assert isinstance(dialog, SignInDialog)
        dialog.password.setText(TEST_PASSWORD)
        dialog.accept()

    when_modal(answer)
    signed = sign_in_interactively(desk.store)
    assert signed is not None and signed.actor.staff_id == desk.actor.staff_id


def test_the_window_locks_keeps_the_work_and_unlocks_for_the_next_person(qtbot, desk):
    clerk = signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    view = window.show_section("customers")
    type_text(view.ui.searchBox, "giang")
    window.setWindowTitle("Nguyễn Thị Mai")  # as a customer's record names its window
    window.idle.timer.setInterval(30)  # instead of the store's 5 minutes
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.idle.is_locked, timeout=5000)
    lock = window.idle.dialog
    assert lock is not None and lock.isVisible()
    assert QApplication.activeModalWidget() is lock
    assert window.windowTitle() == "JPF Desk"
    assert window.centralWidget().graphicsEffect() is not None  # nothing readable behind
    assert window.menuBar().graphicsEffect() is not None
    lock.reject()  # Escape does not leave the lock
    assert window.idle.is_locked
    lock.staff.setCurrentIndex(lock.staff.findData(clerk.actor.staff_id))
    lock.password.setText(TEST_PASSWORD)
    lock.accept()
    assert not window.idle.is_locked
    assert window.centralWidget().graphicsEffect() is None
    assert view.ui.searchBox.text() == "giang"  # the work is as it was
    assert window.windowTitle() == "Nguyễn Thị Mai"
    assert desk.actor.staff_id == clerk.actor.staff_id
    assert "Đỗ Minh Khoa" in window.staff_label.text()


def test_the_idle_time_is_a_store_setting_five_minutes_by_default(qtbot, desk):
    from jpf_desk.domain.errors import NotAllowed, ValidationError
    from jpf_desk.ui.staff_dialog import SwitchStaffDialog

    assert setup.idle_lock_minutes(desk.store) == 5
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert window.idle.timer.interval() == 5 * 60_000
    dialog = SwitchStaffDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 5
    dialog.idle_minutes.setValue(2)
    dialog.findChild(type(dialog.reset_button), "saveIdleMinutes").click()
    assert setup.idle_lock_minutes(desk.store) == 2
    window.idle.set_minutes(setup.idle_lock_minutes(desk.store))
    assert window.idle.timer.interval() == 2 * 60_000
    with pytest.raises(ValidationError):
        setup.set_idle_lock_minutes(desk, 0)
    clerk = signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)
    with pytest.raises(NotAllowed):
        setup.set_idle_lock_minutes(clerk, 30)


def test_a_receptionist_does_not_see_what_only_a_manager_may_do(qtbot, desk):
    clerk = signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.apply_desk(clerk)
    dialog = window.switch_staff_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.ui.addGroup.isVisibleTo(dialog)
    assert not dialog.reset_group.isVisibleTo(dialog)
    assert FIRST_MANAGER in [dialog.ui.staff.itemText(i).split(" (")[0]
                             for i in range(dialog.ui.staff.count())]


def test_after_a_change_of_staff_open_views_hide_what_the_new_person_may_not_do(qtbot,
                                                                                  desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    queue = window.show_section("requests")
    assert queue.ui.calendarButton.isVisibleTo(queue)  # a manager edits the calendar
    window.apply_desk(signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST))
    assert not queue.ui.calendarButton.isVisibleTo(queue)


def test_the_new_windows_fit_a_1366x768_screen(qtbot, desk):
    from jpf_desk.ui.access_log.view import AccessLogView
    from jpf_desk.ui.sign_in_dialog import ChangePasswordDialog
    from jpf_desk.ui.staff_dialog import SwitchStaffDialog

    usable_width, usable_height = 1366, 728  # a reception PC, less the task bar
    window = MainWindow(desk)
    qtbot.addWidget(window)
    for widget in (SignInDialog(desk.store), FirstPasswordDialog(desk.store),
                   ChangePasswordDialog(desk), SwitchStaffDialog(desk)):
        qtbot.addWidget(widget)
        hint = widget.sizeHint().expandedTo(widget.minimumSizeHint())
        assert hint.width() <= usable_width and hint.height() <= usable_height, widget
    log_view = AccessLogView(desk)
    qtbot.addWidget(log_view)
    room = usable_width - window.nav.width() - 40
    assert log_view.minimumSizeHint().width() <= room


def test_changing_ones_own_password_from_the_window(qtbot, desk):
    from jpf_desk.ui.sign_in_dialog import ChangePasswordDialog

    dialog = ChangePasswordDialog(desk)
    qtbot.addWidget(dialog)
    type_text(dialog.current, "not-my-password")
    type_text(dialog.fields.password, "trang-moi-2026")
    type_text(dialog.fields.repeat, "trang-moi-2026")
    dialog.accept()  # refused beside "current", what was typed is kept
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.current_error.text() == "Tên nhân viên hoặc mật khẩu không đúng."
    assert dialog.fields.password.text() == "trang-moi-2026"
    dialog.current.clear()
    type_text(dialog.current, TEST_PASSWORD)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert sign_in.sign_in(desk.store, desk.actor.staff_id, "trang-moi-2026")
