"""Demo stores filled with invented data (never a real person)."""
