"""Study-in-France dossiers, their stage log, programme choices and document checklist.

Files are never stored in these rows: a document row holds the file's place inside
the data directory, its SHA-256 and whether it is encrypted.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, Tracked


class Dossier(Tracked, Base):
    __tablename__ = "dossiers"
    __history__ = ("stage", "consultant_id", "intake_season", "intake_year", "budget_vnd")

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    consultant_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    intake_season: Mapped[str] = mapped_column(String(10))
    intake_year: Mapped[int] = mapped_column(Integer)
    level_sought: Mapped[str] = mapped_column(String(40), default="")
    budget_vnd: Mapped[int | None] = mapped_column(Integer, default=None)
    stage: Mapped[str] = mapped_column(String(30))
    stage_since: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class DossierStageChange(Tracked, Base):
    """Append-only (a trigger refuses updates and deletes): the dossier's story."""

    __tablename__ = "dossier_stage_changes"
    __append_only__ = True  # sync inserts it where missing, never updates it

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(30), default=None)
    to_stage: Mapped[str] = mapped_column(String(30))
    changed_on: Mapped[date] = mapped_column(Date)
    consultant_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class ProgrammeChoice(Tracked, Base):
    __tablename__ = "programme_choices"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id"), index=True)
    rank: Mapped[int] = mapped_column(Integer, default=1)
    school: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100), default="")
    programme: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(40), default="")
    applied_on: Mapped[date | None] = mapped_column(Date, default=None)
    answer: Mapped[str] = mapped_column(String(20), default="")


class DocumentKind(Tracked, Base):
    """The editable checklist template (reference data, centre_id = SHARED_CENTRE)."""

    __tablename__ = "document_kinds"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    expires: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DossierDocument(Tracked, Base):
    __tablename__ = "dossier_documents"
    __table_args__ = (UniqueConstraint("dossier_id", "kind_code"),)
    __history__ = ("received_on", "checked", "expiry_date", "file_sha256")

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id"), index=True)
    kind_code: Mapped[str] = mapped_column(String(40))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    received_on: Mapped[date | None] = mapped_column(Date, default=None)
    received_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    checked: Mapped[bool] = mapped_column(Boolean, default=False)
    expiry_date: Mapped[date | None] = mapped_column(Date, default=None)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    file_path: Mapped[str] = mapped_column(String(300), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    file_size: Mapped[int] = mapped_column(Integer, default=0)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
