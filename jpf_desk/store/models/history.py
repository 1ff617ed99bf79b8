"""Field history and the sync outbox, both written by store.tracking at flush time."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, Tracked, UtcDateTime, utcnow


class FieldChange(Tracked, Base):
    """One change of one field: old value, new value, who and when. Append-only."""

    __tablename__ = "field_changes"
    __append_only__ = True
    __table_args__ = (Index("ix_field_changes_row", "table_name", "row_id"),)

    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
    reason: Mapped[str] = mapped_column(String(200), default="")


class OutboxEntry(Base):
    """A row changed locally and not yet acknowledged by head office.

    Written in the same transaction as the change itself, so a crash can never leave
    a change that sync does not know about. `batch_id` is set when the entry is put in
    a push batch and kept until head office acknowledges that batch.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_batch", "batch_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))  # insert / update / delete
    revision: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    batch_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # An update's {column: value before it} (JSON) for the columns it wrote: what the
    # change was based on, so that a change of other columns elsewhere merges with it.
    base: Mapped[str | None] = mapped_column(Text, default=None)
