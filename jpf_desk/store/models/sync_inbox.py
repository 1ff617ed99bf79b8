"""Pulled rows set aside by the desk: parked until they can apply, or quarantined.

Kept in the store (never synced) so that the pull cursor may move on without losing
anything: a row is either applied, a conflict, or here, with its reason.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, UtcDateTime, new_id, utcnow


class SyncInboxRow(Base):
    """One head-office row as received, the newest version of its (table, row id)."""

    __tablename__ = "sync_inbox"
    __table_args__ = (UniqueConstraint("table_name", "row_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(120))
    centre_id: Mapped[str] = mapped_column(String(60))
    revision: Mapped[int] = mapped_column(Integer)
    # The data as head office sent it; "{}" for a quarantined row too large to keep.
    data: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    origin_store: Mapped[str] = mapped_column(String(60))
    ho_seq: Mapped[int] = mapped_column(BigInteger)
    # domain.sync_inbox.SetAsideReason; parked reasons are retried at every pull.
    reason: Mapped[str] = mapped_column(String(30))
    parked: Mapped[bool] = mapped_column(Boolean, index=True)
    # A column name, or "table:id" of a missing parent: names and ids, never values.
    detail: Mapped[str] = mapped_column(String(200), default="")
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    tries: Mapped[int] = mapped_column(Integer, default=1)
