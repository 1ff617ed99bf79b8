"""Writing one access event, in the transaction of the access it records.

The service that shows, prints or exports the data calls `record_access` inside its
own transaction: the event and the access stand or fall together, and nothing calls
it from outside a service (the window and the command line only reach services).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jpf_desk.domain.access_log import AccessFields, AccessKind, genesis_hash, link_hash
from jpf_desk.domain.staff import Action
from jpf_desk.services import setup
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.base import new_id, utcnow
from jpf_desk.store.errors import StoreLocked
from jpf_desk.store.models import AccessEvent

# This desk's newest event ("store id:sequence:hash"), written with it: removing the newest
# events leaves no gap in the chain, but no longer matches this head (`verify`).
HEAD = "access_log_head"



def record_access(session: Session, desk: Desk, kind: AccessKind, *,
                  customer_id: str | None, subject_id: str | None = None,
                  detail: str = "") -> None:
    """Append one event to this desk's chain (after the last event this desk wrote)."""
    store_id = setup.setting(session, setup.STORE_ID)
    assert store_id, "a set-up store always has its id"
    last = session.execute(
        select(AccessEvent.sequence, AccessEvent.hash)
        .where(AccessEvent.store_id == store_id)
        .order_by(AccessEvent.sequence.desc()).limit(1)).first()
    sequence = 1 if last is None else last.sequence + 1
    previous = genesis_hash(store_id) if last is None else last.hash
    fields = AccessFields(
        event_id=new_id(), store_id=store_id, sequence=sequence,
        occurred_at=utcnow(), staff_id=desk.actor.staff_id, customer_id=customer_id,
        kind=kind.value, subject_id=subject_id, detail=detail[:60],
    )
    setup.put_setting(session, HEAD, f"{store_id}:{sequence}:{link_hash(previous, fields)}")
    session.add(AccessEvent(
        id=fields.event_id, store_id=store_id, sequence=sequence,
        occurred_at=fields.occurred_at, staff_id=fields.staff_id,
        customer_id=customer_id, kind=fields.kind, subject_id=subject_id,
        detail=fields.detail, previous_hash=previous, hash=link_hash(previous, fields),
    ))
    session.flush()


# The permission each kind of access needs: checked again as the event is written.
KIND_ACTION: dict[AccessKind, Action] = {
    AccessKind.ID_NUMBER_SHOWN: Action.WORK_WITH_CUSTOMERS,
    AccessKind.DOCUMENT_OPENED: Action.OPEN_DOCUMENT,
    AccessKind.RECEIPT_PRINTED: Action.PRINT_RECEIPT,
    AccessKind.RECEIPT_EXPORTED: Action.PRINT_RECEIPT,
    AccessKind.ACCESS_REPORT: Action.ACCESS_REPORT,
    AccessKind.DISCLOSURE_PACKAGE: Action.SEND_TO_PARTNER,
    AccessKind.LIST_EXPORTED: Action.EXPORT_LIST,
    AccessKind.PAYMENT_RECEIPT_PRINTED: Action.PRINT_PAYMENT_RECEIPT,
}


ATTEMPTS = 3


def note_access(desk: Desk, kind: AccessKind, *, customer_id: str | None,
                subject_id: str | None = None, detail: str = "") -> None:
    """An access done outside a transaction (a file read, a PDF rendered): recorded in
    a transaction of its own right after, before the result is handed over.

    Two writers (a worker thread, a command run beside the window) may take the same
    next sequence number: the store refuses the second (unique per desk, or a stale
    snapshot), which then simply writes again after the first."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with desk.tx() as s:
                check(s, desk.actor.staff_id, KIND_ACTION[kind])
                record_access(s, desk, kind, customer_id=customer_id,
                              subject_id=subject_id, detail=detail)
            return
        except (IntegrityError, StoreLocked):
            if attempt == ATTEMPTS:
                raise
