"""Registers the customers section in the main window's navigation."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jpf_desk.ui.customers.list_view import CustomerListView
from jpf_desk.ui.navigation import Section, register_section

register_section(Section("customers", str(QT_TRANSLATE_NOOP("navigation", "Khách hàng")), 10, CustomerListView))
