"""Deciding an update request: a second staff member, a manager, approves or rejects.

On approval the new values go onto the customer in the same transaction as the
decision, through the tracked ORM path (field history with the request number as
reason), and every partner that received an old value gets a follow-up task.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.requests import RequestStatus
from jpf_desk.domain.staff import Action
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights.recipients import partners_holding, partners_that_received
from jpf_desk.services.rights.requests import add_step, close_in_session, load_request, move
from jpf_desk.services.rights.update_fields import apply_changes
from jpf_desk.services.rights.views import (
    OPEN_STATUSES,
    FollowUpView,
    RequestView,
    follow_up_view,
    request_view,
)
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.base import utcnow
from jpf_desk.store.models import (
    DataRequest,
    FollowUpTask,
    RequestFieldChange,
    RequestStep,
)

register({
    "request.not_update": {
        "vi": "Đây không phải yêu cầu sửa đổi thông tin.",
        "fr": "Ce n'est pas une demande de rectification.",
        "en": "This is not an update request."},
    "request.closed": {
        "vi": "Yêu cầu này đã được xử lý xong.", "fr": "Cette demande est déjà close.",
        "en": "This request is already closed."},
    "request.approver_role": {
        "vi": "Chỉ quản lý mới được duyệt yêu cầu sửa đổi.",
        "fr": "Seul un responsable peut valider une rectification.",
        "en": "Only a manager can approve an update request."},
    "request.approver_is_filer": {
        "vi": "Người duyệt phải khác người đã tiếp nhận yêu cầu.",
        "fr": "La validation doit venir d'une autre personne que celle qui a saisi la demande.",
        "en": "The approver must be someone other than the person who filed the request."},
})


def _check_decider(desk: Desk, session: Session, row: DataRequest) -> None:
    if row.kind != RequestKind.UPDATE.value:
        raise DomainError("request.not_update")
    if RequestStatus(row.status) not in OPEN_STATUSES:
        raise DomainError("request.closed")
    check(session, desk.actor.staff_id, Action.APPROVE_CORRECTION)
    filer = session.scalars(select(RequestStep.staff_id).where(
        RequestStep.request_id == row.id, RequestStep.step == RequestStatus.RECEIVED.value)).first()
    if filer == desk.actor.staff_id:
        raise DomainError("request.approver_is_filer")


def approve_update(desk: Desk, request_id: str, *, today: date | None = None,
                   customer_told_on: date | None = None) -> RequestView:
    day = today or today_vn()
    with desk.tx() as s:
        row = load_request(s, request_id)
        _check_decider(desk, s, row)
        customer_id = row.customer_id
    received = partners_that_received(desk, customer_id)
    with desk.tx(reason=f"Yêu cầu {row.number}") as s:
        row = load_request(s, request_id)
        _check_decider(desk, s, row)
        fields = list(s.scalars(select(RequestFieldChange)
                                .where(RequestFieldChange.request_id == row.id)
                                .order_by(RequestFieldChange.created_at)))
        apply_changes(s, row.customer_id, [(f.field, f.new_value) for f in fields], day)
        add_step(s, desk, row.id, "approved")
        holders = partners_holding(received, [f.field for f in fields])
        for partner, hit in holders:
            s.add(FollowUpTask(request_id=row.id, partner_id=partner.partner_id,
                               partner_name=partner.partner_name, fields=",".join(hit)))
        outcome = "Đã cập nhật: " + ", ".join(f.field for f in fields)
        if holders:
            outcome += "; cần báo cho: " + ", ".join(p.partner_name for p, _ in holders)
        close_in_session(s, desk, row, outcome, customer_told_on)
        s.flush()
        return request_view(s, row)


def reject_update(desk: Desk, request_id: str, reason: str,
                  customer_told_on: date | None = None) -> RequestView:
    if not reason.strip():
        raise ValidationError("request.reason_required", field="reason")
    with desk.tx() as s:
        row = load_request(s, request_id)
        _check_decider(desk, s, row)
        row.refusal_reason, row.customer_told_on = reason.strip(), customer_told_on
        add_step(s, desk, row.id, "rejected", reason.strip())
        move(s, desk, row, RequestStatus.REFUSED, reason.strip())
        s.flush()
        return request_view(s, row)


def open_follow_ups(desk: Desk) -> list[FollowUpView]:
    with desk.tx() as s:
        rows = s.scalars(select(FollowUpTask).where(FollowUpTask.status == "open")
                         .order_by(FollowUpTask.created_at))
        return [follow_up_view(t) for t in rows]


def finish_follow_up(desk: Desk, task_id: str, note: str = "") -> FollowUpView:
    with desk.tx() as s:
        task = s.get(FollowUpTask, task_id)
        if task is None:
            raise not_found("follow_up", task_id)
        task.status, task.done_at, task.done_by = "done", utcnow(), desk.actor.staff_id
        task.note = note.strip()
        s.flush()
        return follow_up_view(task)
