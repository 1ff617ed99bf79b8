"""The manager's list of data kept past its purpose's retention period, and erasure
from there.

Each purpose of the policy carries its period (policy.json, printed on the receipt). The
"service" data runs from the end of the customer's last course or dossier: once that
period is over and nothing is ongoing, the customer is listed for erasure (the erasure
keeps what another law needs, e.g. payments). A consent-based purpose (marketing,
analytics...) runs from the consent: past it, the processing gate stops the purpose
until the customer is asked again, and the list says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpf_desk.domain.consent import ConsentAction, RetentionStart
from jpf_desk.domain.dates import VN_TZ, add_months, today_vn
from jpf_desk.domain.dossier_stages import Stage
from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import register
from jpf_desk.domain.staff import Action
from jpf_desk.services.consent.event_order import NEWEST_FIRST, OLDEST_FIRST
from jpf_desk.services.consent.policy import SERVICE, Retention, retention_by_purpose
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights.erasure import TombstoneView, erase_customer
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import ConsentEvent, CourseClass, Customer, Dossier, Enrolment

FINISHED_STAGES = (Stage.WITHDRAWN.value, Stage.CLOSED.value)

register({
    "retention.not_past": {
        "vi": "Dữ liệu của khách hàng này chưa hết thời hạn lưu trữ.",
        "fr": "La durée de conservation des données de ce client n'est pas écoulée.",
        "en": "This customer's data is not past its retention period."},
    "retention.erasure_reason": {
        "vi": "Hết thời hạn lưu trữ cho mục đích «{purpose}» ({period}).",
        "fr": "Durée de conservation écoulée pour « {purpose} » ({period}).",
        "en": "Retention period over for \"{purpose}\" ({period})."},
})


@dataclass(frozen=True)
class PastRetention:
    customer_id: str
    full_name: str
    purpose: str
    started_on: date  # when the period began (service end, or the consent)
    ended_on: date  # the last day the data could be kept
    erase: bool  # True: erase the customer; False: the purpose has stopped, ask again


def service_ended_on(session: Session, customer_id: str, today: date) -> date | None:
    """The day the customer's last course or dossier ended; None while one is ongoing."""
    if session.scalar(select(func.count()).select_from(Dossier).where(
            Dossier.customer_id == customer_id, Dossier.stage.not_in(FINISHED_STAGES))):
        return None
    class_end = session.scalar(select(func.max(CourseClass.end_date)).join(
        Enrolment, Enrolment.class_id == CourseClass.id).where(
        Enrolment.customer_id == customer_id,
        Enrolment.status != EnrolmentStatus.CANCELLED.value))
    dossier_end = session.scalar(select(func.max(Dossier.stage_since)).where(
        Dossier.customer_id == customer_id))
    ends = [d for d in (class_end, dossier_end) if d is not None]
    if not ends:
        return None
    last = max(ends)
    return None if last >= today else last


def consent_given_on(session: Session, customer_id: str, purpose: str) -> date | None:
    """The day of the customer's current "given" for the purpose, if it is given."""
    event = session.scalars(select(ConsentEvent).where(
        ConsentEvent.customer_id == customer_id, ConsentEvent.purpose == purpose,
        ConsentEvent.partner_id.is_(None),
        ConsentEvent.action.in_([a.value for a in (
            ConsentAction.GIVEN, ConsentAction.REFUSED, ConsentAction.WITHDRAWN)]),
    ).order_by(*NEWEST_FIRST).limit(1)).first()
    if event is None or event.action != ConsentAction.GIVEN:
        return None
    return event.occurred_at.astimezone(VN_TZ).date()


def _item(session: Session, customer: Customer, code: str, retention: Retention,
          today: date) -> PastRetention | None:
    if retention.start is RetentionStart.SERVICE_END:
        start = service_ended_on(session, customer.id, today)
    else:
        start = consent_given_on(session, customer.id, code)
    if start is None:
        return None
    end = add_months(start, retention.months)
    if end >= today:
        return None
    return PastRetention(customer.id, customer.full_name, code, start, end,
                         retention.start is RetentionStart.SERVICE_END)


def _service_ends(session: Session, today: date) -> dict[str, date]:
    """Each customer's service end (as `service_ended_on`), in three queries."""
    ongoing = set(session.scalars(select(Dossier.customer_id).where(
        Dossier.stage.not_in(FINISHED_STAGES))))
    ends: dict[str, date] = {}
    for customer_id, last in session.execute(
            select(Enrolment.customer_id, func.max(CourseClass.end_date))
            .join(CourseClass, CourseClass.id == Enrolment.class_id)
            .where(Enrolment.status != EnrolmentStatus.CANCELLED.value)
            .group_by(Enrolment.customer_id)):
        ends[customer_id] = last
    for customer_id, last in session.execute(
            select(Dossier.customer_id, func.max(Dossier.stage_since))
            .group_by(Dossier.customer_id)):
        ends[customer_id] = max(last, ends.get(customer_id, last))
    return {c: d for c, d in ends.items() if c not in ongoing and d < today}


def _consents_given(session: Session) -> dict[tuple[str, str], date]:
    """(customer, purpose) -> day of the current "given", for JPF's own purposes."""
    latest: dict[tuple[str, str], tuple[str, date]] = {}
    for customer_id, purpose, action, at in session.execute(
            select(ConsentEvent.customer_id, ConsentEvent.purpose, ConsentEvent.action,
                   ConsentEvent.occurred_at)
            .where(ConsentEvent.partner_id.is_(None), ConsentEvent.action.in_([
                a.value for a in (ConsentAction.GIVEN, ConsentAction.REFUSED,
                                  ConsentAction.WITHDRAWN)]))
            .order_by(*OLDEST_FIRST)):
        latest[(customer_id, purpose)] = (action, at.astimezone(VN_TZ).date())
    return {k: day for k, (action, day) in latest.items() if action == ConsentAction.GIVEN}


def past_retention(desk: Desk, today: date | None = None) -> list[PastRetention]:
    """Every purpose's data kept past its period, oldest first (the manager's list).

    The same rules as `_item`, read in a handful of queries over the whole store.
    """
    day = today or today_vn()
    periods = retention_by_purpose()
    found: list[PastRetention] = []
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.REVIEW_RETENTION)
        names = dict(s.execute(select(Customer.id, Customer.full_name)
                               .where(Customer.status != "deleted")).all())
        service_ends = _service_ends(s, day)
        given = _consents_given(s)
    for code, retention in periods.items():
        starts: list[tuple[str, date]] = (
            list(service_ends.items()) if retention.start is RetentionStart.SERVICE_END
            else [(c, d) for (c, p), d in given.items() if p == code])
        for customer_id, start in starts:
            end = add_months(start, retention.months)
            if customer_id in names and end < day:
                found.append(PastRetention(customer_id, names[customer_id], code, start, end,
                                           retention.start is RetentionStart.SERVICE_END))
    return sorted(found, key=lambda p: (p.ended_on, p.full_name, p.purpose))


def erase_past_retention(desk: Desk, customer_id: str,
                         today: date | None = None) -> TombstoneView:
    """Erase a customer listed for erasure (manager only: checked here before telling
    whether the customer is listed, and again by the erasure)."""
    day = today or today_vn()
    retention = retention_by_purpose()[SERVICE]
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.ERASE)
        customer = s.get(Customer, customer_id)
        item = (None if customer is None or customer.status == "deleted"
                else _item(s, customer, SERVICE, retention, day))
    if item is None:
        raise DomainError("retention.not_past")
    from jpf_desk.domain.messages import render
    from jpf_desk.services.consent.policy import purpose_wording

    reason = render("retention.erasure_reason", {
        "purpose": purpose_wording(SERVICE), "period": retention.wording()})
    return erase_customer(desk, customer_id, reason)
