"""Customers (adults and minors) and the guardians of minors."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, Tracked

PERSON_HISTORY = (
    "family_name", "middle_name", "given_name", "full_name", "birth_date", "sex",
    "phone_e164", "email", "id_kind", "id_number", "id_expiry", "province_code",
    "commune_code", "street", "address_as_written", "notes",
)


class Customer(Tracked, Base):
    __tablename__ = "customers"
    # Covers the whole list in Vietnamese order (search.customer_ids with a blank query),
    # and the walks of a search through it, marks tested on the name (search_marked).
    # Each digit index holds the status and sort key too: a digit search matching
    # thousands ranks them without reading their rows (search._by_digits).
    __table_args__ = (Index("ix_customers_list", "sort_key", "search_key", "status", "id",
                            "full_name"),
                      *(Index(f"ix_customers_{column}_sorted", column, "status", "sort_key")
                        for column in ("id_number", "id_rev", "phone_digits", "phone_rev")))
    __history__ = PERSON_HISTORY

    family_name: Mapped[str] = mapped_column(String(100), default="")
    middle_name: Mapped[str] = mapped_column(String(100), default="")
    given_name: Mapped[str] = mapped_column(String(100))
    full_name: Mapped[str] = mapped_column(String(300))
    # Accent-free, lower-case key of the full name (see domain.search_key), indexed
    # through the customers_fts table that triggers keep in step.
    search_key: Mapped[str] = mapped_column(String(300), default="")
    sort_key: Mapped[str] = mapped_column(String(320), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    sex: Mapped[str | None] = mapped_column(String(10), default=None)
    phone_e164: Mapped[str | None] = mapped_column(String(20), default=None)
    # National significant digits ("912345678") and the same reversed, so that both a
    # number typed from its start and its last digits are found through an index.
    phone_digits: Mapped[str | None] = mapped_column(String(20), default=None)
    phone_rev: Mapped[str | None] = mapped_column(String(20), default=None)
    email: Mapped[str | None] = mapped_column(String(200), default=None)
    id_kind: Mapped[str | None] = mapped_column(String(10), default=None)
    id_number: Mapped[str | None] = mapped_column(String(20), default=None)
    id_rev: Mapped[str | None] = mapped_column(String(20), default=None)
    id_expiry: Mapped[date | None] = mapped_column(Date, default=None)
    province_code: Mapped[str | None] = mapped_column(String(10), default=None)
    commune_code: Mapped[str | None] = mapped_column(String(10), default=None)
    street: Mapped[str] = mapped_column(String(300), default="")
    address_as_written: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="active")


class Guardian(Tracked, Base):
    """One guardian of one minor; a guardian may also be a customer themselves."""

    __tablename__ = "guardians"
    __table_args__ = (Index("ix_guardians_minor", "minor_id"),)
    __history__ = ("full_name", "relationship", "phone_e164", "id_kind", "id_number")

    minor_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    linked_customer_id: Mapped[str | None] = mapped_column(
        ForeignKey("customers.id"), default=None
    )
    relationship: Mapped[str] = mapped_column(String(20))
    family_name: Mapped[str] = mapped_column(String(100), default="")
    middle_name: Mapped[str] = mapped_column(String(100), default="")
    given_name: Mapped[str] = mapped_column(String(100))
    full_name: Mapped[str] = mapped_column(String(300))
    phone_e164: Mapped[str | None] = mapped_column(String(20), default=None)
    id_kind: Mapped[str | None] = mapped_column(String(10), default=None)
    id_number: Mapped[str | None] = mapped_column(String(20), default=None)
