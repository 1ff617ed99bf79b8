"""Recomputing the consent proof: the append-only triggers and the chain's links (every
stored column, redactions, the local head), each store's content-hash chain, then every
event's digest.

Run by `jpf-desk verify`. It stops at the first thing that does not match and names
the receipt (and event, link or trigger) concerned, so someone can look at that one record.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.consent import ConsentAction
from jpf_desk.domain.staff import Action
from jpf_desk.services.consent import verify_messages
from jpf_desk.services.consent.chain_check import ChainState, check_links
from jpf_desk.services.consent.integrity import canonical, chain_hash, event_digest, genesis_hash
from jpf_desk.services.consent.views import WHOLE_RECEIPT
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff import permissions
from jpf_desk.store.models import ConsentEvent, ConsentReceipt, ErasureTombstone

_ = verify_messages  # registers the verify.* words `jpf-desk verify` prints

# Set in a receipt's content when a lawful erasure blanked the person's strings
# (services.rights_consent_redaction): its hash can no longer be recomputed, so it is
# accepted only when the erasure's tombstone for that customer exists.
REDACTED = "redacted_by_erasure"


@dataclass(frozen=True)
class Mismatch:
    receipt_id: str
    short_code: str
    event_id: str | None
    reason: str  # link / hash / columns / gap / event / events / chain_check's reasons
    position: int | None = None  # of the consent chain's link concerned
    trigger: str | None = None


def _from_chain(state: ChainState, session: Session) -> Mismatch | None:
    bad = state.problem
    if bad is None:
        return None
    receipt = session.get(ConsentReceipt, bad.receipt_id) if bad.receipt_id else None
    return Mismatch(bad.receipt_id, receipt.short_code if receipt else "", bad.event_id,
                    bad.reason, bad.position, bad.trigger)


@dataclass(frozen=True)
class VerifyReport:
    receipts: int
    events: int
    mismatch: Mismatch | None
    redacted: int = 0
    links: int = 0
    head_position: int = 0
    head_hash: str = ""

    @property
    def ok(self) -> bool:
        return self.mismatch is None


def _columns_match(row: ConsentReceipt, content: dict[str, object]) -> bool:
    """The columns other code reads must say what the hashed content says."""
    policy = content["policy"]
    customer = content["customer"]
    assert isinstance(policy, dict) and isinstance(customer, dict)
    return (
        content["receipt_id"] == row.id and content["short_code"] == row.short_code
        and content["supersedes"] == row.supersedes_id and customer["id"] == row.customer_id
        and content["method"] == row.method and content["language"] == row.language
        and policy["version"] == row.policy_version and policy["sha256"] == row.policy_sha256
        and content["store_id"] == row.store_id and content["kind"] == row.kind
        and _same_moment(content.get("consented_at"), row.consented_at)
    )


def _same_moment(written: object, stored: datetime) -> bool:
    """The receipt list and the export read the column; the hash covers the content."""
    if not isinstance(written, str):
        return False
    try:
        return datetime.fromisoformat(written) == stored
    except ValueError:
        return False


def _receipt_problem(session: Session, row: ConsentReceipt, position: int,
                     previous: str) -> tuple[str | None, bool]:
    """(Why this receipt breaks the chain or None, whether it was redacted by an erasure)."""
    if row.chain_position != position:
        return "gap", False
    if row.previous_hash != previous:
        return "link", False
    try:
        content = json.loads(row.content)
    except ValueError:
        return "hash", False
    redacted = REDACTED in content
    if redacted:
        if not _erasure_recorded(session, content[REDACTED], row.customer_id):
            return "redaction", True
    elif chain_hash(previous, canonical(content)) != row.content_hash:
        return "hash", False
    return (None if _columns_match(row, content) else "columns"), redacted


def _check_chain(session: Session, rows: list[ConsentReceipt]) -> tuple[int, Mismatch | None]:
    """Walk one store's chain; returns (redacted receipts seen, first mismatch)."""
    previous = genesis_hash(rows[0].store_id)
    redacted = 0
    for position, row in enumerate(rows, start=1):
        problem, was_redacted = _receipt_problem(session, row, position, previous)
        if problem is not None:
            return redacted, Mismatch(row.id, row.short_code, None, problem)
        redacted += was_redacted
        previous = row.content_hash
    return redacted, None


def _erasure_recorded(session: Session, tombstone_id: object, customer_id: str) -> bool:
    if not isinstance(tombstone_id, str):
        return False
    tomb = session.get(ErasureTombstone, tombstone_id)
    return tomb is not None and tomb.customer_id == customer_id


def _expected_events(content: dict[str, object]) -> Counter[tuple[str, str | None, str]]:
    purposes = content["purposes"]
    partners = content["partners"]
    assert isinstance(purposes, list) and isinstance(partners, list)
    expected: Counter[tuple[str, str | None, str]] = Counter(
        (p["code"], None, p["choice"]) for p in purposes
    )
    expected.update((p["purpose"], p["partner_id"], p["choice"]) for p in partners)
    return expected


def _check_events(session: Session,
                  receipts: dict[str, ConsentReceipt]) -> tuple[int, Mismatch | None]:
    e_ = ConsentEvent
    # Plain rows, not ORM objects: a big store has hundreds of thousands of events.
    events = session.execute(select(
        e_.id, e_.customer_id, e_.receipt_id, e_.purpose, e_.partner_id, e_.partner_name,
        e_.action, e_.occurred_at, e_.sequence, e_.digest,
    ).order_by(e_.sequence)).all()
    found: dict[str, Counter[tuple[str, str | None, str]]] = {rid: Counter() for rid in receipts}
    for e in events:
        receipt = receipts.get(e.receipt_id)
        if receipt is None:
            return len(events), Mismatch(e.receipt_id, "", e.id, "event")
        digest = event_digest(
            receipt_hash=receipt.content_hash, event_id=e.id, customer_id=e.customer_id,
            receipt_id=e.receipt_id, purpose=e.purpose, partner_id=e.partner_id,
            partner_name=e.partner_name, action=e.action, occurred_at=e.occurred_at,
            sequence=e.sequence,
        )
        if digest != e.digest or e.customer_id != receipt.customer_id:
            return len(events), Mismatch(receipt.id, receipt.short_code, e.id, "event")
        if e.action == ConsentAction.SUPERSEDED and e.purpose == WHOLE_RECEIPT:
            continue
        found[e.receipt_id][(e.purpose, e.partner_id, e.action)] += 1
    for rid, row in receipts.items():
        if found[rid] != _expected_events(json.loads(row.content)):
            return len(events), Mismatch(rid, row.short_code, None, "events")
    return len(events), None


def verify_session(session: Session) -> VerifyReport:
    """A missing trigger is told first; then what the content hashes and the event digests
    find about one record (the most precise reasons); then what the links find (a receipt
    moved out of its chain shows there as a gap on its neighbour, in the links as itself)."""
    state = check_links(session.connection())
    links = _from_chain(state, session)
    report = _verify_receipts(session)
    found = report.mismatch
    if links is not None and (links.reason == "trigger" or found is None
                              or found.reason in ("gap", "link")):
        found = links
    return VerifyReport(report.receipts, report.events, found, report.redacted,
                        state.links, state.head_position, state.head_hash)


def _verify_receipts(session: Session) -> VerifyReport:
    """Each store's content-hash chain, then the events."""
    rows = list(session.scalars(
        select(ConsentReceipt).order_by(ConsentReceipt.store_id, ConsentReceipt.chain_position)
    ))
    by_store: dict[str, list[ConsentReceipt]] = {}
    for row in rows:
        by_store.setdefault(row.store_id, []).append(row)
    redacted = 0
    for chain in by_store.values():
        seen, mismatch = _check_chain(session, chain)
        redacted += seen
        if mismatch is not None:
            return VerifyReport(len(rows), 0, mismatch, redacted)
    count, mismatch = _check_events(session, {r.id: r for r in rows})
    return VerifyReport(len(rows), count, mismatch, redacted)


def verify_consents(desk: Desk) -> VerifyReport:
    """Checked by a signed-in manager: it reads every receipt and event of the store."""
    with desk.tx() as s:
        permissions.check(s, desk.actor.staff_id, Action.VERIFY_PROOF)
        return verify_session(s)
