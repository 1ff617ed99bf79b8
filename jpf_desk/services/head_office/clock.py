"""This desk's clock as the last sync measured it, for the warnings of the window."""

from __future__ import annotations

from jpf_desk.domain.clock_skew import ClockOffset
from jpf_desk.services.desk import Desk
from jpf_desk.store import clock_offset


def desk_clock(desk: Desk) -> ClockOffset | None:
    """None until a sync measured it. No permission to check: it tells nothing about
    anyone, and whoever is about to make a receipt must be warned."""
    with desk.tx() as s:
        return clock_offset.last(s)
