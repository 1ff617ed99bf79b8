"""Registers the request queue and its status-bar count with the main window."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from jpf_desk.services.desk import Desk
from jpf_desk.ui.navigation import Section, register_section, register_status_widget
from jpf_desk.ui.requests.status import RequestCountLabel


def _view(desk: Desk, parent: QWidget | None) -> QWidget:
    """Imported when the section is first shown, not at start (issue 16)."""
    from jpf_desk.ui.requests.view import RequestsView

    return RequestsView(desk, parent)


register_section(Section("requests", str(QT_TRANSLATE_NOOP("navigation", "Yêu cầu dữ liệu")), 60, _view))
register_status_widget("requests", RequestCountLabel)
