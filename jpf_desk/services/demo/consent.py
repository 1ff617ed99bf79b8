"""Demo consents: an intake receipt for every demo customer, a few withdrawals.

Written with Core bulk inserts (tens of thousands of customers in seconds) but through
the same content builder, hash chain and event digests as the real capture, so
`jpf-desk verify` passes on a demo store.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from jpf_desk.domain.chain import RECEIPT
from jpf_desk.domain.consent import ConsentAction
from jpf_desk.domain.dates import now_vn
from jpf_desk.domain.people import child_must_consent, is_minor
from jpf_desk.services.consent.content import build_content
from jpf_desk.services.consent.controller import controller_part, load_settings
from jpf_desk.services.consent.integrity import canonical, chain_hash, event_digest
from jpf_desk.services.consent.partner_parts import decided_by_part
from jpf_desk.services.consent.policy import SERVICE, Policy, current_policy
from jpf_desk.services.consent.records import next_link, short_code_for, store_id
from jpf_desk.services.consent.rights_periods import rights_periods
from jpf_desk.services.consent.views import WHOLE_RECEIPT
from jpf_desk.services.demo.controller import fill_demo_controller
from jpf_desk.services.desk import Desk
from jpf_desk.store.base import new_id, utcnow
from jpf_desk.store.chain_links import append_links
from jpf_desk.store.models import Centre, ConsentEvent, ConsentReceipt, Customer, Guardian, Staff
from jpf_desk.store.tracking import record_bulk

CHUNK = 2000
WITHDRAW_SHARE = 0.05


class _Writer:
    """Accumulates receipt and event rows of one chain and flushes them in bulk."""

    def __init__(self, session: Session, desk: Desk) -> None:
        self.session, self.desk = session, desk
        self.store = store_id(session)
        self.position, self.previous = next_link(session, self.store)
        self.position -= 1
        self.receipts: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        # (receipt id, ids of the events written with it), sealed into the chain's links
        self.sealed: list[tuple[str | None, list[str]]] = []

    def _tracked(self) -> dict[str, Any]:
        now = utcnow()
        return {"centre_id": self.desk.actor.centre_id, "created_at": now, "updated_at": now,
                "changed_by": self.desk.actor.staff_id, "revision": 1}

    def event(self, *, receipt_id: str, receipt_hash: str, customer_id: str, purpose: str,
              action: str, at: datetime, sequence: int) -> None:
        event_id = new_id()
        self.sealed[-1][1].append(event_id)
        self.events.append(self._tracked() | {
            "id": event_id, "customer_id": customer_id, "receipt_id": receipt_id,
            "purpose": purpose, "partner_id": None, "partner_name": "", "action": action,
            "occurred_at": at, "sequence": sequence,
            "digest": event_digest(
                receipt_hash=receipt_hash, event_id=event_id, customer_id=customer_id,
                receipt_id=receipt_id, purpose=purpose, partner_id=None, partner_name="",
                action=action, occurred_at=at, sequence=sequence),
        })

    def receipt(self, content: dict[str, Any], *, customer_id: str, at: datetime) -> str:
        self.position += 1
        self.sealed.append((content["receipt_id"], []))
        text = canonical(content)
        digest = chain_hash(self.previous, text)
        self.receipts.append(self._tracked() | {
            "id": content["receipt_id"], "customer_id": customer_id, "store_id": self.store,
            "chain_position": self.position, "short_code": content["short_code"],
            "kind": content["kind"], "supersedes_id": content["supersedes"],
            "method": content["method"], "language": content["language"],
            "policy_version": content["policy"]["version"],
            "policy_sha256": content["policy"]["sha256"], "consented_at": at,
            "content": text.decode("utf-8"), "previous_hash": self.previous,
            "content_hash": digest,
        })
        self.previous = digest
        return digest

    def flush(self) -> None:
        for model, rows in ((ConsentReceipt, self.receipts), (ConsentEvent, self.events)):
            if rows:
                table = cast(Table, model.__table__)
                self.session.connection().execute(insert(table), rows)
                record_bulk(self.session, model.__tablename__, [r["id"] for r in rows], "insert")
        if self.sealed:
            append_links(self.session.connection(), store_id=self.store, kind=RECEIPT,
                         items=self.sealed)
        self.receipts, self.events, self.sealed = [], [], []


def _choices(policy: Policy, rng: random.Random) -> dict[str, str]:
    return {p.code: (ConsentAction.GIVEN if p.code == SERVICE or rng.random() < 0.55
                     else ConsentAction.REFUSED).value for p in policy.purposes}


def _write(writer: _Writer, base: dict[str, Any], customer: Customer, kind: str,
           at: datetime, picks: dict[str, str], supersedes: tuple[str, str] | None) -> tuple[str, str]:
    """One receipt with its events; `supersedes` is (id, hash) of the receipt it replaces."""
    receipt_id = new_id()
    if kind == "withdrawal":  # who withdrew: the customer, or a minor's guardian
        guardian = base["guardian"]
        by = ({"role": "customer"} if guardian is None
              else {"role": "guardian", **(decided_by_part(guardian, None) or {})})
        base = {**base, "extra": {**base["extra"], "withdrawn_by": by}}
    content = build_content(
        **base, receipt_id=receipt_id, short_code=short_code_for(receipt_id), kind=kind,
        supersedes_id=supersedes[0] if supersedes else None, consented_at=at, customer=customer,
        choices=picks,
    )
    digest = writer.receipt(content, customer_id=customer.id, at=at)
    sequence = 1 if supersedes is None else len(picks) + 1
    if supersedes is not None:
        writer.event(receipt_id=supersedes[0], receipt_hash=supersedes[1],
                     customer_id=customer.id, purpose=WHOLE_RECEIPT,
                     action=ConsentAction.SUPERSEDED.value, at=at, sequence=sequence)
        sequence += 1
    for code, action in picks.items():
        writer.event(receipt_id=receipt_id, receipt_hash=digest, customer_id=customer.id,
                     purpose=code, action=action, at=at, sequence=sequence)
        sequence += 1
    return receipt_id, digest


def demo_consents(desk: Desk, customer_ids: Sequence[str], rng: random.Random,
                  *, now: datetime | None = None) -> int:
    """Give every customer without a receipt an intake receipt (service always given, so
    their demo enrolments are lawful); withdraw marketing for a few. Returns receipts written."""
    policy = current_policy()
    fill_demo_controller(desk)
    end = (now or now_vn()).replace(microsecond=0)
    start = end - timedelta(minutes=2 * len(customer_ids) + 1)
    written = 0
    with desk.tx() as s:
        centre, staff = s.get(Centre, desk.actor.centre_id), s.get(Staff, desk.actor.staff_id)
        assert centre is not None and staff is not None
        writer = _Writer(s, desk)
        controller = controller_part(load_settings(s, centre.id, policy), policy)
        periods = rights_periods(s)
        for first in range(0, len(customer_ids), CHUNK):
            chunk = list(customer_ids[first:first + CHUNK])
            people = {c.id: c for c in s.scalars(select(Customer).where(Customer.id.in_(chunk)))}
            recorded = set(s.scalars(select(ConsentReceipt.customer_id)
                                     .where(ConsentReceipt.customer_id.in_(chunk))))
            guardians: dict[str, Guardian] = {}
            for g in s.scalars(select(Guardian).where(Guardian.minor_id.in_(chunk))
                               .order_by(Guardian.created_at)):
                guardians.setdefault(g.minor_id, g)
            for n, customer_id in enumerate(chunk):
                if customer_id in recorded:
                    continue  # their real consent stands: never overwrite it with demo data
                at = start + timedelta(minutes=2 * (first + n))
                customer = people[customer_id]
                birth = customer.birth_date
                minor = bool(birth and is_minor(birth, at.date()))
                base: dict[str, Any] = {
                    "store_id": writer.store, "method": "desk", "signed_on": None,
                    "language": "vi", "centre": centre, "staff": staff, "policy": policy,
                    "guardian": guardians.get(customer_id) if minor else None,
                    "child_consented": True if birth and child_must_consent(birth, at.date())
                    else None,
                    "partners": [], "sensitive_kinds": [], "controller": controller,
                    "extra": {"rights_periods": periods},
                }
                choices = _choices(policy, rng)
                first_receipt = _write(writer, base, customer, "intake", at, choices, None)
                written += 1
                if choices["marketing"] == ConsentAction.GIVEN and rng.random() < WITHDRAW_SHARE:
                    later = dict(choices, marketing=ConsentAction.WITHDRAWN.value)
                    _write(writer, base, customer, "withdrawal", at + timedelta(minutes=1),
                           later, first_receipt)
                    written += 1
            writer.flush()
    return written
