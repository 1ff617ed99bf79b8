"""Partners JPF sends dossier data to, and the scope agreed with each of them."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, Tracked


class Partner(Tracked, Base):
    """Reference data shared by all centres (centre_id = SHARED_CENTRE)."""

    __tablename__ = "partners"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2))
    contact: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PartnerScope(Tracked, Base):
    """One agreed item ("field:x" or "doc:y") that may go to a partner for a purpose."""

    __tablename__ = "partner_scopes"
    __table_args__ = (UniqueConstraint("partner_id", "purpose", "item"),)

    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(40))
    item: Mapped[str] = mapped_column(String(60))
