"""Writing receipts and their events into the store's hash chain (inserts only)."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpf_desk.domain.chain import EVENTS, RECEIPT
from jpf_desk.domain.consent import ConsentAction
from jpf_desk.services.consent.integrity import canonical, chain_hash, event_digest, genesis_hash
from jpf_desk.services.consent.views import WHOLE_RECEIPT
from jpf_desk.services.setup import STORE_ID
from jpf_desk.store.base import new_id
from jpf_desk.store.chain_links import append_link
from jpf_desk.store.models import ConsentEvent, ConsentReceipt, StoreSetting


@dataclass(frozen=True)
class EventSpec:
    purpose: str
    action: str
    partner_id: str | None = None
    partner_name: str = ""


def store_id(session: Session) -> str:
    row = session.get(StoreSetting, STORE_ID)
    if row is None:
        raise RuntimeError("store has no id: run the desk set-up first")
    return row.value


def next_link(session: Session, store: str) -> tuple[int, str]:
    """Position and previous hash for the next receipt of this store's chain."""
    last = session.execute(
        select(ConsentReceipt.chain_position, ConsentReceipt.content_hash)
        .where(ConsentReceipt.store_id == store)
        .order_by(ConsentReceipt.chain_position.desc()).limit(1)
    ).first()
    if last is None:
        return 1, genesis_hash(store)
    return last[0] + 1, last[1]


def short_code_for(receipt_id: str) -> str:
    """8 characters to read out on the phone ("K7QD-2M4X"), from the receipt's UUID."""
    raw = base64.b32encode(uuid.UUID(receipt_id).bytes[:5]).decode("ascii")
    return f"{raw[:4]}-{raw[4:8]}"


def next_sequence(session: Session, customer_id: str) -> int:
    current = session.scalar(
        select(func.max(ConsentEvent.sequence)).where(ConsentEvent.customer_id == customer_id)
    )
    return int(current or 0) + 1


def write_receipt(
    session: Session, *, receipt_id: str, customer_id: str, kind: str,
    supersedes_id: str | None, content: dict[str, Any], consented_at: datetime,
    events: Sequence[EventSpec], store: str, position: int, previous_hash: str,
) -> ConsentReceipt:
    """Insert the receipt, its events, and a "superseded" event on the receipt it replaces,
    then seal them all, as stored, with a new link of the store's chain."""
    text = canonical(content)
    digest = chain_hash(previous_hash, text)
    row = ConsentReceipt(
        id=receipt_id, customer_id=customer_id, store_id=store, chain_position=position,
        short_code=content["short_code"], kind=kind, supersedes_id=supersedes_id,
        method=content["method"], language=content["language"],
        policy_version=content["policy"]["version"],
        policy_sha256=content["policy"]["sha256"], consented_at=consented_at,
        content=text.decode("utf-8"), previous_hash=previous_hash,
        content_hash=digest,
    )
    session.add(row)
    session.flush()
    sequence = next_sequence(session, customer_id)
    specs = list(events)
    if supersedes_id is not None:
        old = session.get(ConsentReceipt, supersedes_id)
        assert old is not None
        specs.insert(0, EventSpec(WHOLE_RECEIPT, ConsentAction.SUPERSEDED.value))
    event_ids: list[str] = []
    for spec in specs:
        on_receipt = supersedes_id if spec.action == ConsentAction.SUPERSEDED else receipt_id
        receipt_hash = digest
        if on_receipt != receipt_id:
            receipt_hash = session.get(ConsentReceipt, on_receipt).content_hash  # type: ignore[union-attr]
        event_id = new_id()
        event_ids.append(event_id)
        assert on_receipt is not None
        session.add(ConsentEvent(
            id=event_id, customer_id=customer_id, receipt_id=on_receipt, purpose=spec.purpose,
            partner_id=spec.partner_id, partner_name=spec.partner_name, action=spec.action,
            occurred_at=consented_at, sequence=sequence,
            digest=event_digest(
                receipt_hash=receipt_hash, event_id=event_id, customer_id=customer_id,
                receipt_id=on_receipt, purpose=spec.purpose, partner_id=spec.partner_id,
                partner_name=spec.partner_name, action=spec.action,
                occurred_at=consented_at, sequence=sequence,
            ),
        ))
        sequence += 1
    session.flush()
    append_link(session.connection(), store_id=store, kind=RECEIPT, receipt_id=receipt_id,
                event_ids=event_ids)
    return row


def seal_events(session: Session, event_ids: Sequence[str]) -> None:
    """Consent events written without a new receipt (a later kind of event) are sealed
    by a link of their own: call this in the transaction that wrote them."""
    session.flush()
    append_link(session.connection(), store_id=store_id(session), kind=EVENTS,
                receipt_id=None, event_ids=event_ids)
