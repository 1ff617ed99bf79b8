"""Everything Qt: windows, views, dialogs. Views call services, never the store."""

from jpf_desk.ui.source_scan import stop_keeping_sources

# Before any other window module is imported: each import after PySide6 would otherwise
# leave its source text in memory (ui/source_scan.py, issue 16).
stop_keeping_sources()
