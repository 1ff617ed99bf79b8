"""The sync window says what became of changes made here to shared reference data:
head office is its one writer, so its version comes back (issue 12)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.models import Course
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer, outbox_size
from tests.sync.test_reference_and_deletes import publish_course
from tests.sync.test_sync_window import click_sync, open_view


def test_shared_rows_changed_here_are_reported_in_words(qtbot: QtBot, make_desk: MakeDesk,
                                                   head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    course_ids = [publish_course(head_office, code) for code in ("A1-2027", "A2-2027")]
    sync_now(a.desk)
    view = open_view(qtbot, a.desk)
    click_sync(qtbot, view)
    assert "từ chối" not in view.ui.messageLabel.text()  # nothing refused: nothing said

    with a.desk.tx() as s:  # this desk edits the shared catalogue anyway
        for course_id in course_ids:
            course = s.get(Course, course_id)
            assert course is not None
            course.fee_vnd = 1
    add_customer(a.desk, "Lê", "Bình")  # its own data still goes through
    click_sync(qtbot, view)
    text = view.ui.messageLabel.text()
    assert text.startswith("Đã đồng bộ: gửi 1,")
    assert "từ chối" not in text
    assert "do văn phòng trung tâm quản lý: 2 bản ghi sửa tại máy này được thay bằng bản " \
        "của văn phòng trung tâm, 0 bản ghi được gộp" in text
    assert outbox_size(a.desk) == 0
    with a.desk.tx() as s:
        back = s.get(Course, course_ids[0])
        assert back is not None and back.fee_vnd == 4_500_000  # head office's version
