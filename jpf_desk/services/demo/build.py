"""Demo stores filled with invented data, for `make run`, screenshots and benchmarks.

Bulk Core inserts (with their outbox rows) so that 100,000 customers take seconds, not
the minutes that one transaction per customer would; every value still goes through
the same validation as the intake form.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.bulk import insert_rows, row_values
from jpf_desk.services.courses.catalogue import (
    create_class,
    create_course,
)
from jpf_desk.services.customers.input import validate
from jpf_desk.services.customers.records import apply_values, guardian_rows
from jpf_desk.services.demo.people import invented_customer
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff import sign_in
from jpf_desk.store.base import new_id
from jpf_desk.store.engine import Store
from jpf_desk.store.models import Customer, Enrolment, Guardian, Payment

CHUNK = 5000
# "module:function" called as function(desk, customer_ids, rng) after the core data;
# features add theirs here (consents, dossiers, requests).
DEMO_EXTENSIONS: tuple[str, ...] = (
    "jpf_desk.services.demo.consent:demo_consents",
    "jpf_desk.services.demo.dossiers:demo_dossiers",
    "jpf_desk.services.demo.requests:demo_requests",
)

COURSES = (
    ("A1-G", "Tiếng Pháp A1 – Căn bản", CourseKind.GENERAL, "A1", None, 90, 4_500_000),
    ("A2-G", "Tiếng Pháp A2", CourseKind.GENERAL, "A2", None, 90, 4_800_000),
    ("B1-G", "Tiếng Pháp B1", CourseKind.GENERAL, "B1", None, 120, 6_200_000),
    ("B2-G", "Tiếng Pháp B2", CourseKind.GENERAL, "B2", None, 120, 6_900_000),
    ("C1-G", "Tiếng Pháp C1", CourseKind.GENERAL, "C1", None, 120, 7_500_000),
    ("DELF-B1", "Luyện thi DELF B1", CourseKind.EXAM_PREP, "B1", "DELF", 60, 5_000_000),
    ("DELF-B2", "Luyện thi DELF B2", CourseKind.EXAM_PREP, "B2", "DELF", 60, 5_500_000),
    ("DALF-C1", "Luyện thi DALF C1", CourseKind.EXAM_PREP, "C1", "DALF", 60, 6_000_000),
    ("TCF", "Luyện thi TCF", CourseKind.EXAM_PREP, None, "TCF", 40, 4_000_000),
    ("KIDS-1", "Tiếng Pháp thiếu nhi 1", CourseKind.KIDS, "A1", None, 60, 3_600_000),
)


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    classes: int
    enrolments: int
    payments: int


# Every demo staff member signs in with this published password (README, and printed
# by `jpf-desk demo`): a demo store holds invented people only.
DEMO_PASSWORD = "demo-jpf-2026"
DEMO_STAFF = (("Đào Thu Hà", Role.MANAGER), ("Phùng Văn Khải", Role.RECEPTIONIST),
              ("Mạc Thị Lan", Role.CONSULTANT))


def _desk(store: Store) -> Desk:
    manager = DEMO_STAFF[0][0]
    if setup.is_set_up(store):  # a demo store filled before: its manager signs in
        return sign_in.sign_in(store, sign_in.find_staff(store, manager), DEMO_PASSWORD)
    desk = setup.initialise(store, "HN-KM", "JPF Hà Nội – Cơ sở Kim Mã", manager,
                            password=DEMO_PASSWORD)
    for name, role in DEMO_STAFF[1:]:
        setup.add_staff(desk, name, role, password=DEMO_PASSWORD, must_change=False)
    return desk


def _chunks(total: int) -> Iterator[int]:
    done = 0
    while done < total:
        yield min(CHUNK, total - done)
        done += CHUNK


def _customers(desk: Desk, count: int, rng: random.Random, today: date,
               progress: Callable[[int, int], None]) -> list[str]:
    ids: list[str] = []
    for size in _chunks(count):
        customers, guardians = [], []
        for _ in range(size):
            valid = validate(invented_customer(rng, today, minor_share=0.15), today)
            row = Customer(id=new_id())
            apply_values(row, valid)
            customers.append(row_values(row, desk))
            guardians += [row_values(g, desk) for g in guardian_rows(row.id, valid)]
        with desk.tx() as s:
            insert_rows(s, Customer, customers)
            insert_rows(s, Guardian, guardians)
        ids += [c["id"] for c in customers]
        progress(len(ids), count)
    return ids


def _classes(desk: Desk, today: date) -> list[tuple[str, int, int]]:
    """(class id, capacity, fee) of a few classes per course, some started already."""
    made = []
    for n, (code, name, kind, level, exam, hours, fee) in enumerate(COURSES):
        kids = kind is CourseKind.KIDS
        course = create_course(desk, code, name, kind, level=level, exam=exam, hours=hours,
                               fee_vnd=fee, min_age=None if kids else 16,
                               max_age=15 if kids else None)
        for k, offset in enumerate((-30, 14, 45)):
            start = today + timedelta(days=offset + n)
            klass = create_class(
                desk, course.id, f"{code}-{start:%y%m}-{k + 1}", start_date=start,
                end_date=start + timedelta(days=hours * 2), capacity=rng_capacity(n, k),
                fee_vnd=fee, room=f"P{101 + n}", teacher="Giáo viên " + "ABCDEFGHIJ"[n],
                schedule=("T2-T4-T6 18:00-19:30", "T3-T5 18:00-20:00", "T7-CN 08:30-11:30")[k],
            )
            made.append((klass.id, klass.capacity, fee))
    return made


def rng_capacity(n: int, k: int) -> int:
    return (12, 16, 20)[(n + k) % 3]


def _enrolments(desk: Desk, customer_ids: Sequence[str], classes: list[tuple[str, int, int]],
                rng: random.Random, today: date) -> tuple[int, int]:
    enrolments, payments = [], []
    taken = {cid: 0 for cid, _, _ in classes}
    waiting = {cid: 0 for cid, _, _ in classes}
    # Over-subscribe slightly so that some classes have a waitlist.
    total_seats = sum(cap for _, cap, _ in classes) + len(classes) * 2
    for customer_id in rng.sample(list(customer_ids), min(len(customer_ids), total_seats)):
        class_id, capacity, fee = rng.choice(classes)
        full = taken[class_id] >= capacity
        status = "waitlisted" if full else rng.choice(("pending", "confirmed", "confirmed"))
        if full:
            waiting[class_id] += 1
        else:
            taken[class_id] += 1
        e = Enrolment(id=new_id(), customer_id=customer_id, class_id=class_id, status=status,
                      waitlist_position=waiting[class_id] if full else None,
                      placement_result=rng.choice(("", "A1", "A2", "B1")), fee_vnd=fee,
                      enrolled_on=today - timedelta(days=rng.randrange(40)), note="")
        enrolments.append(row_values(e, desk))
        if status == "confirmed":
            for n in range(rng.randint(1, 2)):
                payments.append(row_values(Payment(
                    id=new_id(), enrolment_id=e.id, amount_vnd=fee // 2, paid_on=e.enrolled_on,
                    method=rng.choice(("cash", "transfer", "card")), instalment_no=n + 1,
                    reference="", note="", received_by=desk.actor.staff_id,
                    receipt_prints=0), desk))
    with desk.tx() as s:
        insert_rows(s, Enrolment, enrolments)
        insert_rows(s, Payment, payments)
    return len(enrolments), len(payments)


def is_empty(store: Store) -> bool:
    with store.session(None, None) as s:
        return not s.scalar(select(func.count()).select_from(Customer))


def fill_demo(store: Store, customers: int, *, seed: int = 2026, today: date | None = None,
              progress: Callable[[int, int], None] = lambda done, total: None,
              desk: Desk | None = None) -> DemoSummary:
    """Add `customers` invented customers, a catalogue, classes and enrolments, as `desk`
    (a signed-in manager) or, on a new or demo store, as the demo manager."""
    day = today or today_vn()
    rng = random.Random(seed)
    desk = desk or _desk(store)
    ids = _customers(desk, customers, rng, day, progress)
    classes = _classes(desk, day)
    enrolled, paid = _enrolments(desk, ids, classes, rng, day)
    for target in DEMO_EXTENSIONS:
        module, function = target.split(":")
        getattr(importlib.import_module(module), function)(desk, ids, rng)
    return DemoSummary(len(ids), len(classes), enrolled, paid)
