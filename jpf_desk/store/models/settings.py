"""Settings of this desk installation (never synced: they describe this store)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, UtcDateTime, utcnow


class StoreSetting(Base):
    __tablename__ = "store_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DeskSettings(Base):
    """One row (id=1): the desk's own choices that had no place before (never synced:
    another desk of the centre has its own printer and may speak another language)."""

    __tablename__ = "desk_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    printer_name: Mapped[str] = mapped_column(String(200), default="")  # "" = system default
    paper_size: Mapped[str] = mapped_column(String(10), default="A4")
    language: Mapped[str] = mapped_column(String(2), default="vi")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    changed_by: Mapped[str | None] = mapped_column(String(36), default=None)
