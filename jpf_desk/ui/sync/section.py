"""Registers the sync section in the main window's navigation."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jpf_desk.ui.navigation import Section, register_section
from jpf_desk.ui.sync.view import SyncView

# str(): the marker returns its argument untyped; lupdate still finds the text.
register_section(Section("sync", str(QT_TRANSLATE_NOOP("navigation", "Đồng bộ")), 90, SyncView))
