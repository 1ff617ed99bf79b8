"""Knowing that this store was restored from an older copy (issue 11, finding 3).

The desk notes the last batch head office acknowledged to it. Head office records every
batch it applied, by store. When head office's newest batch from this store is neither
the one noted here nor one still waiting here, this file is an older copy of the desk
(a backup put back, a disk image): it then takes back its own rows written after the
copy (the pull skips a store's own rows otherwise), and its outbox, written before
those rows, is held until a person lets it go (its stale edits would overwrite newer
ones); the rows changed since meet it as conflicts.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.store.base import utcnow
from jpf_desk.store.models import OutboxEntry, StoreSetting

LAST_BATCH = "sync_state.last_batch"  # "" once known that head office has none
RESTORED_AT = "sync_state.restored_at"
OWN_ROWS_UNTIL = "sync_state.own_rows_until"  # pull this store's own rows up to here
HOLD_OUTBOX = "sync_state.hold_outbox"


def _get(session: Session, key: str) -> str | None:
    row = session.get(StoreSetting, key)
    return row.value if row is not None else None


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(StoreSetting, key)
    if row is None:
        session.add(StoreSetting(key=key, value=value))
    else:
        row.value = value


def note_acknowledged(session: Session, batch_id: str) -> None:
    _put(session, LAST_BATCH, batch_id)


def check(session: Session, head_office_last: str | None, top: int | None) -> bool:
    """Compare with head office's record; True when this store turns out restored.
    A store that never noted a batch (made before this check existed) cannot tell:
    it notes head office's answer and goes on."""
    known = _get(session, LAST_BATCH)
    if head_office_last is None or head_office_last == known:
        if known is None:
            _put(session, LAST_BATCH, head_office_last or "")
        return False
    waiting = session.scalar(select(OutboxEntry.batch_id)
                             .where(OutboxEntry.batch_id == head_office_last).limit(1))
    if waiting is not None or known is None:  # sent, answer not kept: resent next
        if known is None:
            _put(session, LAST_BATCH, head_office_last)
        return False
    _put(session, LAST_BATCH, head_office_last)
    _put(session, RESTORED_AT, utcnow().isoformat())
    _put(session, OWN_ROWS_UNTIL, str(max(top or 0, own_rows_until(session))))
    _put(session, HOLD_OUTBOX, "1")
    return True


def own_rows_until(session: Session) -> int:
    return int(_get(session, OWN_ROWS_UNTIL) or 0)


def outbox_held(session: Session) -> bool:
    return _get(session, HOLD_OUTBOX) == "1"


def release_outbox(session: Session) -> None:
    _put(session, HOLD_OUTBOX, "0")


def restored_at(session: Session) -> datetime | None:
    value = _get(session, RESTORED_AT)
    return datetime.fromisoformat(value) if value else None
