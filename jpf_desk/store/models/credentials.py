"""Staff members' sign-in secrets on this desk (never synced: a hash stays on its desk)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, UtcDateTime


class StaffCredential(Base):
    """An argon2id hash and the count of failed sign-ins since the last good one."""

    __tablename__ = "staff_credentials"

    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    # Set by a manager's reset: the person chooses their own at the next sign-in.
    must_change: Mapped[bool] = mapped_column(Boolean, default=False)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    set_at: Mapped[datetime] = mapped_column(UtcDateTime())
