"""The sync section: a sync from the window, a failure in words, a cancelled sync, and a
conflict created on two desks and resolved side by side."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.ui.sync.view import SyncView
from jpf_desk.ui.tasks import wait_for_all
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customers, head_office_rows, local_rows, outbox_size
from tests.sync.test_conflicts import rename, second_desk


def open_view(qtbot: QtBot, desk: Desk) -> SyncView:
    view = SyncView(desk)
    qtbot.addWidget(view)
    view.show()
    return view


def click_sync(qtbot: QtBot, view: SyncView) -> None:
    qtbot.mouseClick(view.ui.syncButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.running, timeout=60_000)


def test_sync_from_the_window(qtbot: QtBot, make_desk: MakeDesk,
                              head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    add_customers(a.desk, 5)
    view = open_view(qtbot, a.desk)
    assert view.ui.lastSyncLabel.text() == "Chưa bao giờ"
    assert view.ui.pendingLabel.text() != "0 thay đổi chưa gửi"
    click_sync(qtbot, view)
    assert view.ui.messageLabel.text().startswith("Đã đồng bộ")
    assert view.ui.pendingLabel.text() == "0 thay đổi chưa gửi"
    assert view.ui.lastSyncLabel.text() != "Chưa bao giờ"
    assert local_rows(a.desk) == head_office_rows(head_office, a.desk.actor.centre_id)


def test_failure_is_shown_in_words(qtbot: QtBot, desk: Desk) -> None:
    view = open_view(qtbot, desk)  # a desk never connected to head office
    click_sync(qtbot, view)
    assert "chưa được kết nối" in view.ui.messageLabel.text()
    assert view.ui.syncButton.isEnabled()


def test_cancel_keeps_what_was_sent(qtbot: QtBot, make_desk: MakeDesk,
                                    head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    add_customers(a.desk, 5)
    view = open_view(qtbot, a.desk)
    reached, release = threading.Event(), threading.Event()

    def pause(step: str) -> None:
        if step == "batch_sending":
            reached.set()
            release.wait(30)

    view.sync_hook = pause
    qtbot.mouseClick(view.ui.syncButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    assert view.ui.cancelButton.isEnabled()
    qtbot.mouseClick(view.ui.cancelButton, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert view.ui.messageLabel.text().startswith("Đã dừng")
    view.sync_hook = None
    click_sync(qtbot, view)
    assert outbox_size(a.desk) == 0
    assert local_rows(a.desk) == head_office_rows(head_office, a.desk.actor.centre_id)


def test_conflict_resolved_in_the_window(qtbot: QtBot, make_desk: MakeDesk,
                                         head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    (customer,) = add_customers(a.desk, 1)
    sync_now(a.desk)
    b = second_desk(a, tmp_path)
    try:
        rename(a.desk, customer, "Anh")
        sync_now(a.desk)
        rename(b, customer, "Ánh")

        view = open_view(qtbot, b)
        click_sync(qtbot, view)
        assert view.ui.conflictList.count() == 1
        assert "Khách hàng" in view.ui.conflictList.item(0).text()
        table = view.ui.compareTable
        shown = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
                 for r in range(table.rowCount())}
        assert shown["Tên"] == ("Ánh", "Anh")
        assert table.item(0, 0) is not None
        assert view.ui.keepLocalButton.isEnabled()

        qtbot.mouseClick(view.ui.keepLocalButton, Qt.MouseButton.LeftButton)
        assert view.ui.conflictList.count() == 0
        assert table.rowCount() == 0
        click_sync(qtbot, view)
        assert outbox_size(b) == 0
        sync_now(a.desk)
        assert local_rows(a.desk) == local_rows(b) == head_office_rows(
            head_office, a.desk.actor.centre_id)
    finally:
        wait_for_all()
        b.store.close()


def test_main_window_lists_the_sync_section(qtbot: QtBot, desk: Desk) -> None:
    from jpf_desk.ui.main_window import MainWindow

    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert "sync" in window.section_keys()
    view = window.show_section("sync")
    assert isinstance(view, SyncView)
    assert view.ui.lastSyncLabel.text() == "Chưa bao giờ"


def test_connect_dialog_then_sync(qtbot: QtBot, desk: Desk, head_office: HeadOffice) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from jpf_desk.services.head_office.admin import init_head_office
    from jpf_desk.services.head_office.sync import connection_settings

    role = init_head_office(head_office.admin_dsn, [desk.actor.centre_id]).roles[0]
    view = open_view(qtbot, desk)
    assert "Chưa kết nối" in view.ui.connectionLabel.text()
    dialog = view.connect_dialog()
    qtbot.addWidget(dialog)
    dialog.ui.hostEdit.setText(str(head_office.server.dir))
    dialog.ui.portSpin.setValue(head_office.server.port)
    dialog.ui.dbnameEdit.setText(head_office.dbname)
    dialog.ui.userEdit.setText(role.role_name)
    dialog.ui.sslmodeCombo.setCurrentIndex(dialog.ui.sslmodeCombo.findData("disable"))
    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "mật khẩu" in dialog.ui.errorLabel.text()  # nothing saved without it
    assert connection_settings(desk).host == ""
    dialog.ui.passwordEdit.setText(role.password or "")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert connection_settings(desk).user == role.role_name

    view.refresh()
    assert role.role_name in view.ui.connectionLabel.text()
    click_sync(qtbot, view)
    assert view.ui.messageLabel.text().startswith("Đã đồng bộ")
    assert local_rows(desk) == head_office_rows(head_office, desk.actor.centre_id)


def test_only_a_manager_is_offered_to_set_the_head_office_server(qtbot: QtBot,
                                                                 desk: Desk) -> None:
    """Syncing sends every customer's rows to the server that is set: a receptionist
    syncs, but is neither offered nor allowed to point the desk elsewhere."""
    from jpf_desk.domain.staff import Role
    from tests.helpers.staff import signed_in

    manager_view = open_view(qtbot, desk)
    assert manager_view.ui.connectButton.isVisibleTo(manager_view)
    receptionist = signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)
    view = open_view(qtbot, receptionist)
    assert not view.ui.connectButton.isVisibleTo(view)
    assert view.ui.syncButton.isVisibleTo(view)
    assert view.ui.connectionLabel.text() == (
        "Chưa kết nối: quản lý cần nhập thông tin máy chủ trụ sở chính.")
