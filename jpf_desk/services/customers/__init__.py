"""Customers and their guardians: intake input, records, search, duplicates."""
