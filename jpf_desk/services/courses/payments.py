"""Payments against an enrolment, in instalments, and the balance still due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.money import format_vnd
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.domain.staff import Action
from jpf_desk.services.courses.enrolments import paid_total
from jpf_desk.services.courses.receipts import number_payment
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import Enrolment, Payment

register({
    "payment.amount_invalid": {"vi": "Số tiền phải lớn hơn 0.",
                               "fr": "Le montant doit être supérieur à 0.",
                               "en": "The amount must be greater than 0."},
    "payment.exceeds_balance": {
        "vi": "Số tiền vượt quá số còn phải trả ({due}).",
        "fr": "Le montant dépasse le solde dû ({due}).",
        "en": "The amount is more than the balance due ({due}).",
    },
    "payment.enrolment_cancelled": {
        "vi": "Không thể thu tiền cho một đăng ký đã hủy.",
        "fr": "Impossible d'encaisser une inscription annulée.",
        "en": "Cannot take a payment for a cancelled enrolment.",
    },
})


@dataclass(frozen=True)
class PaymentView:
    id: str
    amount_vnd: int
    method: str
    paid_on: date
    instalment_no: int
    reference: str
    receipt_number: str | None = None  # None: taken before receipts were numbered
    receipt_prints: int = 0


@dataclass(frozen=True)
class Balance:
    fee_vnd: int
    paid_vnd: int

    @property
    def due_vnd(self) -> int:
        return self.fee_vnd - self.paid_vnd


def record_payment(
    desk: Desk, enrolment_id: str, amount_vnd: int, method: PaymentMethod, *,
    paid_on: date | None = None, reference: str = "", note: str = "",
) -> tuple[PaymentView, Balance]:
    """One instalment, numbered for its receipt and put on the name of who took it;
    refused when it would pay more than is due."""
    if amount_vnd <= 0:
        raise ValidationError("payment.amount_invalid", field="amount")
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.TAKE_PAYMENT)
        enrolment = s.get(Enrolment, enrolment_id)
        if enrolment is None:
            raise not_found("enrolment", enrolment_id)
        if enrolment.status == "cancelled":
            raise ValidationError("payment.enrolment_cancelled", field="amount")
        paid = paid_total(s, enrolment_id)
        due = enrolment.fee_vnd - paid
        if amount_vnd > due:
            raise ValidationError("payment.exceeds_balance", field="amount", due=format_vnd(due))
        count = s.scalar(select(func.count()).where(Payment.enrolment_id == enrolment_id)) or 0
        row = Payment(enrolment_id=enrolment_id, amount_vnd=amount_vnd, method=method.value,
                      paid_on=paid_on or today_vn(), instalment_no=count + 1,
                      reference=reference.strip(), note=note.strip(),
                      received_by=desk.actor.staff_id, centre_id=desk.actor.centre_id)
        number_payment(s, row)
        s.add(row)
        s.flush()
        return _payment_view(row), Balance(enrolment.fee_vnd, paid + amount_vnd)


def _payment_view(r: Payment) -> PaymentView:
    return PaymentView(r.id, r.amount_vnd, r.method, r.paid_on, r.instalment_no, r.reference,
                       r.receipt_number, r.receipt_prints)


def payments_of(desk: Desk, enrolment_id: str) -> tuple[list[PaymentView], Balance]:
    with desk.tx() as s:
        enrolment = s.get(Enrolment, enrolment_id)
        if enrolment is None:
            raise not_found("enrolment", enrolment_id)
        rows = s.scalars(select(Payment).where(Payment.enrolment_id == enrolment_id)
                         .order_by(Payment.instalment_no))
        views = [_payment_view(r) for r in rows]
        return views, Balance(enrolment.fee_vnd, sum(v.amount_vnd for v in views))
