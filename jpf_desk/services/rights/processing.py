"""The one gate every processing path asks: may JPF process this customer for a purpose?

Enrolment, sends and answers to partners, marketing and analytics lists all call
`require` (or `refusal` for a list), so a restriction, an objection or a withdrawal
recorded on the customer changes what the desk can do at once. The answer is derived
from the stored facts each time (restriction flags, the latest consent event, the
receipt that gave it), never from a copy that could drift.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.consent import ConsentAction, RetentionStart
from jpf_desk.domain.dates import VN_TZ, add_months, today_vn
from jpf_desk.domain.people import is_minor
from jpf_desk.domain.processing import ProcessingRefusal, ProcessingRefused
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.consent.event_order import NEWEST_FIRST, OLDEST_FIRST
from jpf_desk.services.consent.policy import purpose_wording, retention_by_purpose
from jpf_desk.store.models import ConsentEvent, Customer, Restriction

_STATE_ACTIONS = (ConsentAction.GIVEN.value, ConsentAction.REFUSED.value,
                  ConsentAction.WITHDRAWN.value)


def stopped_purposes(session: Session, customer_id: str) -> dict[str, ProcessingRefusal]:
    """Purposes under an active restriction or objection; an objection wins the wording."""
    stopped: dict[str, ProcessingRefusal] = {}
    rows = session.execute(select(Restriction.kind, Restriction.purposes).where(
        Restriction.customer_id == customer_id, Restriction.active))
    for kind, purposes in rows:
        reason = (ProcessingRefusal.OBJECTED if kind == RequestKind.OBJECT.value
                  else ProcessingRefusal.RESTRICTED)
        for p in purposes.split(","):
            if p and stopped.get(p) is not ProcessingRefusal.OBJECTED:
                stopped[p] = reason
    return stopped


def _latest_event(session: Session, customer_id: str, purpose: str) -> ConsentEvent | None:
    return session.scalars(select(ConsentEvent).where(
        ConsentEvent.customer_id == customer_id, ConsentEvent.purpose == purpose,
        ConsentEvent.partner_id.is_(None), ConsentEvent.action.in_(_STATE_ACTIONS),
    ).order_by(*NEWEST_FIRST).limit(1)).first()


def handover_due(birth: date | None, given_at: datetime, today: date) -> bool:
    """A guardian's consent stops speaking for the customer on their 16th birthday.

    Consent given while the customer was a minor was the guardian's (capture refuses a
    minor's consent without one), so the dates alone tell, without reading the receipt.
    """
    if birth is None:
        return False
    return is_minor(birth, given_at.astimezone(VN_TZ).date()) and not is_minor(birth, today)


def consent_expired(purpose: str, given_at: datetime, today: date) -> bool:
    """A consent-based purpose (marketing, analytics...) stops once the policy's retention
    period from the consent is over, until the customer is asked again."""
    retention = retention_by_purpose().get(purpose)
    if retention is None or retention.start is not RetentionStart.CONSENT:
        return False
    return add_months(given_at.astimezone(VN_TZ).date(), retention.months) < today


def refusal(session: Session, customer_id: str, purpose: str,
            today: date | None = None) -> ProcessingRefusal | None:
    """Why the purpose may not be processed for the customer now, or None when it may."""
    customer = session.get(Customer, customer_id)
    if customer is None or customer.status == "deleted":
        return ProcessingRefusal.ERASED
    stopped = stopped_purposes(session, customer_id).get(purpose)
    if stopped is not None:
        return stopped
    event = _latest_event(session, customer_id, purpose)
    if event is None or event.action == ConsentAction.REFUSED:
        return ProcessingRefusal.NO_CONSENT
    if event.action == ConsentAction.WITHDRAWN:
        return ProcessingRefusal.CONSENT_WITHDRAWN
    day = today or today_vn()
    if handover_due(customer.birth_date, event.occurred_at, day):
        return ProcessingRefusal.HANDOVER_DUE
    if consent_expired(purpose, event.occurred_at, day):
        return ProcessingRefusal.RETENTION_ENDED
    return None


def require(session: Session, customer_id: str, purpose: str, *, field: str | None = None,
            today: date | None = None) -> None:
    """Raise ProcessingRefused naming the customer's choice that stops the purpose."""
    reason = refusal(session, customer_id, purpose, today)
    if reason is not None:
        raise ProcessingRefused(reason, field=field, purpose=purpose_wording(purpose))


def may_process(session: Session, customer_id: str, purpose: str,
                today: date | None = None) -> bool:
    return refusal(session, customer_id, purpose, today) is None


def processable(session: Session, purpose: str, today: date | None = None) -> set[str]:
    """Every customer the purpose may be processed for now (for a list or an export).

    The same rules as `refusal`, in three queries rather than three per customer: a
    marketing list runs over the whole store.
    """
    day = today or today_vn()
    latest: dict[str, tuple[str, datetime]] = {}
    events = session.execute(select(ConsentEvent.customer_id, ConsentEvent.action,
                                    ConsentEvent.occurred_at).where(
        ConsentEvent.purpose == purpose, ConsentEvent.partner_id.is_(None),
        ConsentEvent.action.in_(_STATE_ACTIONS),
    ).order_by(*OLDEST_FIRST))
    for customer_id, action, at in events:
        latest[customer_id] = (action, at)
    stopped: set[str] = set()
    for customer_id, purposes in session.execute(select(
            Restriction.customer_id, Restriction.purposes).where(Restriction.active)):
        if purpose in purposes.split(","):
            stopped.add(customer_id)
    allowed = set()
    for customer_id, birth, status in session.execute(
            select(Customer.id, Customer.birth_date, Customer.status)):
        state = latest.get(customer_id)
        if (status == "deleted" or customer_id in stopped or state is None
                or state[0] != ConsentAction.GIVEN or handover_due(birth, state[1], day)
                or consent_expired(purpose, state[1], day)):
            continue
        allowed.add(customer_id)
    return allowed
