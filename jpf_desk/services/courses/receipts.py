"""Payment receipts: their numbers, and the sheet a receipt is printed from.

Numbering. Desks of one centre work offline and meet only at sync, so no number may
depend on another desk. A payment's number is made on the desk that takes it, in the
payment's own transaction: CENTRE-TAG-SEQUENCE, e.g. "HN1-7F3A2C-000042", the tag naming
the desk's current receipt series (its store id, or a new series after a restore) and the
sequence counting on in that series without gaps. The rules, and why a restored desk
starts a new series, are in store/receipt_numbers.py. A centre's desks differ in their
printed tag unless two series ids share their first 24 bits (a chance of about one in
sixteen million per pair); even then the stored pair (series, sequence) stays unique.

Printing. Each print is counted on the payment, in the transaction that prepares the
sheet, and recorded in the access log: the first is the original, every later one a
copy ("BẢN SAO"). Prints made on two desks before they synced add up, never a conflict
to settle: each print adds its own id to the payment's list, which the sync merges by
union (domain/receipt_prints.py, sync/merge.py).
"""

from __future__ import annotations

from sqlalchemy import func, select

from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import format_date, format_datetime, now_vn
from jpf_desk.domain.labels import label
from jpf_desk.domain.money import format_vnd
from jpf_desk.domain.money_words import vnd_in_words
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.domain.receipt_prints import count, with_print
from jpf_desk.domain.staff import Action
from jpf_desk.printing.payment_receipt import PaymentReceiptSheet, render_payment_receipt
from jpf_desk.services.access_log.record import record_access
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.base import new_id
from jpf_desk.store.models import Centre, Course, CourseClass, Customer, Enrolment, Payment, Staff
from jpf_desk.store.receipt_numbers import format_receipt_number, number_payment

__all__ = ["PaymentReceiptSheet", "format_receipt_number", "number_payment", "prepare_receipt",
           "receipt_pdf", "render"]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def prepare_receipt(desk: Desk, payment_id: str, *, lang: str = "vi") -> PaymentReceiptSheet:
    """The sheet of one print of a payment's receipt, in `lang`; counts the print, logs it."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.PRINT_PAYMENT_RECEIPT)
        payment = s.get(Payment, payment_id)
        if payment is None:
            raise not_found("payment", payment_id)
        enrolment = s.get(Enrolment, payment.enrolment_id)
        assert enrolment is not None
        customer = s.get(Customer, enrolment.customer_id)
        klass = s.get(CourseClass, enrolment.class_id)
        assert customer is not None and klass is not None
        course = s.get(Course, klass.course_id)
        if payment.receipt_number is None:  # a payment taken before receipts existed
            number_payment(s, payment)
        payment.receipt_print_ids = with_print(payment.receipt_print_ids, new_id(),
                                              counted_before=payment.receipt_prints)
        payment.receipt_prints = count(payment.receipt_print_ids)
        before = int(s.scalar(select(func.coalesce(func.sum(Payment.amount_vnd), 0)).where(
            Payment.enrolment_id == enrolment.id,
            Payment.instalment_no < payment.instalment_no)) or 0)
        centre = s.get(Centre, desk.actor.centre_id)
        taker = s.get(Staff, payment.received_by) if payment.received_by else None
        record_access(s, desk, AccessKind.PAYMENT_RECEIPT_PRINTED, customer_id=customer.id,
                      subject_id=payment.id,
                      detail="copy" if payment.receipt_prints > 1 else "original")
        assert payment.receipt_number is not None
        return PaymentReceiptSheet(
            number=payment.receipt_number, copy=payment.receipt_prints > 1,
            centre_name=centre.name if centre else "",
            centre_address=centre.address if centre else "",
            payer_name=customer.full_name,
            class_code=klass.code, course_name=course.name if course else "",
            instalment_no=payment.instalment_no,
            amount_figures=format_vnd(payment.amount_vnd),
            amount_words=_capitalised(vnd_in_words(payment.amount_vnd)),
            method=label(PaymentMethod(payment.method), lang), reference=payment.reference,
            paid_on_text=format_date(payment.paid_on), fee_text=format_vnd(enrolment.fee_vnd),
            paid_before_text=format_vnd(before),
            balance_text=format_vnd(enrolment.fee_vnd - before - payment.amount_vnd),
            staff_name=taker.full_name if taker else "",
            printed_at_text=format_datetime(now_vn()), print_count=payment.receipt_prints,
            lang=lang,
        )


def render(sheet: PaymentReceiptSheet) -> bytes:
    """Drawing only (no store): safe on a worker thread."""
    return render_payment_receipt(sheet)


def receipt_pdf(desk: Desk, payment_id: str, *, lang: str = "vi") -> bytes:
    """One print of the receipt (original the first time, a copy after), as PDF bytes."""
    return render(prepare_receipt(desk, payment_id, lang=lang))
