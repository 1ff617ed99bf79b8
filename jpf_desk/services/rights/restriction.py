"""Restriction, objection and withdrawal: the purposes concerned stop at once.

A restriction or objection is a flag on the customer for some purposes; every feature
that processes for a purpose (enrolment, a send to a partner, a marketing list, an
analytics export) asks the gate in `processing.py`, which also checks the consent. A withdrawal goes through the consent feature
(a new receipt that supersedes the old one).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.consent import METHOD_OF_CHANNEL
from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.requests import RequestChannel, RequestStatus
from jpf_desk.domain.staff import Action
from jpf_desk.services.consent.policy import known_purpose_codes, purpose_wording
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights import processing
from jpf_desk.services.rights.requests import close_in_session, load_request
from jpf_desk.services.rights.views import OPEN_STATUSES, RequestView, request_view
from jpf_desk.services.staff.permissions import allowed, check
from jpf_desk.store.base import utcnow
from jpf_desk.store.models import Restriction


def purpose_choices(lang: str = "vi") -> list[tuple[str, str]]:
    """(code, words) of every purpose the policy versions name, for a list to pick from."""
    return [(code, purpose_wording(code, lang)) for code in known_purpose_codes()]


class _PolicyPurposes(Mapping[str, str]):
    """Vietnamese words of the policy purposes by code, read from the policy each time.

    Only for the printed documents that still index a dict (the printing branch moves
    them to `purpose_wording`); it holds no list of its own.
    """

    def __getitem__(self, code: str) -> str:
        if code not in known_purpose_codes():
            raise KeyError(code)
        return purpose_wording(code, "vi")

    def __iter__(self) -> Iterator[str]:
        return iter(known_purpose_codes())

    def __len__(self) -> int:
        return len(known_purpose_codes())


PURPOSES: Mapping[str, str] = _PolicyPurposes()

register({
    "rights.purpose_unknown": {
        "vi": "Mục đích «{purpose}» không có trong chính sách.",
        "fr": "La finalité « {purpose} » n'existe pas dans la politique.",
        "en": "The purpose '{purpose}' is not in the policy."},
    "rights.manager_only": {
        "vi": "Chỉ quản lý mới được bỏ hạn chế xử lý.",
        "fr": "Seul un responsable peut lever une limitation du traitement.",
        "en": "Only a manager can lift a restriction."},
    "rights.wrong_kind": {
        "vi": "Yêu cầu này không thuộc loại phù hợp.",
        "fr": "Cette demande n'est pas du bon type.",
        "en": "This request is not of the right kind."},
})


@dataclass(frozen=True)
class RestrictionView:
    id: str
    customer_id: str
    kind: str
    purposes: tuple[str, ...]
    active: bool
    started_at: datetime
    lifted_at: datetime | None
    request_id: str | None


def _view(r: Restriction) -> RestrictionView:
    return RestrictionView(r.id, r.customer_id, r.kind, tuple(r.purposes.split(",")), r.active,
                           r.started_at, r.lifted_at, r.request_id)


def _check_purposes(purposes: Iterable[str]) -> list[str]:
    found = list(dict.fromkeys(purposes))
    if not found:
        raise ValidationError("request.purposes_required", field="purposes")
    known = known_purpose_codes()
    for p in found:
        if p not in known:
            raise ValidationError("rights.purpose_unknown", field="purposes", purpose=p)
    return found


def may_process(session: Session, customer_id: str, purpose: str) -> bool:
    """True when the purpose is neither restricted/objected to nor without consent (the
    gate every processing path asks: `services/rights/processing.py`)."""
    return processing.may_process(session, customer_id, purpose)


def restrict(desk: Desk, customer_id: str, kind: RequestKind, purposes: Iterable[str], *,
             request_id: str | None = None, told_on: date | None = None) -> RestrictionView:
    """Flag the customer (restrict or object); with a request, close it in the same step."""
    if kind not in (RequestKind.RESTRICT, RequestKind.OBJECT):
        raise DomainError("rights.wrong_kind")
    chosen = _check_purposes(purposes)
    with desk.tx() as s:
        row = Restriction(customer_id=customer_id, kind=kind.value, purposes=",".join(chosen),
                          request_id=request_id, active=True, started_at=utcnow())
        s.add(row)
        s.flush()
        if request_id is not None:
            req = load_request(s, request_id)
            close_in_session(s, desk, req, "Đã dừng xử lý cho: " + ", ".join(chosen), told_on)
        return _view(row)


def may_lift(desk: Desk) -> bool:
    """Whether the staff member at the desk may lift a restriction (a manager)."""
    return allowed(desk, Action.LIFT_RESTRICTION)


def lift(desk: Desk, restriction_id: str) -> RestrictionView:
    """The purposes may be processed again (manager only; the flag is kept, marked lifted)."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.LIFT_RESTRICTION)
        row = s.get(Restriction, restriction_id)
        if row is None:
            raise not_found("restriction", restriction_id)
        row.active, row.lifted_at = False, utcnow()
        s.flush()
        return _view(row)


def restrictions_of(desk: Desk, customer_id: str) -> list[RestrictionView]:
    with desk.tx() as s:
        rows = s.scalars(select(Restriction).where(Restriction.customer_id == customer_id)
                         .order_by(Restriction.started_at))
        return [_view(r) for r in rows]


def handle_rights_request(desk: Desk, request_id: str,
                          told_on: date | None = None) -> RequestView:
    """Carry out a withdraw / restrict / object request for the purposes it names."""
    with desk.tx() as s:
        req = load_request(s, request_id)
        kind, customer_id = RequestKind(req.kind), req.customer_id
        purposes = [p for p in req.purposes.split(",") if p]
        channel, received_on = RequestChannel(req.channel), req.received_on
        if RequestStatus(req.status) not in OPEN_STATUSES:
            raise DomainError("request.closed")
    if kind is RequestKind.WITHDRAW:
        from jpf_desk.services.consent.capture import withdraw_consent

        # The receipt proves how the withdrawal came (Decree 356 Art. 6: a verifiable
        # method): the request's channel, and for a letter the day it was received.
        withdraw_consent(desk, customer_id, _check_purposes(purposes),
                         method=METHOD_OF_CHANNEL[channel],
                         signed_on=received_on if channel is RequestChannel.PAPER else None)
        with desk.tx() as s:
            req = load_request(s, request_id)
            close_in_session(s, desk, req, "Đã rút lại đồng ý: " + ", ".join(purposes), told_on)
            s.flush()
            return request_view(s, req)
    restrict(desk, customer_id, kind, purposes, request_id=request_id, told_on=told_on)
    with desk.tx() as s:
        return request_view(s, load_request(s, request_id))
