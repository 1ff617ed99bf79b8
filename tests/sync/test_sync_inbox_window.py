"""The Sync section lists pulled rows set aside (table, id, reason; never values) and
says when this desk turned out to be an older copy of itself."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from jpf_desk.services.head_office.sync import sync_now, sync_status
from jpf_desk.store.base import new_id
from jpf_desk.store.engine import open_store
from jpf_desk.store.models import Customer
from tests.helpers.staff import sign_in_as
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer
from tests.sync.test_quarantine import holiday, owner_writes
from tests.sync.test_restored_desk import copy_store
from tests.sync.test_sync_window import click_sync, open_view


def test_set_aside_rows_are_listed_without_their_values(
        qtbot: QtBot, make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    bad = new_id()
    owner_writes(head_office, "public_holidays", bad, holiday(bad, "ba mươi Tết"))
    view = open_view(qtbot, a.desk)
    assert view.ui.setAsideTable.rowCount() == 0
    assert not view.ui.setAsideTable.isVisible()
    click_sync(qtbot, view)
    assert view.ui.messageLabel.text().startswith("Đã đồng bộ")
    assert "1 bản ghi không hợp lệ" in view.ui.messageLabel.text()
    table = view.ui.setAsideTable
    assert table.isVisible() and table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(4)]
    assert cells == ["Không hợp lệ", "Ngày nghỉ lễ", bad, "Giá trị không hợp lệ (day)"]
    assert "0 đang chờ, 1 không hợp lệ" in view.ui.setAsideCaption.text()


def test_a_restored_desk_says_so(
        qtbot: QtBot, make_desk: MakeDesk, tmp_path: Path) -> None:
    a = make_desk("HN1")
    z = add_customer(a.desk, "Võ", "Zung")
    sync_now(a.desk)
    copy_store(a, tmp_path / "backup")
    add_customer(a.desk, "Ngô", "Nam", "0987654321")
    sync_now(a.desk)
    a.close()
    store = open_store(tmp_path / "backup")
    try:
        desk = sign_in_as(store, "Trần Văn Thử")  # the desk's manager signs in
        with desk.tx() as s:
            found = s.get(Customer, z)
            assert found is not None
            found.notes = "sửa trên bản sao cũ"
        view = open_view(qtbot, desk)
        click_sync(qtbot, view)
        assert "khôi phục từ một bản sao cũ" in view.ui.messageLabel.text()
        click_sync(qtbot, view)
        assert "khôi phục" not in view.ui.messageLabel.text()  # said once
        status = sync_status(desk)
        assert (status.pending_changes, status.conflicts) == (0, 0)
    finally:
        store.close()
