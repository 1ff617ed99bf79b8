"""The Sync section shows a conflict field by field (both values, who, when), keeps one
field's value on its own, and says when the other side is an erasure."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jpf_desk.services.customers.records import get_customer
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.rights import erasure
from jpf_desk.ui.sync.view import SyncView
from jpf_desk.ui.tasks import wait_for_all
from tests.sync.conftest import MakeDesk
from tests.sync.helpers import add_customer
from tests.sync.test_conflicts import second_desk
from tests.sync.test_field_conflicts import MANAGER, edit


def open_view(qtbot: QtBot, desk: Desk) -> SyncView:
    view = SyncView(desk)
    qtbot.addWidget(view)
    view.show()
    return view


def test_one_field_kept_from_the_window(qtbot: QtBot, make_desk: MakeDesk,
                                        tmp_path: Path) -> None:
    made = make_desk("HN1")
    a = made.desk
    customer = add_customer(a, "Nguyễn", "An")
    edit(a, customer)
    sync_now(a)
    b = second_desk(made, tmp_path)
    try:
        edit(a, customer, email="an.a@example.vn")
        sync_now(a)
        edit(b, customer, email="an.b@example.vn", street="99 Ngõ Trạm")
        sync_now(b)
        view = open_view(qtbot, b)
        table = view.ui.compareTable
        assert view.ui.conflictList.count() == 1
        first = [table.item(0, c).text() for c in range(3)]
        assert first[1:] == ["an.b@example.vn", "an.a@example.vn"]
        assert table.item(0, 0).font().bold() and not table.item(1, 0).font().bold()
        note = view.conflictNote.text()
        assert note.startswith("Máy này: " + MANAGER) and "Văn phòng trung tâm: " in note
        assert view.ui.keepLocalButton.isEnabled()

        table.selectRow(0)
        qtbot.mouseClick(view.ui.keepRemoteButton, Qt.MouseButton.LeftButton)
        assert view.ui.conflictList.count() == 0
        found = get_customer(b, customer)
        assert (found.email, found.street) == ("an.a@example.vn", "99 Ngõ Trạm")
    finally:
        wait_for_all()
        b.store.close()


def test_a_conflict_about_an_erased_person_says_so(qtbot: QtBot, make_desk: MakeDesk,
                                                    tmp_path: Path) -> None:
    made = make_desk("HN1")
    a = made.desk
    customer = add_customer(a, "Nguyễn", "An")
    edit(a, customer)
    sync_now(a)
    b = second_desk(made, tmp_path)
    try:
        edit(b, customer, email="an.b@example.vn")
        erasure.erase_customer(a, customer, "Khách yêu cầu xoá")
        sync_now(a)
        sync_now(b)
        view = open_view(qtbot, b)
        assert view.ui.conflictList.count() == 1
        assert "đã bị xoá" in view.conflictNote.text()
        assert not view.ui.keepLocalButton.isEnabled()
        qtbot.mouseClick(view.ui.keepRemoteButton, Qt.MouseButton.LeftButton)
        assert view.ui.conflictList.count() == 0
    finally:
        wait_for_all()
        b.store.close()


def test_each_field_in_conflict_shows_who_made_each_value_and_when(
        qtbot: QtBot, make_desk: MakeDesk, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.sync.test_conflict_sides import RECEPTIONIST, two_people_two_fields

    b, _customer = two_people_two_fields(make_desk, tmp_path, monkeypatch)
    try:
        view = open_view(qtbot, b)
        table = view.ui.compareTable
        assert table.columnCount() == 5
        assert table.horizontalHeaderItem(3).text() == "Ai sửa, lúc nào (máy này)"
        assert table.horizontalHeaderItem(4).text() == \
            "Ai sửa, lúc nào (văn phòng trung tâm)"
        shown = [[table.item(r, c).text() for c in range(1, 5)] for r in range(2)]
        assert sorted(shown) == [
            ["3 Phố Huế", "2 Phố Huế", f"{RECEPTIONIST}, 01/12/2031 17:30",
             f"{MANAGER}, 01/12/2031 16:30"],
            ["an.b@example.vn", "an.a@example.vn", f"{MANAGER}, 01/12/2031 17:00",
             f"{RECEPTIONIST}, 01/12/2031 16:00"],
        ]
        # A field not in conflict names nobody: it is no one's choice.
        assert table.item(2, 3).text() == table.item(2, 4).text() == ""
    finally:
        wait_for_all()
        b.store.close()
