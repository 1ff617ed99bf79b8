"""Changes head office turned away that the pull did not take up: held for a person.

Head office applies a change only on top of the revision it was made on (protocol.py).
A change it turns away is taken up by the pull that follows: merged per field and put on
head office's revision, recorded as a conflict, or given way to an erasure (merge.py).
A row escaping all of those would be sent again at every sync and turned away again, with
nothing said anywhere (this happened with erasures, fixed in merge.py and
tracking.record_bulk). So once the pull is done, a turned-away change still standing on
a revision head office no longer holds becomes a conflict on the whole row: held back
from pushes, shown for a person to decide. A row the pull set aside (parked,
quarantined) is shown as such already. A row of an erased person is never copied into a
conflict (head office's copy may hold their values): it is only logged, by id.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.store.models import SyncConflict, SyncInboxRow
from jpf_desk.sync import merge, outbox
from jpf_desk.sync.protocol import PulledRow
from jpf_desk.sync.rows import local_revision, synced_tables

log = logging.getLogger(__name__)


def hold_left_over(session: Session, current: Sequence[PulledRow]) -> int:
    """`current`: head office's copies of the rows it turned away in this sync, once
    the pull has taken them up. Returns how many were held as conflicts."""
    tables = synced_tables()
    erased = merge.erased_customers(session, current)
    owner_of = merge.owner_of(session, current)
    held = 0
    for row in current:
        key = (row.table_name, row.row_id)
        base = outbox.pending_base(session, key)
        if base is None or base == row.revision or row.table_name not in tables:
            continue  # sent, or put on head office's revision: the next push applies it
        if _waits_elsewhere(session, key):
            continue
        if owner_of(row) in erased:
            log.warning("a change of %s %s about an erased person stays turned away",
                        row.table_name, row.row_id)
            continue
        local = local_revision(session, tables[row.table_name].table, row.row_id)
        merge.record_conflict(session, row, local or 0, None)
        held += 1
    if held:
        log.warning("%d rows head office turned away were held as conflicts", held)
    return held


def _waits_elsewhere(session: Session, key: tuple[str, str]) -> bool:
    """Already a conflict, or set aside by the pull (each shown where it waits)."""
    table, row_id = key
    return any(session.scalar(select(model.id).where(
        model.table_name == table, model.row_id == row_id).limit(1)) is not None
        for model in (SyncConflict, SyncInboxRow))
