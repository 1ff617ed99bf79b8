"""Enrolling customers in classes: seats, the waitlist and the status flow."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.processing import ProcessingRefusal
from jpf_desk.services.consent.policy import SERVICE
from jpf_desk.services.courses.catalogue import SEAT_STATUSES, seat_counts
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights import processing
from jpf_desk.store.models import Course, CourseClass, Customer, Enrolment, Payment

ALLOWED = {
    EnrolmentStatus.WAITLISTED: {EnrolmentStatus.PENDING, EnrolmentStatus.CANCELLED},
    EnrolmentStatus.PENDING: {EnrolmentStatus.CONFIRMED, EnrolmentStatus.CANCELLED},
    EnrolmentStatus.CONFIRMED: {EnrolmentStatus.COMPLETED, EnrolmentStatus.CANCELLED},
    EnrolmentStatus.COMPLETED: set(),
    EnrolmentStatus.CANCELLED: set(),
}

register({
    "enrolment.already_enrolled": {
        "vi": "Khách hàng đã đăng ký lớp này.",
        "fr": "Ce client est déjà inscrit dans cette classe.",
        "en": "This customer is already enrolled in this class.",
    },
    "enrolment.bad_transition": {
        "vi": "Không thể chuyển trạng thái từ «{old}» sang «{new}».",
        "fr": "Impossible de passer de « {old} » à « {new} ».",
        "en": "Cannot change the status from '{old}' to '{new}'.",
    },
    "enrolment.no_seat": {
        "vi": "Lớp đã đủ chỗ: không thể nhận thêm học viên từ danh sách chờ.",
        "fr": "La classe est complète : impossible de sortir de la liste d'attente.",
        "en": "The class is full: cannot take a student off the waitlist.",
    },
    "enrolment.service_consent_missing": {
        "vi": "Chưa thể ghi danh: khách hàng chưa đồng ý cho JPF xử lý dữ liệu để cung cấp "
              "dịch vụ. Hãy ghi nhận sự đồng ý trước.",
        "fr": "Inscription impossible : le client n'a pas consenti au traitement de ses données "
              "pour le service. Recueillez d'abord son consentement.",
        "en": "Cannot enrol: the customer has not consented to JPF processing their data to "
              "deliver the service. Record their consent first.",
    },
    "enrolment.unknown_status": {
        "vi": "Trạng thái «{status}» không tồn tại.",
        "fr": "Le statut « {status} » n'existe pas.",
        "en": "The status '{status}' does not exist.",
    },
    "enrolment.overbooked": {
        "vi": "Lớp {code} có {taken} học viên giữ chỗ cho {capacity} chỗ (ghi danh cùng lúc ở "
              "nhiều máy khi mất mạng): hãy chuyển bớt sang danh sách chờ.",
        "fr": "La classe {code} compte {taken} places prises pour {capacity} (inscriptions "
              "simultanées sur plusieurs postes hors ligne) : passez-en en liste d'attente.",
        "en": "Class {code} has {taken} seats taken for {capacity} (enrolled on several desks "
              "while offline): move some students to the waitlist.",
    },
    "enrolment.class_ended": {
        "vi": "Lớp này đã kết thúc.",
        "fr": "Cette classe est terminée.",
        "en": "This class has ended.",
    },
})


@dataclass(frozen=True)
class EnrolmentView:
    id: str
    customer_id: str
    customer_name: str
    class_id: str
    class_code: str
    course_name: str
    status: str
    waitlist_position: int | None
    placement_result: str
    fee_vnd: int
    paid_vnd: int
    enrolled_on: date

    @property
    def balance_vnd(self) -> int:
        return self.fee_vnd - self.paid_vnd


def paid_total(session: Session, enrolment_id: str) -> int:
    query = select(func.coalesce(func.sum(Payment.amount_vnd), 0)).where(
        Payment.enrolment_id == enrolment_id
    )
    return int(session.scalar(query) or 0)


def _view(session: Session, e: Enrolment) -> EnrolmentView:
    customer = session.get(Customer, e.customer_id)
    klass = session.get(CourseClass, e.class_id)
    assert customer is not None and klass is not None
    course = session.get(Course, klass.course_id)
    return EnrolmentView(
        e.id, e.customer_id, customer.full_name, e.class_id, klass.code,
        course.name if course else "", e.status, e.waitlist_position, e.placement_result,
        e.fee_vnd, paid_total(session, e.id), e.enrolled_on,
    )


def _next_waitlist_position(session: Session, class_id: str) -> int:
    query = select(func.max(Enrolment.waitlist_position)).where(Enrolment.class_id == class_id)
    return int(session.scalar(query) or 0) + 1


def _require_service(session: Session, customer_id: str, day: date) -> None:
    """A seat is processing for "service": the customer's restriction, objection or
    withdrawal stops it, with the reason named (never consent alone)."""
    if processing.refusal(session, customer_id, SERVICE, day) is ProcessingRefusal.NO_CONSENT:
        raise DomainError("enrolment.service_consent_missing", field="consent")
    processing.require(session, customer_id, SERVICE, field="consent", today=day)


def enrol(
    desk: Desk, customer_id: str, class_id: str, *, placement_result: str = "",
    fee_vnd: int | None = None, today: date | None = None,
) -> EnrolmentView:
    """A seat (pending) when one is free, else a place at the end of the waitlist."""
    day = today or today_vn()
    with desk.tx() as s:
        klass = s.get(CourseClass, class_id)
        if klass is None:
            raise not_found("class", class_id)
        if s.get(Customer, customer_id) is None:
            raise not_found("customer", customer_id)
        _require_service(s, customer_id, day)
        if klass.end_date < day:
            raise DomainError("enrolment.class_ended", field="class")
        active = select(Enrolment.id).where(
            Enrolment.class_id == class_id, Enrolment.customer_id == customer_id,
            Enrolment.status.in_([*SEAT_STATUSES, EnrolmentStatus.WAITLISTED.value]),
        )
        if s.scalars(active).first() is not None:
            raise DomainError("enrolment.already_enrolled", field="class")
        taken, _ = seat_counts(s, [class_id])[class_id]
        full = taken >= klass.capacity
        row = Enrolment(
            customer_id=customer_id, class_id=class_id,
            status=(EnrolmentStatus.WAITLISTED if full else EnrolmentStatus.PENDING).value,
            waitlist_position=_next_waitlist_position(s, class_id) if full else None,
            placement_result=placement_result.strip(),
            fee_vnd=klass.fee_vnd if fee_vnd is None else fee_vnd, enrolled_on=day,
        )
        s.add(row)
        s.flush()
        return _view(s, row)


def change_status(desk: Desk, enrolment_id: str, new: EnrolmentStatus) -> list[EnrolmentView]:
    """Move an enrolment on; cancelling a seat offers it to the first on the waitlist.

    Returns every enrolment that changed (the one asked for, then a promoted one).
    """
    with desk.tx() as s:
        row = s.get(Enrolment, enrolment_id)
        if row is None:
            raise not_found("enrolment", enrolment_id)
        old = EnrolmentStatus(row.status)
        if new not in ALLOWED[old]:
            raise DomainError("enrolment.bad_transition", field="status", old=old, new=new)
        klass = s.get(CourseClass, row.class_id)
        assert klass is not None
        if new in (EnrolmentStatus.PENDING, EnrolmentStatus.CONFIRMED):
            _require_service(s, row.customer_id, today_vn())
        if old is EnrolmentStatus.WAITLISTED and new is EnrolmentStatus.PENDING:
            taken, _ = seat_counts(s, [row.class_id])[row.class_id]
            if taken >= klass.capacity:
                raise DomainError("enrolment.no_seat", field="status")
        row.status = new.value
        if new is not EnrolmentStatus.WAITLISTED:
            row.waitlist_position = None
        changed = [row]
        if old.value in SEAT_STATUSES and new is EnrolmentStatus.CANCELLED:
            s.flush()
            # The first on the waitlist whose data may still be processed for the service.
            first = next((e for e in s.scalars(
                select(Enrolment)
                .where(Enrolment.class_id == row.class_id,
                       Enrolment.status == EnrolmentStatus.WAITLISTED.value)
                .order_by(Enrolment.waitlist_position))
                if processing.may_process(s, e.customer_id, SERVICE)), None)
            if first is not None:
                first.status, first.waitlist_position = EnrolmentStatus.PENDING.value, None
                changed.append(first)
        s.flush()
        return [_view(s, e) for e in changed]


def enrolments_of_customer(desk: Desk, customer_id: str) -> list[EnrolmentView]:
    with desk.tx() as s:
        rows = s.scalars(select(Enrolment).where(Enrolment.customer_id == customer_id)
                         .order_by(Enrolment.enrolled_on.desc()))
        return [_view(s, e) for e in rows]


def enrolments_of_class(desk: Desk, class_id: str) -> list[EnrolmentView]:
    """Seat holders first, then the waitlist in order."""
    with desk.tx() as s:
        rows = s.scalars(select(Enrolment).where(Enrolment.class_id == class_id)
                         .order_by(Enrolment.waitlist_position.is_not(None),
                                   Enrolment.waitlist_position, Enrolment.created_at))
        return [_view(s, e) for e in rows]


def recent_enrolments(desk: Desk, *, status: str | None = None,
                      limit: int = 200) -> list[EnrolmentView]:
    """This centre's enrolments, newest first (optionally one status, e.g. the waitlist).

    One query with the names and amounts paid joined in: the section lists it unasked.
    """
    if status is not None and status not in {s.value for s in EnrolmentStatus}:
        raise ValidationError("enrolment.unknown_status", field="status", status=status)
    paid = (select(Payment.enrolment_id, func.sum(Payment.amount_vnd).label("paid"))
            .group_by(Payment.enrolment_id).subquery())
    query = (
        select(Enrolment, Customer.full_name, CourseClass.code, Course.name,
               func.coalesce(paid.c.paid, 0))
        .join(Customer, Customer.id == Enrolment.customer_id)
        .join(CourseClass, CourseClass.id == Enrolment.class_id)
        .outerjoin(Course, Course.id == CourseClass.course_id)
        .outerjoin(paid, paid.c.enrolment_id == Enrolment.id)
        .where(Enrolment.centre_id == desk.actor.centre_id)
        .order_by(Enrolment.enrolled_on.desc(), Enrolment.created_at.desc(), Enrolment.id)
        .limit(limit)
    )
    if status is not None:
        query = query.where(Enrolment.status == status)
    with desk.tx() as s:
        return [
            EnrolmentView(e.id, e.customer_id, name, e.class_id, code, course or "", e.status,
                          e.waitlist_position, e.placement_result, e.fee_vnd, int(amount),
                          e.enrolled_on)
            for e, name, code, course, amount in s.execute(query)
        ]


@dataclass(frozen=True)
class Overbooked:
    class_id: str
    code: str
    seats_taken: int
    capacity: int


def overbooked_classes(desk: Desk) -> list[Overbooked]:
    """Classes of this centre holding more seats than their capacity. Each desk checks
    capacity in its own store; two desks enrolling offline into the last seat only meet
    at the next sync, and then someone has to move a student to the waitlist."""
    with desk.tx() as s:
        seats = (select(Enrolment.class_id, func.count().label("taken"))
                 .where(Enrolment.status.in_(list(SEAT_STATUSES)))
                 .group_by(Enrolment.class_id).subquery())
        rows = s.execute(
            select(CourseClass.id, CourseClass.code, seats.c.taken, CourseClass.capacity)
            .join(seats, seats.c.class_id == CourseClass.id)
            .where(CourseClass.centre_id == desk.actor.centre_id,
                   CourseClass.end_date >= today_vn(),
                   seats.c.taken > CourseClass.capacity)
            .order_by(CourseClass.code))
        return [Overbooked(str(i), str(c), int(t), int(cap)) for i, c, t, cap in rows]
