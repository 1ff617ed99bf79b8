"""The last measured offset of this desk's clock from head office's (store_settings).

Local to the desk, never synced: it is this computer's clock that is measured.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from jpf_desk.domain.clock_skew import ClockOffset

CLOCK_OFFSET = "clock_offset"


def record(session: Session, clock: ClockOffset) -> None:
    value = json.dumps({"offset_seconds": clock.offset.total_seconds(),
                        "measured_at": clock.measured_at.isoformat(),
                        "round_trip_seconds": clock.round_trip.total_seconds()})
    session.execute(text("INSERT INTO store_settings (key, value) VALUES (:k, :v) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {"k": CLOCK_OFFSET, "v": value})


def last(session: Session) -> ClockOffset | None:
    """None before the first sync that measured it (or when written unreadably)."""
    found = session.execute(text("SELECT value FROM store_settings WHERE key = :k"),
                            {"k": CLOCK_OFFSET}).scalar()
    if not found:
        return None
    try:
        value = json.loads(found)
        return ClockOffset(timedelta(seconds=float(value["offset_seconds"])),
                           datetime.fromisoformat(value["measured_at"]),
                           timedelta(seconds=float(value["round_trip_seconds"])))
    except (ValueError, KeyError, TypeError):
        return None
