"""Declarative base and the columns every synced row carries.

Every business row has a stable UUID, the centre it belongs to, created/updated times,
who changed it last and a revision counter: sync (conflict detection) and audit build
on these, so they live in one mixin instead of being repeated per table.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# centre_id of reference data shared by every centre (course catalogue, partners...).
SHARED_CENTRE = "00000000-0000-0000-0000-000000000000"


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and gives them back aware.

    SQLite has no time zone type; without this, times read back are naive and the
    +07:00 shown to users could silently become wrong.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UtcDateTime column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Columns of a row that belongs to a centre and is synced with head office.

    `__sync__` marks the table for the outbox; `__history__` lists the columns whose
    every change is kept in field_changes (old value, new value, who, when).
    `__append_only__` marks records that are written once and never changed (consent
    events, disclosures, history): sync never puts them in the conflict list.
    """

    __sync__: ClassVar[bool] = True
    __append_only__: ClassVar[bool] = False
    __history__: ClassVar[tuple[str, ...]] = ()

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    centre_id: Mapped[str] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    changed_by: Mapped[str | None] = mapped_column(String(36), default=None)
    revision: Mapped[int] = mapped_column(Integer, default=1)
