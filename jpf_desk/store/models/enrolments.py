"""Enrolments of customers in classes, and the payments made against them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, Tracked


class Enrolment(Tracked, Base):
    __tablename__ = "enrolments"
    __table_args__ = (Index("ix_enrolments_class_status", "class_id", "status"),)
    __history__ = ("status", "fee_vnd")

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    class_id: Mapped[str] = mapped_column(ForeignKey("classes.id"))
    status: Mapped[str] = mapped_column(String(20))
    # Order on the waitlist (smallest first); None when the enrolment holds a seat.
    waitlist_position: Mapped[int | None] = mapped_column(Integer, default=None)
    placement_result: Mapped[str] = mapped_column(String(100), default="")
    fee_vnd: Mapped[int] = mapped_column(Integer)
    enrolled_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Payment(Tracked, Base):
    """One instalment, with its receipt number.

    The number is made on the desk that took the payment, in the same transaction:
    (desk's store id, that desk's next sequence) is unique by construction, so desks of
    one centre working offline never hand out the same number (services/courses/
    receipts.py says how it is printed)."""

    __tablename__ = "payments"
    __table_args__ = (UniqueConstraint("receipt_store_id", "receipt_seq",
                                       name="uq_payments_receipt"),)

    enrolment_id: Mapped[str] = mapped_column(ForeignKey("enrolments.id"), index=True)
    amount_vnd: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(20))  # cash / transfer / card
    paid_on: Mapped[date] = mapped_column(Date)
    instalment_no: Mapped[int] = mapped_column(Integer, default=1)
    reference: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # Staff member who took the money (the cash summary groups by it).
    received_by: Mapped[str | None] = mapped_column(String(36), default=None)
    receipt_store_id: Mapped[str | None] = mapped_column(String(36), default=None)
    receipt_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    receipt_number: Mapped[str | None] = mapped_column(String(60), default=None)
    # How many times the receipt was printed: the second and later prints say COPY.
    # Always the length of `receipt_print_ids`, one id per print (a JSON list, sorted),
    # which the sync merges by union: two desks' reprints add up by themselves.
    receipt_prints: Mapped[int] = mapped_column(Integer, default=0)
    receipt_print_ids: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
