"""The customers section: search list, intake form, detail view."""
