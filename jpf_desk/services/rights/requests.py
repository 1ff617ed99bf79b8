"""Data-subject requests as tracked cases: filing, deadlines and the status flow.

received -> acknowledged -> in progress -> done / refused. Every step keeps who and when;
a refusal and an extension need a written reason (Decree 356 Art. 5). Kind-specific
work (applying an update, erasing, restricting) lives in requests_update, erasure and
rights_restrict; they close the request through `close_in_session`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpf_desk.domain.dates import format_date, today_vn
from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.request_deadlines import DueOnDayOff, RequestKind, deadlines, on_day_off
from jpf_desk.domain.requests import (
    IdentityCheck,
    RequestChannel,
    Requester,
    RequestStatus,
    RequestUrgency,
)
from jpf_desk.domain.staff import Action
from jpf_desk.domain.working_days import DayCount, extend_due
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights.holidays import load_calendar, load_period
from jpf_desk.services.rights.recipients import partners_that_received
from jpf_desk.services.rights.views import (
    OPEN_STATUSES,
    RequestRow,
    RequestView,
    request_row,
    request_view,
)
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.base import utcnow
from jpf_desk.store.models import Centre, Customer, DataRequest, Guardian, RequestStep
from jpf_desk.store.models import RequestFieldChange as FieldRow
from jpf_desk.store.receipt_numbers import current_series, desk_tag

ALLOWED: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.RECEIVED: frozenset({RequestStatus.ACKNOWLEDGED, RequestStatus.REFUSED}),
    RequestStatus.ACKNOWLEDGED: frozenset(
        {RequestStatus.IN_PROGRESS, RequestStatus.DONE, RequestStatus.REFUSED}),
    RequestStatus.IN_PROGRESS: frozenset({RequestStatus.DONE, RequestStatus.REFUSED}),
    RequestStatus.DONE: frozenset(),
    RequestStatus.REFUSED: frozenset(),
}
NEEDS_PURPOSES = frozenset({RequestKind.WITHDRAW, RequestKind.RESTRICT, RequestKind.OBJECT})


register({
    "request.not_found": {"vi": "Không tìm thấy yêu cầu.", "fr": "Demande introuvable.",
                          "en": "Request not found."},
    "request.customer_required": {"vi": "Hãy chọn khách hàng.", "fr": "Choisissez le client.",
                                  "en": "Choose the customer."},
    "request.received_in_future": {
        "vi": "Ngày nhận không thể sau hôm nay.",
        "fr": "La date de réception ne peut pas être dans le futur.",
        "en": "The date received cannot be in the future."},
    "request.guardian_required": {
        "vi": "Hãy chọn người giám hộ đã gửi yêu cầu.",
        "fr": "Choisissez le représentant légal qui a fait la demande.",
        "en": "Choose the guardian who made the request."},
    "request.identity_check_required": {
        "vi": "Hãy chọn cách đã xác minh danh tính người yêu cầu.",
        "fr": "Choisissez comment l'identité du demandeur a été vérifiée.",
        "en": "Choose how the requester's identity was checked."},
    "request.identity_note_required": {
        "vi": "Hãy ghi rõ cách đã xác minh danh tính.",
        "fr": "Précisez comment l'identité a été vérifiée.",
        "en": "Say how the identity was checked."},
    "request.purposes_required": {
        "vi": "Hãy chọn ít nhất một mục đích xử lý liên quan.",
        "fr": "Choisissez au moins une finalité concernée.",
        "en": "Choose at least one purpose concerned."},
    "request.bad_transition": {
        "vi": "Không thể chuyển yêu cầu từ «{old}» sang «{new}».",
        "fr": "Impossible de passer la demande de « {old} » à « {new} ».",
        "en": "Cannot move the request from '{old}' to '{new}'."},
    "request.reason_required": {
        "vi": "Cần ghi lý do bằng văn bản.", "fr": "Une raison écrite est requise.",
        "en": "A written reason is required."},
    "request.extension_too_late": {
        "vi": "Không thể gia hạn: hạn trả lời ({due}) đã qua. Yêu cầu này đang quá hạn.",
        "fr": "Prolongation impossible : l'échéance ({due}) est passée. La demande est en "
              "retard.",
        "en": "Cannot extend: the answer was due on {due}. This request is overdue."},
    "request.outcome_required": {
        "vi": "Hãy ghi kết quả xử lý.", "fr": "Indiquez le résultat.",
        "en": "Write the outcome."},
})


@dataclass
class RequestInput:
    customer_id: str = ""
    kind: RequestKind = RequestKind.ACCESS
    channel: RequestChannel = RequestChannel.DESK
    received_on: date | None = None
    requester: Requester = Requester.CUSTOMER
    guardian_id: str | None = None
    identity_check: IdentityCheck = IdentityCheck.ID_DOCUMENT
    identity_note: str = ""
    details: str = ""
    purposes: tuple[str, ...] = ()
    # Update requests: field -> new value as typed (see update_fields.REQUEST_KEYS).
    changes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class QueueCounts:
    open: int
    overdue: int
    due_soon: int


def load_request(session: Session, request_id: str) -> DataRequest:
    row = session.get(DataRequest, request_id)
    if row is None:
        raise DomainError("request.not_found")
    return row


def add_step(session: Session, desk: Desk, request_id: str, step: str, note: str = "") -> None:
    session.add(RequestStep(request_id=request_id, step=step, staff_id=desk.actor.staff_id,
                            at=utcnow(), note=note))


def move(session: Session, desk: Desk, row: DataRequest, new: RequestStatus,
         note: str = "") -> None:
    old = RequestStatus(row.status)
    if new not in ALLOWED[old]:
        raise DomainError("request.bad_transition", field="status", old=old.value, new=new.value)
    row.status = new.value
    if new in (RequestStatus.DONE, RequestStatus.REFUSED):
        row.closed_at = utcnow()
        row.decided_by = desk.actor.staff_id
    add_step(session, desk, row.id, new.value, note)


def close_in_session(session: Session, desk: Desk, row: DataRequest, outcome: str,
                     customer_told_on: date | None = None) -> None:
    """Done, passing through 'in progress' when the work was done in one go."""
    if row.status == RequestStatus.RECEIVED.value:
        move(session, desk, row, RequestStatus.ACKNOWLEDGED)
    row.outcome = outcome.strip()
    row.customer_told_on = customer_told_on
    move(session, desk, row, RequestStatus.DONE, outcome.strip())


def _number(session: Session, desk: Desk, year: int) -> str:
    """CODE-YEAR-TAG-SEQUENCE: the tag of this desk's numbering series (the one its
    payment receipts use) keeps two desks of a centre, filing before they sync, from
    giving one number twice (the number is unique in every store of the centre), and a
    store put back from a copy from giving again the numbers it gave after the copy."""
    centre = session.get(Centre, desk.actor.centre_id)
    code = centre.code if centre else "JPF"
    prefix = f"{code}-{year}-{desk_tag(current_series(session))}-"
    count = session.scalar(select(func.count()).where(DataRequest.number.like(prefix + "%")))
    return f"{prefix}{(count or 0) + 1:04d}"


def _validate(session: Session, data: RequestInput, today: date) -> date:
    customer = session.get(Customer, data.customer_id) if data.customer_id else None
    if customer is None or customer.status == "deleted":
        raise ValidationError("request.customer_required", field="customer")
    received = data.received_on or today
    if received > today:
        raise ValidationError("request.received_in_future", field="received_on")
    if data.requester is Requester.GUARDIAN:
        guardian = session.get(Guardian, data.guardian_id) if data.guardian_id else None
        if guardian is None or guardian.minor_id != data.customer_id:
            raise ValidationError("request.guardian_required", field="guardian")
    if data.identity_check is IdentityCheck.OTHER and not data.identity_note.strip():
        raise ValidationError("request.identity_note_required", field="identity_note")
    if data.kind in NEEDS_PURPOSES and not data.purposes:
        raise ValidationError("request.purposes_required", field="purposes")
    return received


def file_request(desk: Desk, data: RequestInput, today: date | None = None) -> RequestView:
    """Record a request with its deadlines (longer when partners received the data)."""
    # Imported here: it brings the intake rules (e-mail checks, the province list), which
    # the window's status bar, counting requests at start, does not need (issue 16).
    from jpf_desk.services.rights import update_fields

    day = today or today_vn()
    partners = partners_that_received(desk, data.customer_id) if data.customer_id else []
    with desk.tx() as s:
        received = _validate(s, data, day)
        changes = (update_fields.check_changes(s, data.customer_id, data.changes, day)
                   if data.kind is RequestKind.UPDATE else [])
        period = load_period(s, data.kind)
        due = deadlines(load_calendar(s), received, period, partners_involved=bool(partners))
        row = DataRequest(
            number=_number(s, desk, received.year), customer_id=data.customer_id,
            kind=data.kind.value, channel=RequestChannel(data.channel).value, received_on=received,
            requester=data.requester.value,
            requester_guardian_id=data.guardian_id if data.requester is Requester.GUARDIAN
            else None,
            identity_check=data.identity_check.value, identity_note=data.identity_note.strip(),
            details=data.details.strip(), purposes=",".join(data.purposes),
            status=RequestStatus.RECEIVED.value, partners_involved=bool(partners),
            acknowledge_due=due.acknowledge_by, answer_due=due.answer_by,
            day_count=period.count.value, day_off=period.day_off.value,
        )
        s.add(row)
        s.flush()
        s.add_all(FieldRow(request_id=row.id, field=c.field, old_value=c.old_value,
                           new_value=c.new_value) for c in changes)
        add_step(s, desk, row.id, RequestStatus.RECEIVED.value)
        s.flush()
        return request_view(s, row)


def get_request(desk: Desk, request_id: str) -> RequestView:
    with desk.tx() as s:
        return request_view(s, load_request(s, request_id))


def _transition(desk: Desk, request_id: str, new: RequestStatus, note: str = "") -> RequestView:
    with desk.tx() as s:
        row = load_request(s, request_id)
        move(s, desk, row, new, note.strip())
        s.flush()
        return request_view(s, row)


def acknowledge(desk: Desk, request_id: str, note: str = "") -> RequestView:
    return _transition(desk, request_id, RequestStatus.ACKNOWLEDGED, note)


def start(desk: Desk, request_id: str, note: str = "") -> RequestView:
    return _transition(desk, request_id, RequestStatus.IN_PROGRESS, note)


def complete(desk: Desk, request_id: str, outcome: str,
             customer_told_on: date | None = None) -> RequestView:
    if not outcome.strip():
        raise ValidationError("request.outcome_required", field="outcome")
    with desk.tx() as s:
        row = load_request(s, request_id)
        close_in_session(s, desk, row, outcome, customer_told_on)
        s.flush()
        return request_view(s, row)


def refuse(desk: Desk, request_id: str, reason: str,
           customer_told_on: date | None = None) -> RequestView:
    """A refusal is in writing, with its reason (Decree 356 Art. 5)."""
    if not reason.strip():
        raise ValidationError("request.reason_required", field="reason")
    with desk.tx() as s:
        row = load_request(s, request_id)
        row.refusal_reason, row.customer_told_on = reason.strip(), customer_told_on
        move(s, desk, row, RequestStatus.REFUSED, reason.strip())
        s.flush()
        return request_view(s, row)


def extend(desk: Desk, request_id: str, extra_days: int, reason: str,
           today: date | None = None) -> RequestView:
    """The one extension the law allows, with the written reason given to the customer.

    Only while the answer is still due: once the deadline has passed there is nothing
    left to extend, the request is late.
    """
    if not reason.strip():
        raise ValidationError("request.reason_required", field="reason")
    day = today or today_vn()
    with desk.tx() as s:
        row = load_request(s, request_id)
        if RequestStatus(row.status) not in OPEN_STATUSES:
            raise DomainError("request.bad_transition", field="status", old=row.status,
                              new="extended")
        if day > row.answer_due:
            raise DomainError("request.extension_too_late", field="extra_days",
                              due=format_date(row.answer_due))
        period = load_period(s, RequestKind(row.kind))
        calendar = load_calendar(s)
        extended = extend_due(
            calendar, row.answer_due, extra_days, DayCount(row.day_count),
            max_extra=period.max_extension_days, extensions_used=1 if row.extension_days else 0)
        row.answer_due = (on_day_off(calendar, extended, DueOnDayOff(row.day_off))
                          if row.day_off else extended)
        row.extension_days, row.extension_reason = extra_days, reason.strip()
        add_step(s, desk, row.id, "extended", reason.strip())
        s.flush()
        return request_view(s, row)


def list_requests(desk: Desk, *, open_only: bool = False, today: date | None = None,
                  lang: str = "vi") -> list[RequestRow]:
    """The queue: soonest due first (acknowledgement date until acknowledged)."""
    day = today or today_vn()
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        query = select(DataRequest, Customer.full_name).join(
            Customer, Customer.id == DataRequest.customer_id)
        if open_only:
            query = query.where(DataRequest.status.in_([st.value for st in OPEN_STATUSES]))
        rows = [request_row(r, name, day, lang) for r, name in s.execute(query)]
    closed_last = {RequestUrgency.CLOSED: 1}
    return sorted(rows, key=lambda r: (closed_last.get(r.urgency, 0), r.next_due, r.number))


def queue_counts(desk: Desk, today: date | None = None) -> QueueCounts:
    rows = list_requests(desk, open_only=True, today=today)
    return QueueCounts(len(rows), sum(r.urgency is RequestUrgency.OVERDUE for r in rows),
                       sum(r.urgency is RequestUrgency.DUE_SOON for r in rows))


def requests_of_customer(desk: Desk, customer_id: str) -> list[RequestView]:
    with desk.tx() as s:
        rows = s.scalars(select(DataRequest).where(DataRequest.customer_id == customer_id)
                         .order_by(DataRequest.received_on, DataRequest.number))
        return [request_view(s, r) for r in rows]
