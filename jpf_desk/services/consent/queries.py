"""Questions other features ask about consent: may we process this, may we share that.

The answer is always derived from the latest consent event of the purpose (events are
append-only), never from a flag that could drift from the proof.
"""

from __future__ import annotations

import json

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from jpf_desk.domain.consent import ConsentAction, ReceiptStatus
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.staff import Action
from jpf_desk.services.consent.event_order import NEWEST_FIRST, OLDEST_FIRST
from jpf_desk.services.consent.views import (
    WHOLE_RECEIPT,
    ConsentState,
    Receipt,
    ReceiptSummary,
)
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import ConsentEvent, ConsentReceipt, Customer

_STATE_ACTIONS = (ConsentAction.GIVEN.value, ConsentAction.REFUSED.value,
                  ConsentAction.WITHDRAWN.value)


def _latest(session: Session, customer_id: str, purpose: str,
            partner_id: str | None) -> ConsentEvent | None:
    query = select(ConsentEvent).where(
        ConsentEvent.customer_id == customer_id, ConsentEvent.purpose == purpose,
        ConsentEvent.action.in_(_STATE_ACTIONS),
        ConsentEvent.partner_id.is_(None) if partner_id is None
        else ConsentEvent.partner_id == partner_id,
    ).order_by(*NEWEST_FIRST).limit(1)
    return session.scalars(query).first()


def has_active_consent(session: Session, customer_id: str, purpose: str) -> bool:
    """True when the customer's latest choice for JPF's own `purpose` is "given"."""
    event = _latest(session, customer_id, purpose, None)
    return event is not None and event.action == ConsentAction.GIVEN


def active_partner_consent(
    session: Session, customer_id: str, partner_id: str, purpose: str
) -> str | None:
    """The id of the active receipt that lets JPF share `purpose` data with the partner."""
    event = _latest(session, customer_id, purpose, partner_id)
    if event is None or event.action != ConsentAction.GIVEN:
        return None
    return event.receipt_id


def consent_states(session: Session, customer_id: str) -> list[ConsentState]:
    query = select(ConsentEvent).where(
        ConsentEvent.customer_id == customer_id, ConsentEvent.action.in_(_STATE_ACTIONS)
    ).order_by(*OLDEST_FIRST)
    latest: dict[tuple[str, str | None], ConsentEvent] = {}
    for event in session.scalars(query):
        latest[(event.purpose, event.partner_id)] = event
    return [
        ConsentState(e.purpose, e.partner_id, e.partner_name, e.action, e.receipt_id,
                     e.occurred_at)
        for e in latest.values()
    ]


def current_consents(desk: Desk, customer_id: str) -> list[ConsentState]:
    """Every purpose and partner consent of the customer with its current state."""
    with desk.tx() as s:
        return consent_states(s, customer_id)


def status_of(row: ConsentReceipt, superseded: bool) -> ReceiptStatus:
    if superseded:
        return ReceiptStatus.SUPERSEDED
    if row.kind == "withdrawal":
        content = json.loads(row.content)
        if not any(p["choice"] == ConsentAction.GIVEN for p in content["purposes"]):
            return ReceiptStatus.WITHDRAWN
    return ReceiptStatus.ACTIVE


def receipt_status(session: Session, row: ConsentReceipt) -> ReceiptStatus:
    superseded = session.scalar(
        select(exists().where(ConsentReceipt.supersedes_id == row.id))
    )
    return status_of(row, bool(superseded))


def superseded_by(session: Session, receipt_id: str) -> str | None:
    return session.scalar(
        select(ConsentReceipt.id).where(ConsentReceipt.supersedes_id == receipt_id)
    )


def latest_receipt_row(session: Session, customer_id: str) -> ConsentReceipt | None:
    """The customer's receipt that nothing supersedes (the current picture), if any."""
    replaced = select(ConsentReceipt.supersedes_id).where(
        ConsentReceipt.supersedes_id.is_not(None)
    )
    query = (
        select(ConsentReceipt)
        .where(ConsentReceipt.customer_id == customer_id, ConsentReceipt.id.not_in(replaced))
        .order_by(ConsentReceipt.consented_at.desc(), ConsentReceipt.chain_position.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def receipt_from_row(session: Session, row: ConsentReceipt) -> Receipt:
    return Receipt(
        id=row.id, short_code=row.short_code, customer_id=row.customer_id,
        store_id=row.store_id, chain_position=row.chain_position,
        status=receipt_status(session, row).value, content=json.loads(row.content),
        content_hash=row.content_hash, previous_hash=row.previous_hash,
        superseded_by=superseded_by(session, row.id),
    )


def get_receipt(desk: Desk, receipt_id: str) -> Receipt:
    """A receipt by its id or its short code; NotFound when there is none."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        row = s.get(ConsentReceipt, receipt_id) or s.scalars(
            select(ConsentReceipt).where(ConsentReceipt.short_code == receipt_id.upper())
        ).first()
        if row is None:
            raise not_found("receipt", receipt_id)
        return receipt_from_row(s, row)


def list_receipts(desk: Desk, customer_id: str | None = None) -> list[ReceiptSummary]:
    """Receipts newest first, with their derived status."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        superseded = set(s.scalars(
            select(ConsentReceipt.supersedes_id).where(ConsentReceipt.supersedes_id.is_not(None))
        ))
        query = (
            select(ConsentReceipt, Customer.full_name)
            .join(Customer, Customer.id == ConsentReceipt.customer_id)
            .order_by(ConsentReceipt.consented_at.desc(), ConsentReceipt.chain_position.desc())
        )
        if customer_id is not None:
            query = query.where(ConsentReceipt.customer_id == customer_id)
        out = []
        for row, name in s.execute(query):
            status = status_of(row, row.id in superseded)
            out.append(ReceiptSummary(
                row.id, row.short_code, row.customer_id, name, row.consented_at, row.method,
                row.kind, status.value, row.supersedes_id,
            ))
        return out


__all__ = [
    "WHOLE_RECEIPT", "active_partner_consent", "consent_states", "current_consents",
    "get_receipt", "has_active_consent", "latest_receipt_row", "list_receipts",
]
