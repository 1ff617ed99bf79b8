"""What every bench prints beside its ratios: the machine's cores and load, and a paired
ratio with its spread. A helper of the bench scripts, not a bench itself."""

from __future__ import annotations

import os
import statistics
from collections.abc import Sequence


def machine_line() -> str:
    """Cores and load average (1, 5, 15 min): a ratio read on a busy machine says so."""
    one, five, fifteen = os.getloadavg()
    return f"machine: {os.cpu_count()} cores, load {one:.2f} {five:.2f} {fifteen:.2f}"


def spread(values: Sequence[float], unit: str = "", digits: int = 2) -> str:
    """The median and the range over paired rounds, e.g. `1.42x (1.30-1.61, 5 rounds)`."""
    ordered = sorted(values)
    return (f"{statistics.median(ordered):.{digits}f}{unit} ({ordered[0]:.{digits}f}-"
            f"{ordered[-1]:.{digits}f}, {len(ordered)} rounds)")
