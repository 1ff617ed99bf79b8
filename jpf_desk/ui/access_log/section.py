"""Registers the access-log section (listed for managers only)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from jpf_desk.domain.staff import Action
from jpf_desk.services.desk import Desk
from jpf_desk.ui.navigation import Section, register_section


def _view(desk: Desk, parent: QWidget | None) -> QWidget:
    """Imported when the section is first shown, not at start (issue 16)."""
    from jpf_desk.ui.access_log.view import AccessLogView

    return AccessLogView(desk, parent)


# str(): the marker returns its argument untyped; lupdate still finds the text.
register_section(Section("access_log", str(QT_TRANSLATE_NOOP("navigation", "Nhật ký truy cập")),
                         95, _view, needs=Action.READ_ACCESS_LOG))
