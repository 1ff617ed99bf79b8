"""Consent handover at 16: the customer's own choices replace their guardian's.

Law 91 Art. 24(2) lets the guardian consent for a child under 16 only. On the 16th
birthday that consent stops speaking for the customer (the processing gate refuses it
from that day); the desk lists whose birthday falls this month, and at the next visit
asks the person for their own choices (a receipt collected by "handover").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpf_desk.domain.dates import VN_TZ
from jpf_desk.domain.people import MINOR_AGE, is_minor
from jpf_desk.domain.staff import Action
from jpf_desk.services.consent.queries import latest_receipt_row
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import ConsentReceipt, Customer

# Customers older than this at the end of the month are not looked at (a receipt from
# before 16 that old is for the manager's retention list, not a birthday list).
LOOK_BACK_YEARS = 4


@dataclass(frozen=True)
class HandoverDue:
    customer_id: str
    full_name: str
    sixteenth_birthday: date


def sixteenth_birthday(birth: date) -> date:
    """The day the customer turns 16 (29 February counts from 1 March, as `age_on`)."""
    try:
        return birth.replace(year=birth.year + MINOR_AGE)
    except ValueError:
        return date(birth.year + MINOR_AGE, 3, 1)


def _end_of_month(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def handover_pending(session: Session, customer: Customer, on: date) -> bool:
    """Whether the customer is 16 on `on` and their current receipt is the guardian's."""
    birth = customer.birth_date
    if birth is None or is_minor(birth, on):
        return False
    row = latest_receipt_row(session, customer.id)
    return row is not None and is_minor(birth, _vn_date(row.consented_at))


def handovers_due(desk: Desk, month: date) -> list[HandoverDue]:
    """Customers who are 16 by the end of `month` and still have only their guardian's
    consent (those whose birthday is this month, and any not asked since), by birthday.

    Two queries whatever the size of the store: the customers born in the window and the
    time of each one's newest receipt.
    """
    end = _end_of_month(month.replace(day=1))
    oldest = date(end.year - MINOR_AGE - LOOK_BACK_YEARS, 1, 1)
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.LIST_HANDOVERS)
        people = s.execute(select(Customer.id, Customer.full_name, Customer.birth_date).where(
            Customer.birth_date.is_not(None), Customer.birth_date >= oldest,
            Customer.status != "deleted")).all()
        newest = dict(s.execute(
            select(ConsentReceipt.customer_id, func.max(ConsentReceipt.consented_at))
            .join(Customer, Customer.id == ConsentReceipt.customer_id)
            .where(Customer.birth_date >= oldest)
            .group_by(ConsentReceipt.customer_id)).all())
    due = []
    for customer_id, name, birth in people:
        at = newest.get(customer_id)
        if birth is None or at is None or is_minor(birth, end):
            continue
        if is_minor(birth, _vn_date(at)):
            due.append(HandoverDue(customer_id, name, sixteenth_birthday(birth)))
    return sorted(due, key=lambda d: (d.sixteenth_birthday, d.full_name, d.customer_id))


def _vn_date(at: datetime) -> date:
    return at.astimezone(VN_TZ).date()


def handover_due_for(desk: Desk, customer_id: str, today: date | None = None) -> bool:
    """Whether the desk must ask this customer for their own choices now."""
    from jpf_desk.domain.dates import today_vn

    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        customer = s.get(Customer, customer_id)
        return customer is not None and handover_pending(s, customer, today or today_vn())
