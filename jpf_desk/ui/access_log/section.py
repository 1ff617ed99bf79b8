"""Registers the access-log section (listed for managers only)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jpf_desk.domain.staff import Action
from jpf_desk.ui.access_log.view import AccessLogView
from jpf_desk.ui.navigation import Section, register_section

# str(): the marker returns its argument untyped; lupdate still finds the text.
register_section(Section("access_log", str(QT_TRANSLATE_NOOP("navigation", "Nhật ký truy cập")),
                         95, AccessLogView, needs=Action.READ_ACCESS_LOG))
