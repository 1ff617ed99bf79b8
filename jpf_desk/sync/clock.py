"""One order of events across desks: a hybrid logical clock on the desks' stamps.

Every pulled row carries the stamps another desk gave it; the latest one seen becomes
this desk's floor (store_settings, tracking.CLOCK_FLOOR), and a desk never stamps a
change of its own at or below it (tracking.clock_now). So a desk whose clock is days
slow still stamps what it did after what it had seen: field history, which is read in
stamp order, follows what happened. Conflicts never depend on clocks at all: they follow
revisions and head office's sequence.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from jpf_desk.store.tracking import CLOCK_FLOOR
from jpf_desk.sync.protocol import PulledRow

_STAMPS = ("updated_at", "created_at")


def advance(session: Session, rows: Sequence[PulledRow]) -> None:
    """Raise the floor to the latest stamp of these rows (ISO text of UTC times, in
    one format: compared as text, parsed once)."""
    latest = max((str(stamp) for r in rows if not r.deleted for name in _STAMPS
                  if isinstance(stamp := r.data.get(name), str)), default=None)
    if latest is None:
        return
    try:
        seen = datetime.fromisoformat(latest)
    except ValueError:
        return
    if seen.tzinfo is None:
        return
    found = session.execute(text("SELECT value FROM store_settings WHERE key = :k"),
                            {"k": CLOCK_FLOOR}).scalar()
    if found is not None and datetime.fromisoformat(found) >= seen:
        return
    session.execute(text("INSERT INTO store_settings (key, value) VALUES (:k, :v) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {"k": CLOCK_FLOOR, "v": seen.isoformat()})
