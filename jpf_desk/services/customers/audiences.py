"""Who a marketing mailing or an analytics export may include: only customers the gate
lets through for that purpose.

A list is processing for its purpose (Law 91 Art. 9): a customer who refused, withdrew,
restricted or objected to "marketing" is left out of the course-news list, and the same
for "analytics". The analytics export is pseudonymous (birth year, sex, province): the
figures need no name or contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from jpf_desk.domain.staff import Action
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights.processing import processable
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import Customer

MARKETING = "marketing"
ANALYTICS = "analytics"


@dataclass(frozen=True)
class ContactRow:
    customer_id: str
    full_name: str
    phone_e164: str
    email: str


@dataclass(frozen=True)
class AnalyticsRow:
    customer_id: str
    birth_year: int | None
    sex: str
    province_code: str


def marketing_list(desk: Desk, today: date | None = None) -> list[ContactRow]:
    """Customers who may receive course news and offers now, by name (manager only)."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.MARKETING_LIST)
        allowed = processable(s, MARKETING, today)
        rows = s.execute(select(Customer.id, Customer.full_name, Customer.phone_e164,
                                Customer.email).order_by(Customer.sort_key, Customer.id))
        return [ContactRow(i, name, phone or "", email or "")
                for i, name, phone, email in rows if i in allowed]


def analytics_rows(desk: Desk, today: date | None = None) -> list[AnalyticsRow]:
    """The pseudonymous rows an analysis may use now (manager only)."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.ANALYTICS_EXPORT)
        allowed = processable(s, ANALYTICS, today)
        rows = s.execute(select(Customer.id, Customer.birth_date, Customer.sex,
                                Customer.province_code).order_by(Customer.id))
        return [AnalyticsRow(i, born.year if born else None, sex or "", province or "")
                for i, born, sex, province in rows if i in allowed]
