"""Registers the enrolments section in the main window's navigation."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from jpf_desk.services.desk import Desk
from jpf_desk.ui.navigation import Section, register_section


def _view(desk: Desk, parent: QWidget | None) -> QWidget:
    """Imported when the section is first shown, not at start (issue 16)."""
    from jpf_desk.ui.enrolments.view import EnrolmentsView

    return EnrolmentsView(desk, parent)


register_section(Section("enrolments", str(QT_TRANSLATE_NOOP("navigation", "Đăng ký học")), 30, _view))
