"""The manager's settings dialog (issue 17)."""
