"""The day's cash summary: who took which payments, by method, with totals.

Printed at closing, so the money in the drawer can be counted against it. A payment
counts on the day it was recorded at the desk (Vietnam time), whatever date it says
it was paid on: the drawer holds what came in that day. Anyone sees their own day; a
manager sees every staff member's (CASH_SUMMARY_ALL).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import VN_TZ, format_date, format_datetime, now_vn
from jpf_desk.domain.labels import label
from jpf_desk.domain.money import format_vnd
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.domain.staff import Action
from jpf_desk.printing.cash_summary import CashLine, CashSummarySheet, render_cash_summary
from jpf_desk.services.access_log.record import record_access
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import Centre, CourseClass, Customer, Enrolment, Payment, Staff


@dataclass(frozen=True)
class CashPayment:
    payment_id: str
    receipt_number: str
    customer_name: str
    class_code: str
    method: str
    amount_vnd: int
    recorded_at: datetime


@dataclass(frozen=True)
class StaffCash:
    staff_id: str
    staff_name: str
    payments: tuple[CashPayment, ...]

    def total(self, method: str | None = None) -> int:
        return sum(p.amount_vnd for p in self.payments if method in (None, p.method))


@dataclass(frozen=True)
class CashSummary:
    day: date
    staff: tuple[StaffCash, ...]

    def total(self, method: str | None = None) -> int:
        return sum(s.total(method) for s in self.staff)


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), VN_TZ).astimezone(UTC)
    return start, start + timedelta(days=1)


def cash_summary(desk: Desk, day: date, *, staff_id: str | None = None) -> CashSummary:
    """`staff_id` None: everyone (managers); else that person (themself, or a manager)."""
    start, end = _day_bounds(day)
    with desk.tx() as s:
        if staff_id != desk.actor.staff_id:
            check(s, desk.actor.staff_id, Action.CASH_SUMMARY_ALL)
        query = (select(Payment, Customer.full_name, CourseClass.code)
                 .join(Enrolment, Enrolment.id == Payment.enrolment_id)
                 .join(Customer, Customer.id == Enrolment.customer_id)
                 .join(CourseClass, CourseClass.id == Enrolment.class_id)
                 .where(Payment.centre_id == desk.actor.centre_id,
                        Payment.created_at >= start, Payment.created_at < end)
                 .order_by(Payment.created_at, Payment.id))
        if staff_id is not None:
            query = query.where(Payment.received_by == staff_id)
        by_staff: dict[str, list[CashPayment]] = {}
        for p, name, code in s.execute(query):
            by_staff.setdefault(p.received_by or "", []).append(CashPayment(
                p.id, p.receipt_number or "", name, code, p.method, p.amount_vnd, p.created_at))
        names = {m.id: m.full_name for m in s.scalars(
            select(Staff).where(Staff.id.in_(list(by_staff))))}
        rows = sorted((StaffCash(sid, names.get(sid, ""), tuple(ps))
                       for sid, ps in by_staff.items()), key=lambda r: r.staff_name)
        return CashSummary(day, tuple(rows))


def cash_summary_sheet(desk: Desk, day: date, *, staff_id: str | None = None,
                       lang: str = "vi") -> CashSummarySheet:
    """The summary as printed for closing, in `lang`; the print is logged (payers' names)."""
    summary = cash_summary(desk, day, staff_id=staff_id)
    with desk.tx() as s:
        centre = s.get(Centre, desk.actor.centre_id)
        record_access(s, desk, AccessKind.LIST_EXPORTED, customer_id=None,
                      detail=f"cash_summary:{day.isoformat()}")
        printer = s.get(Staff, desk.actor.staff_id)
    methods = [m.value for m in PaymentMethod]
    return CashSummarySheet(
        centre_name=centre.name if centre else "", day_text=format_date(day),
        method_names=tuple(label(PaymentMethod(m), lang) for m in methods),
        staff=tuple(
            (person.staff_name or "?",
             tuple(CashLine(p.receipt_number, format_datetime(p.recorded_at)[-5:],
                            p.customer_name, p.class_code, label(PaymentMethod(p.method), lang),
                            format_vnd(p.amount_vnd)) for p in person.payments),
             tuple(format_vnd(person.total(m)) for m in methods), format_vnd(person.total()))
            for person in summary.staff),
        totals=tuple(format_vnd(summary.total(m)) for m in methods),
        grand_total=format_vnd(summary.total()),
        printed_by=printer.full_name if printer else "",
        printed_at_text=format_datetime(now_vn()), lang=lang,
    )


def render(sheet: CashSummarySheet) -> bytes:
    """Drawing only (no store): safe on a worker thread."""
    return render_cash_summary(sheet)


def cash_summary_pdf(desk: Desk, day: date, *, staff_id: str | None = None,
                     lang: str = "vi") -> bytes:
    return render(cash_summary_sheet(desk, day, staff_id=staff_id, lang=lang))
