"""Centres and staff: reference data that head office owns and desks receive."""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.domain.staff import Role
from jpf_desk.store.base import Base, Tracked


class Centre(Tracked, Base):
    __tablename__ = "centres"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(400), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")


class Staff(Tracked, Base):
    __tablename__ = "staff"

    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default=Role.RECEPTIONIST.value)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
