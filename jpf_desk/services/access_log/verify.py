"""Recomputing every desk's access-log chain held in this store (`jpf-desk verify`).

Events pulled from the centre's other desks are checked too: each desk's chain is
complete here once synced, and a gap (a sequence number missing) is reported like a
changed event, since removing an event is the change an intruder would make.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from jpf_desk.domain.access_log import AccessFields, genesis_hash, link_hash
from jpf_desk.services.access_log.record import HEAD
from jpf_desk.services.setup import STORE_ID, setting
from jpf_desk.store.engine import Store
from jpf_desk.store.models import AccessEvent


@dataclass(frozen=True)
class AccessLogMismatch:
    event_id: str
    store_id: str
    sequence: int
    reason: str  # "gap", "link", "hash" or "tail" (this desk's newest events removed)


@dataclass(frozen=True)
class AccessLogCheck:
    events: int
    chains: int
    mismatch: AccessLogMismatch | None


def verify_access_log(store: Store) -> AccessLogCheck:
    """Reads ids and hashes only: no person needs to be signed in to run it."""
    count = 0
    chains: set[str] = set()
    previous: dict[str, tuple[int, str]] = {}
    with store.session(None, None) as s:
        rows = s.scalars(select(AccessEvent)
                         .order_by(AccessEvent.store_id, AccessEvent.sequence))
        for row in rows:
            count += 1
            chains.add(row.store_id)
            seq, last_hash = previous.get(row.store_id, (0, genesis_hash(row.store_id)))
            reason = None
            if row.sequence != seq + 1:
                reason = "gap"
            elif row.previous_hash != last_hash:
                reason = "link"
            else:
                fields = AccessFields(
                    event_id=row.id, store_id=row.store_id, sequence=row.sequence,
                    occurred_at=row.occurred_at, staff_id=row.staff_id,
                    customer_id=row.customer_id, kind=row.kind, subject_id=row.subject_id,
                    detail=row.detail)
                if link_hash(row.previous_hash, fields) != row.hash:
                    reason = "hash"
            if reason is not None:
                return AccessLogCheck(count, len(chains),
                                      AccessLogMismatch(row.id, row.store_id, row.sequence, reason))
            previous[row.store_id] = (row.sequence, row.hash)
        head = setting(s, HEAD)
        own = setting(s, STORE_ID) or ""
    # The head names the chain it belongs to (a store copied to a new desk keeps the old
    # desk's head until it writes its own first event).
    chain, _, rest = (head or f"{own}:0:").partition(":")
    at, _, newest_hash = rest.partition(":")
    seq, last_hash = previous.get(chain, (0, ""))
    if (str(seq), last_hash) != (at, newest_hash):
        return AccessLogCheck(count, len(chains), AccessLogMismatch(
            "-", chain, int(at) if at.isdigit() else 0, "tail"))
    return AccessLogCheck(count, len(chains), None)
