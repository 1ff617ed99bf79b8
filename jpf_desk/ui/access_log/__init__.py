"""The manager's view of the access log."""
