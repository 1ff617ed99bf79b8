"""A standalone desk (never synced with head office) still edits shared data itself,
and its window offers the edit buttons (the connected case: tests/sync/
test_shared_read_only.py)."""

from __future__ import annotations

from jpf_desk.services.courses.catalogue import CourseKind, create_course, list_courses
from jpf_desk.services.head_office.read_only import shared_data_managed
from jpf_desk.sync.connection import ConnectionSettings, save_settings
from jpf_desk.ui.classes.list_view import ClassListView
from jpf_desk.ui.dossiers.kinds_dialog import DocumentKindsDialog


def test_a_standalone_desk_edits_the_catalogue_and_sees_the_buttons(qtbot, desk):
    assert not shared_data_managed(desk)
    create_course(desk, "A1-HN1", "Tiếng Pháp A1", CourseKind.GENERAL, level="A1")
    assert [c.code for c in list_courses(desk)] == ["A1-HN1"]
    view = ClassListView(desk)
    qtbot.addWidget(view)
    assert view.ui.newCourse.isEnabled() and view.ui.newCourse.toolTip() == ""
    kinds = DocumentKindsDialog(desk)
    qtbot.addWidget(kinds)
    assert kinds.ui.add.isEnabled() and kinds.ui.error.text() == ""


def test_a_connection_set_up_but_never_synced_is_still_standalone(desk):
    with desk.tx() as s:
        save_settings(s, ConnectionSettings(host="ho.example", user="jpf_centre_hn1"))
    assert not shared_data_managed(desk)
    create_course(desk, "A2-HN1", "Tiếng Pháp A2", CourseKind.GENERAL, level="A2")
