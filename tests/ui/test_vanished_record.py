"""A record that vanished while the window still listed it is told in words, not as a bug."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from jpf_desk.store.models import Enrolment
from jpf_desk.ui.classes.list_view import ClassListView
from tests.ui import builders


def test_confirming_an_enrolment_deleted_meanwhile_shows_the_sentence(qtbot, desk):
    klass = builders.open_class(desk)
    seat = builders.enrol(desk, builders.adult(desk), klass.id)
    view = ClassListView(desk)
    qtbot.addWidget(view)
    view.select_class(klass.id)
    view.panel.select(seat.id)
    with desk.tx() as s:  # removed at another desk, arrived by sync while the list showed it
        s.delete(s.get(Enrolment, seat.id))
    qtbot.mouseClick(view.panel.ui.confirmButton, Qt.MouseButton.LeftButton)
    [box] = view.panel.findChildren(QMessageBox, "errorBox")
    assert box.text() == (
        "Không tìm thấy đăng ký học này. Có thể nó đã bị xoá ở máy khác; "
        "hãy tải lại danh sách.")
    assert not view.panel.findChildren(QWidget, "bugBox")
