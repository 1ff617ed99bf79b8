"""Local bookkeeping of the head-office sync (never synced itself).

The pull cursor and the conflict list live in the store, not in memory, so that a sync
cut at any point resumes from what was really applied.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, UtcDateTime, new_id, utcnow


class SyncState(Base):
    """One row (id=1): how far this desk has pulled and how the last sync went."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Highest head-office sequence number this desk has applied (or skipped as its own).
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    last_sync_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    # Message code of the last failure (never personal data); empty after a success.
    last_error: Mapped[str] = mapped_column(String(60), default="")
    last_pushed: Mapped[int] = mapped_column(Integer, default=0)
    last_pulled: Mapped[int] = mapped_column(Integer, default=0)


class SyncConflict(Base):
    """A row changed here and at head office since the last sync: a person decides.

    The head-office version is kept as received; the local version is the live row.
    While a conflict is open the row's outbox entries are held back from pushes.
    """

    __tablename__ = "sync_conflicts"
    __table_args__ = (UniqueConstraint("table_name", "row_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    local_revision: Mapped[int] = mapped_column(Integer)
    remote_revision: Mapped[int] = mapped_column(Integer)
    remote_data: Mapped[str] = mapped_column(Text)  # JSON object, as head office holds it
    remote_deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    remote_origin: Mapped[str] = mapped_column(String(60))
    remote_seq: Mapped[int] = mapped_column(BigInteger)
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    # JSON list of the columns both sides changed (None: the whole row, as before 0015).
    fields: Mapped[str | None] = mapped_column(Text, default=None)
