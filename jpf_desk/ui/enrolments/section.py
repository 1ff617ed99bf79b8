"""Registers the enrolments section in the main window's navigation."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jpf_desk.ui.enrolments.view import EnrolmentsView
from jpf_desk.ui.navigation import Section, register_section

register_section(Section("enrolments", str(QT_TRANSLATE_NOOP("navigation", "Đăng ký học")), 30, EnrolmentsView))
