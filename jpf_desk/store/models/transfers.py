"""Filings of the transfer impact assessment dossier, one per destination country."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, Tracked


class TransferFiling(Tracked, Base):
    """JPF filed its transfer impact dossier for a destination with the authority
    (LAW.md: within 60 days of the first transfer); written once. Not unique per
    country: two desks may record the same filing before they sync (both kept, the
    earliest date counts: services/sharing/transfers.py)."""

    __tablename__ = "transfer_filings"
    __append_only__ = True

    country: Mapped[str] = mapped_column(String(2))
    filed_on: Mapped[date] = mapped_column(Date)
    filed_by: Mapped[str] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(Text, default="")
