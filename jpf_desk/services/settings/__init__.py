"""The manager's settings of one desk (issue 17)."""
