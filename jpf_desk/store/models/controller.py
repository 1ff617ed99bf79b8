"""The controller's contact details: JPF's (shared, written by head office) and each
centre's own (written by its manager). Receipts copy what they print into their own
content, so a change here never alters an old receipt."""

from __future__ import annotations

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, Tracked


class ControllerContact(Tracked, Base):
    """One set of details; `scope` is "jpf" (centre_id = SHARED_CENTRE) or "centre"."""

    __tablename__ = "controller_contacts"
    __table_args__ = (UniqueConstraint("centre_id", "scope"),)
    __history__ = ("legal_name", "address", "phone", "email", "data_contact")

    scope: Mapped[str] = mapped_column(String(10))
    legal_name: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(400), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    data_contact: Mapped[str] = mapped_column(String(300), default="")
