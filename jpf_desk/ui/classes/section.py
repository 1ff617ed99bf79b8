"""Registers the classes section in the main window's navigation."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jpf_desk.ui.classes.list_view import ClassListView
from jpf_desk.ui.navigation import Section, register_section

register_section(Section("classes", str(QT_TRANSLATE_NOOP("navigation", "Lớp học")), 20, ClassListView))
