"""Registers the sync section in the main window's navigation."""

from jpf_desk.ui.navigation import Section, register_section
from jpf_desk.ui.sync.view import SyncView

register_section(Section("sync", "Đồng bộ", 90, SyncView))
