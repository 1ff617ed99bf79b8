"""The disclosure log (append-only) and partners' requests for missing data."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, Tracked, UtcDateTime


class Disclosure(Tracked, Base):
    """What went to whom, why, under which consent; a trigger refuses updates/deletes."""

    __tablename__ = "disclosures"
    __append_only__ = True  # sync inserts it where missing, never updates it

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    dossier_id: Mapped[str | None] = mapped_column(ForeignKey("dossiers.id"), default=None)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(40))
    # Space-separated items ("field:full_name doc:passport").
    items: Mapped[str] = mapped_column(Text)
    consent_receipt_id: Mapped[str] = mapped_column(String(36))
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime())
    channel: Mapped[str] = mapped_column(String(10))
    sent_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    cross_border: Mapped[bool] = mapped_column(Boolean)
    legal_basis: Mapped[str] = mapped_column(String(20), default="")
    package_sha256: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class PartnerRequest(Tracked, Base):
    """A partner asked for data the dossier lacked; kept with the answer given."""

    __tablename__ = "partner_requests"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    dossier_id: Mapped[str | None] = mapped_column(ForeignKey("dossiers.id"), default=None)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(40))
    requested_items: Mapped[str] = mapped_column(Text)
    request_note: Mapped[str] = mapped_column(Text, default="")
    asked_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(20), default="pending")
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[date | None] = mapped_column(Date, default=None)
    answered_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
