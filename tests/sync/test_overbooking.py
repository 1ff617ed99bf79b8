"""Two desks of one centre give the last seat of a class to two people while offline:
the next sync cannot know which one to undo, so it says so, on both desks."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.dates import today_vn
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.courses.catalogue import (
    create_class,
    create_course,
)
from jpf_desk.services.courses.enrolments import Overbooked, enrol, overbooked_classes
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.ui.sync.view import SyncView
from tests.sync.conftest import MakeDesk
from tests.sync.helpers import add_customer
from tests.sync.test_conflicts import second_desk


def _new_student(desk: Desk, given: str) -> str:
    customer = add_customer(desk, "Lê", given)
    capture_consent(desk, customer, ConsentInput(given=frozenset({"service"})))
    return customer


def test_last_seat_taken_on_two_desks_offline_is_reported_after_sync(
        qtbot: QtBot, make_desk: MakeDesk, tmp_path: Path) -> None:
    a = make_desk("HN1")
    course = create_course(a.desk, "DELF-B1", "Luyện thi DELF B1", CourseKind.EXAM_PREP)
    start = today_vn() + timedelta(days=7)
    klass = create_class(a.desk, course.id, "B1-LAST", start_date=start,
                         end_date=start + timedelta(days=60), capacity=1, fee_vnd=5_000_000)
    sync_now(a.desk)
    b = second_desk(a, tmp_path)
    try:
        # Offline, each desk sees one free seat and gives it away.
        assert enrol(a.desk, _new_student(a.desk, "An"), klass.id).status == "pending"
        assert enrol(b, _new_student(b, "Bình"), klass.id).status == "pending"
        assert overbooked_classes(a.desk) == [] and overbooked_classes(b) == []

        sync_now(a.desk)
        view = SyncView(b)
        qtbot.addWidget(view)
        view.show()
        qtbot.mouseClick(view.ui.syncButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not view.running, timeout=60_000)
        assert "B1-LAST" in view.ui.messageLabel.text()
        assert "2 học viên giữ chỗ cho 1 chỗ" in view.ui.messageLabel.text()
        sync_now(a.desk)
        expected = [Overbooked(klass.id, "B1-LAST", 2, 1)]
        assert overbooked_classes(a.desk) == expected == overbooked_classes(b)
    finally:
        b.store.close()
