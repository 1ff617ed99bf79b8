"""The spreadsheet import window and the "consent to collect" list."""
