"""What the sync keeps on this desk about a person being erased: conflicts, set-aside rows.

Issue 11, "erasure wins". A connected desk holds head office's version of a row in
conflict (sync_conflicts.remote_data) and pulled rows it could not apply yet
(sync_inbox: parked, or quarantined); both may hold the person's values. The pull drops
them only when rows about the person come back (sync/merge.py); the erasing desk does
not wait: by the same rule (sync/erased_rows.py) a conflict or a set-aside row about the
person goes unless the law keeps that row or it is already in its erased form. A
set-aside tombstone stays: it holds no data and still has a deletion to apply. These
tables never sync, so nothing is queued for head office.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.store.models import Guardian, SyncConflict, SyncInboxRow
from jpf_desk.sync.erased_rows import may_stay, own_customer, parent_key


def _data(text: str) -> Mapping[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def forget_sync_leftovers(session: Session, customer_id: str,
                          rows: Mapping[str, Sequence[str]]) -> int:
    """Conflicts and set-aside rows about the person removed; `rows`: the person's other
    rows by table (erasure_children). Returns how many went."""
    guardians = session.scalars(select(Guardian.id).where(Guardian.minor_id == customer_id))
    keys = {("customers", customer_id), *(("guardians", g) for g in guardians),
            *((table, i) for table, ids in rows.items() for i in ids)}

    def about(table: str, row_id: str, data: Mapping[str, Any]) -> bool:
        return ((table, row_id) in keys or own_customer(table, row_id, data) == customer_id
                or parent_key(table, data) in keys)

    gone = 0
    for conflict in session.scalars(select(SyncConflict)).all():
        remote = _data(conflict.remote_data)
        if (about(conflict.table_name, conflict.row_id, remote)
                and not may_stay(conflict.table_name, remote)):
            session.delete(conflict)
            gone += 1
    for row in session.scalars(select(SyncInboxRow)).all():
        data = _data(row.data)
        if row.deleted or may_stay(row.table_name, data):
            continue
        if about(row.table_name, row.row_id, data):
            session.delete(row)
            gone += 1
    return gone
