"""Registers the study-abroad board in the main window's navigation."""

from jpf_desk.ui.dossiers.board import DossierBoard
from jpf_desk.ui.navigation import Section, register_section

register_section(Section("dossiers", "Hồ sơ du học", 40, DossierBoard))
