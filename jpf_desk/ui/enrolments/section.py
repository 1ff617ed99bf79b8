"""Registers the enrolments section in the main window's navigation."""

from jpf_desk.ui.enrolments.view import EnrolmentsView
from jpf_desk.ui.navigation import Section, register_section

register_section(Section("enrolments", "Đăng ký học", 30, EnrolmentsView))
