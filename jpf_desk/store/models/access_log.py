"""The access log: who saw or took which customer's data (append-only, chained per desk)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, Tracked, UtcDateTime


class AccessEvent(Tracked, Base):
    """Ids and codes only, so erasing a customer leaves nothing personal here; a trigger
    refuses updates and deletes."""

    __tablename__ = "access_events"
    __append_only__ = True  # sync inserts it where missing, never updates it
    __table_args__ = (UniqueConstraint("store_id", "sequence"),)

    store_id: Mapped[str] = mapped_column(String(36))
    sequence: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    staff_id: Mapped[str] = mapped_column(String(36), index=True)
    customer_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    kind: Mapped[str] = mapped_column(String(30))
    subject_id: Mapped[str | None] = mapped_column(String(36), default=None)
    detail: Mapped[str] = mapped_column(String(60), default="")
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
