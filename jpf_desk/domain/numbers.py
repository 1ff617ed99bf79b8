"""Numbers as Vietnamese writes them: thousands grouped with "." (18.185)."""

from __future__ import annotations


def group_thousands(number: int) -> str:
    """18185 → "18.185"; a negative number keeps its leading "-"."""
    sign = "-" if number < 0 else ""
    return sign + f"{abs(number):,}".replace(",", ".")
