"""Registers the study-abroad board in the main window's navigation."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from jpf_desk.services.desk import Desk
from jpf_desk.ui.navigation import Section, register_section


def _view(desk: Desk, parent: QWidget | None) -> QWidget:
    """Imported when the section is first shown, not at start (issue 16)."""
    from jpf_desk.ui.dossiers.board import DossierBoard

    return DossierBoard(desk, parent)


register_section(Section("dossiers", str(QT_TRANSLATE_NOOP("navigation", "Hồ sơ du học")), 40, _view))
