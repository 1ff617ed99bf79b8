"""Read-only shapes of data-subject requests for the queue, the slip and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.request_deadlines import DueOnDayOff, counting_rule
from jpf_desk.domain.requests import RequestStatus, RequestUrgency
from jpf_desk.domain.working_days import DayCount
from jpf_desk.store.models import (
    Customer,
    DataRequest,
    FollowUpTask,
    RequestFieldChange,
    RequestStep,
    Staff,
)

DUE_SOON_DAYS = 3


OPEN_STATUSES = frozenset(
    {RequestStatus.RECEIVED, RequestStatus.ACKNOWLEDGED, RequestStatus.IN_PROGRESS})


@dataclass(frozen=True)
class StepView:
    step: str
    staff_id: str
    staff_name: str
    at: datetime
    note: str


@dataclass(frozen=True)
class FieldRequestView:
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class FollowUpView:
    id: str
    request_id: str
    partner_id: str
    partner_name: str
    fields: tuple[str, ...]
    status: str


@dataclass(frozen=True)
class RequestRow:
    """One line of the queue."""

    id: str
    number: str
    customer_id: str
    customer_name: str
    kind: str
    channel: str
    status: str
    received_on: date
    acknowledge_due: date
    answer_due: date
    next_due: date
    urgency: RequestUrgency
    counting_rule: str = ""  # how answer_due was counted, in words


@dataclass(frozen=True)
class RequestView:
    id: str
    number: str
    customer_id: str
    customer_name: str
    kind: str
    channel: str
    received_on: date
    requester: str
    requester_guardian_id: str | None
    identity_check: str
    identity_note: str
    details: str
    purposes: tuple[str, ...]
    status: str
    partners_involved: bool
    acknowledge_due: date
    answer_due: date
    day_count: str
    extension_days: int
    extension_reason: str
    outcome: str
    refusal_reason: str
    decided_by: str | None
    customer_told_on: date | None
    steps: tuple[StepView, ...]
    fields: tuple[FieldRequestView, ...]
    follow_ups: tuple[FollowUpView, ...]
    day_off: str | None = None
    counting_rule: str = ""


def next_due(r: DataRequest) -> date:
    """The date that matters now: the acknowledgement until it is sent, then the answer."""
    return r.acknowledge_due if r.status == RequestStatus.RECEIVED.value else r.answer_due


def urgency(r: DataRequest, today: date) -> RequestUrgency:
    if r.status not in OPEN_STATUSES:
        return RequestUrgency.CLOSED
    due = next_due(r)
    if due < today:
        return RequestUrgency.OVERDUE
    if (due - today).days <= DUE_SOON_DAYS:
        return RequestUrgency.DUE_SOON
    return RequestUrgency.ON_TIME


def rule_words(r: DataRequest, lang: str = "vi") -> str:
    """How the request's answer date was counted (a request filed before the day-off
    rule existed kept its date as counted)."""
    return counting_rule(DayCount(r.day_count), DueOnDayOff(r.day_off or "keep"), lang)


def request_row(r: DataRequest, customer_name: str, today: date,
                lang: str = "vi") -> RequestRow:
    return RequestRow(r.id, r.number, r.customer_id, customer_name, r.kind, r.channel,
                      r.status, r.received_on, r.acknowledge_due, r.answer_due, next_due(r),
                      urgency(r, today), rule_words(r, lang))


def follow_up_view(t: FollowUpTask) -> FollowUpView:
    return FollowUpView(t.id, t.request_id, t.partner_id, t.partner_name,
                        tuple(f for f in t.fields.split(",") if f), t.status)


def request_view(session: Session, r: DataRequest) -> RequestView:
    customer = session.get(Customer, r.customer_id)
    names = {r[0]: r[1] for r in session.execute(select(Staff.id, Staff.full_name))}
    steps = session.scalars(select(RequestStep).where(RequestStep.request_id == r.id)
                            .order_by(RequestStep.at, RequestStep.created_at))
    fields = session.scalars(select(RequestFieldChange)
                             .where(RequestFieldChange.request_id == r.id)
                             .order_by(RequestFieldChange.created_at))
    tasks = session.scalars(select(FollowUpTask).where(FollowUpTask.request_id == r.id)
                            .order_by(FollowUpTask.partner_name))
    return RequestView(
        id=r.id, number=r.number, customer_id=r.customer_id,
        customer_name=customer.full_name if customer else "", kind=r.kind, channel=r.channel,
        received_on=r.received_on, requester=r.requester,
        requester_guardian_id=r.requester_guardian_id, identity_check=r.identity_check,
        identity_note=r.identity_note, details=r.details,
        purposes=tuple(p for p in r.purposes.split(",") if p), status=r.status,
        partners_involved=r.partners_involved, acknowledge_due=r.acknowledge_due,
        answer_due=r.answer_due, day_count=r.day_count, extension_days=r.extension_days,
        extension_reason=r.extension_reason, outcome=r.outcome,
        refusal_reason=r.refusal_reason, decided_by=r.decided_by,
        customer_told_on=r.customer_told_on,
        steps=tuple(StepView(s.step, s.staff_id, names.get(s.staff_id, ""), s.at, s.note)
                    for s in steps),
        fields=tuple(FieldRequestView(f.field, f.old_value, f.new_value) for f in fields),
        follow_ups=tuple(follow_up_view(t) for t in tasks),
        day_off=r.day_off, counting_rule=rule_words(r),
    )
