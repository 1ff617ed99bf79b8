"""The head-office PostgreSQL schema: versioned SQL, roles per centre, row-level security."""
