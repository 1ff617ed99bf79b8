"""Consent receipts and consent events: the proof of who consented to what, and when.

Both tables are append-only (SQLite triggers from migration 0002_consent refuse UPDATE
and DELETE): a change of consent is a new receipt that supersedes the old one, and the
current state of a purpose is derived from its latest event. Both are synced to head
office as inserts only.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, Tracked, UtcDateTime

APPEND_ONLY_TABLES = ("consent_receipts", "consent_events")


class ConsentReceipt(Tracked, Base):
    """One immutable receipt: its canonical JSON content and its place in the store's chain.

    `content` holds everything the printed receipt shows (the customer as written at
    that time, the purposes and their choices, the policy hash...); `content_hash` is
    SHA-256(previous_hash || content). Status (active / superseded / withdrawn) is not
    stored: it follows from the receipts that supersede this one.
    """

    __tablename__ = "consent_receipts"
    __sync__ = True
    __append_only__ = True
    __table_args__ = (
        UniqueConstraint("store_id", "chain_position", name="uq_consent_receipts_chain"),
        Index("ix_consent_receipts_customer", "customer_id", "chain_position"),
    )

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    store_id: Mapped[str] = mapped_column(String(36))
    chain_position: Mapped[int] = mapped_column(Integer)
    short_code: Mapped[str] = mapped_column(String(12), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # intake / change / withdrawal / paper
    supersedes_id: Mapped[str | None] = mapped_column(
        ForeignKey("consent_receipts.id"), default=None, index=True
    )
    method: Mapped[str] = mapped_column(String(10))  # desk / paper / phone
    language: Mapped[str] = mapped_column(String(5))
    policy_version: Mapped[str] = mapped_column(String(40))
    policy_sha256: Mapped[str] = mapped_column(String(64))
    consented_at: Mapped[datetime] = mapped_column(UtcDateTime())
    content: Mapped[str] = mapped_column(Text)
    previous_hash: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))


class ConsentEvent(Tracked, Base):
    """One choice about one purpose (or one partner and purpose): given, refused,
    withdrawn, or superseded (the receipt it belonged to was replaced).

    `digest` is SHA-256 over the event's own fields and its receipt's hash, so an
    event altered behind the program's back is found by `jpf-desk verify`.
    """

    __tablename__ = "consent_events"
    __sync__ = True
    __append_only__ = True
    __table_args__ = (
        Index("ix_consent_events_state", "customer_id", "purpose", "partner_id", "occurred_at"),
    )

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    receipt_id: Mapped[str] = mapped_column(ForeignKey("consent_receipts.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(30))
    # Partner sharing: the partner's id (dossiers' partners table, no FK: another
    # feature's table) and its name as shown to the customer. None for JPF's own purposes.
    partner_id: Mapped[str | None] = mapped_column(String(36), default=None)
    partner_name: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(12))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime())
    sequence: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
