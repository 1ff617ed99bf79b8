"""Registers the request queue and its status-bar count with the main window."""

from jpf_desk.ui.navigation import Section, register_section, register_status_widget
from jpf_desk.ui.requests.status import RequestCountLabel
from jpf_desk.ui.requests.view import RequestsView

register_section(Section("requests", "Yêu cầu dữ liệu", 60, RequestsView))
register_status_widget("requests", RequestCountLabel)
