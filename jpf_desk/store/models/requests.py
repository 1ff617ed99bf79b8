"""Data-subject requests (Law 91 Art. 4) and what handling them leaves behind.

A request is a case with deadlines; every step is a row (who, when). Update requests
hold old and new values per field; partners that received an old value get a follow-up
task. Erasure leaves a tombstone without the erased data; restriction and objection
leave a flag the purposes concerned check. Holidays and request periods are reference
data shared by every centre (centre_id = SHARED_CENTRE), edited by a manager.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base, Tracked, UtcDateTime


class DataRequest(Tracked, Base):
    __tablename__ = "data_requests"
    __table_args__ = (Index("ix_data_requests_status_due", "status", "answer_due"),)
    __history__ = ("status", "answer_due")

    number: Mapped[str] = mapped_column(String(40), unique=True)  # CODE-YEAR-TAG-SEQ
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(10))  # desk / paper / phone / email
    received_on: Mapped[date] = mapped_column(Date)
    requester: Mapped[str] = mapped_column(String(10))  # customer / guardian
    requester_guardian_id: Mapped[str | None] = mapped_column(String(36), default=None)
    identity_check: Mapped[str] = mapped_column(String(20))
    identity_note: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="")
    purposes: Mapped[str] = mapped_column(String(200), default="")  # comma list
    status: Mapped[str] = mapped_column(String(20), default="received")
    partners_involved: Mapped[bool] = mapped_column(Boolean, default=False)
    acknowledge_due: Mapped[date] = mapped_column(Date)
    answer_due: Mapped[date] = mapped_column(Date)
    day_count: Mapped[str] = mapped_column(String(10))  # rule used for answer_due
    # What was done when answer_due fell on a day off (previous / keep / next); None on
    # requests filed before the rule existed (their dates were kept as counted).
    day_off: Mapped[str | None] = mapped_column(String(10), default=None)
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    customer_told_on: Mapped[date | None] = mapped_column(Date, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)


class RequestStep(Tracked, Base):
    """One step of a request: received, acknowledged, extended, approved, done..."""

    __tablename__ = "data_request_steps"
    __append_only__ = True

    request_id: Mapped[str] = mapped_column(ForeignKey("data_requests.id"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    note: Mapped[str] = mapped_column(Text, default="")


class RequestFieldChange(Tracked, Base):
    """A field an update request asks to change: the value held and the value asked for."""

    __tablename__ = "data_request_fields"

    request_id: Mapped[str] = mapped_column(ForeignKey("data_requests.id"), index=True)
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)


class FollowUpTask(Tracked, Base):
    """Tell a partner that received an old value about the correction."""

    __tablename__ = "follow_up_tasks"

    request_id: Mapped[str] = mapped_column(ForeignKey("data_requests.id"), index=True)
    partner_id: Mapped[str] = mapped_column(String(36))
    partner_name: Mapped[str] = mapped_column(String(200))
    fields: Mapped[str] = mapped_column(String(400), default="")  # comma list
    status: Mapped[str] = mapped_column(String(10), default="open")  # open / done
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    done_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class Restriction(Tracked, Base):
    """Processing of a customer's data stopped for some purposes (restrict / object)."""

    __tablename__ = "processing_restrictions"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # restrict / object
    purposes: Mapped[str] = mapped_column(String(200))  # comma list of purpose codes
    request_id: Mapped[str | None] = mapped_column(ForeignKey("data_requests.id"), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())
    lifted_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)


class ErasureTombstone(Tracked, Base):
    """What was erased, when, why and by whom: never the erased values themselves."""

    __tablename__ = "erasure_tombstones"
    __append_only__ = True

    customer_id: Mapped[str] = mapped_column(String(36), index=True)
    request_id: Mapped[str | None] = mapped_column(String(36), default=None)
    erased_at: Mapped[datetime] = mapped_column(UtcDateTime())
    erased_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text)
    erased: Mapped[str] = mapped_column(Text)  # JSON: [{"what": ..., "count": n}]
    kept: Mapped[str] = mapped_column(Text)  # JSON: [{"what": ..., "reason": ...}]


class PublicHoliday(Tracked, Base):
    """A day off (or a civil-servant swap, noted only) of the deadline calendar."""

    __tablename__ = "public_holidays"

    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30), default="holiday")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class RequestPeriod(Tracked, Base):
    """The answer period of one request kind, as a manager set it."""

    __tablename__ = "request_periods"

    kind: Mapped[str] = mapped_column(String(20), unique=True)
    days: Mapped[int] = mapped_column(Integer)
    with_partners_days: Mapped[int] = mapped_column(Integer)
    max_extension_days: Mapped[int] = mapped_column(Integer)
    day_count: Mapped[str] = mapped_column(String(10))
    day_off: Mapped[str | None] = mapped_column(String(10), default=None)  # None: default
