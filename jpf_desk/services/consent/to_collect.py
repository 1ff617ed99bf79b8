"""Customers whose consent the desk still has to ask: "consent to collect".

Imported customers arrive with no consent (no purpose is ever presumed from a
spreadsheet), and so can a customer whose intake stopped before the consent dialog.
The list is derived from the absence of any consent receipt, never from a flag that
could drift from the proof; it empties itself as receipts are recorded.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, func, select

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.staff import Action
from jpf_desk.services.customers.views import CustomerRow, customer_row
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import ConsentReceipt, Customer


def consent_to_collect(desk: Desk, limit: int = 500,
                       today: date | None = None) -> list[CustomerRow]:
    """Active customers without a single consent receipt, in list order (given name)."""
    day = today or today_vn()
    has_receipt = exists().where(ConsentReceipt.customer_id == Customer.id)
    query = (select(Customer).where(Customer.status != "deleted", ~has_receipt)
             .order_by(Customer.sort_key, Customer.id).limit(limit))
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        return [customer_row(c, day) for c in s.scalars(query)]


def count_consent_to_collect(desk: Desk) -> int:
    has_receipt = exists().where(ConsentReceipt.customer_id == Customer.id)
    query = select(func.count()).select_from(Customer).where(
        Customer.status != "deleted", ~has_receipt)
    with desk.tx() as s:
        return int(s.scalar(query) or 0)
