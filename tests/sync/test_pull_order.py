"""Pulled rows are applied parents first and never dropped (issue 11, finding 1).

A child can reach a desk before its parent: the parent was edited later (so head office
holds it under a later sequence number), the rows of a batch came in another order, or
the parent is shared data edited at head office. Each case here puts the page boundary
between child and parent and checks the child arrives all the same.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from jpf_desk.domain.consent import ConsentMethod
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.verify import verify_consents
from jpf_desk.services.courses.catalogue import create_class
from jpf_desk.services.head_office.sync import store_id, sync_now, sync_status
from jpf_desk.store.models import ConsentReceipt, Course, CourseClass, Customer, Guardian
from jpf_desk.sync.client import SyncRun
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import (
    add_customers,
    bulk_customers,
    bulk_edit,
    head_office_rows,
    local_rows,
)
from tests.sync.test_conflicts import second_desk
from tests.sync.test_reference_and_deletes import publish_course


def test_guardian_of_a_minor_edited_after_many_others_is_not_lost(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    """The smallest case of the issue: the minor's last change goes out two batches
    after its guardian (4,000 edits between them: the minor lands on a later page than
    its guardian whatever order the rows of its batch take)."""
    a = make_desk("HN1")
    others = bulk_customers(a.desk, 4000)
    sync_now(a.desk)
    b = second_desk(a, tmp_path)
    try:
        with a.desk.tx() as s:
            minor = Customer(family_name="Lý", given_name="Bé Na", full_name="Lý Bé Na",
                             search_key="ly be na", birth_date=date(2018, 5, 1))
            s.add(minor)
            s.flush()
            guardian = Guardian(minor_id=minor.id, relationship="mother",
                                given_name="Hoa", full_name="Trần Thị Hoa")
            s.add(guardian)
            s.flush()
            minor_id, guardian_id = minor.id, guardian.id
        bulk_edit(a.desk, others, "đã gọi điện")
        with a.desk.tx() as s:
            found = s.get(Customer, minor_id)
            assert found is not None
            found.notes = "mẹ đón lúc 17:00"
        sync_now(a.desk)

        sync_now(b)
        with b.tx() as s:
            assert s.get(Customer, minor_id) is not None
            assert s.get(Guardian, guardian_id) is not None
        centre = a.desk.actor.centre_id
        assert local_rows(b) == local_rows(a.desk) == head_office_rows(head_office, centre)
        status = sync_status(b)
        assert (status.parked, status.quarantined) == (0, 0)
    finally:
        b.store.close()


def test_superseding_receipts_arrive_with_the_receipts_they_replace(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    customers = sorted(add_customers(a.desk, 12))
    sync_now(a.desk)
    b = second_desk(a, tmp_path)
    try:
        pairs = []
        for customer in customers:
            first = capture_consent(a.desk, customer, ConsentInput(given=frozenset({"service"})))
            second = capture_consent(a.desk, customer, ConsentInput(
                given=frozenset({"service", "marketing"}), method=ConsentMethod.PAPER,
                signed_on=date(2026, 11, 2)))
            pairs.append((first.id, second.id))
        sync_now(a.desk)

        # Head office holds each superseding receipt after the one it replaces (the
        # rows of a batch go out in the order they were changed, not by id).
        with head_office.admin() as conn:
            seqs = dict(conn.execute(  # type: ignore[arg-type]
                "SELECT row_id, ho_seq FROM ho.rows WHERE table_name = 'consent_receipts'"
            ).fetchall())
        assert all(seqs[old] < seqs[new] for old, new in pairs)

        # A desk pulling one row per page meets every child before or after its parent
        # according to head office's order; nothing may be left out either way.
        SyncRun(b.store, b.actor.centre_id, store_id(b), page_size=1).run()
        with b.tx() as s:
            have = set(s.scalars(select(ConsentReceipt.id)))
        assert have >= {r for pair in pairs for r in pair}
        assert verify_consents(b).mismatch is None
        assert local_rows(b) == local_rows(a.desk)
        assert (sync_status(b).parked, sync_status(b).quarantined) == (0, 0)
    finally:
        b.store.close()


def test_receipts_out_of_order_at_head_office_still_apply(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    """Whatever order head office holds them in: each superseding receipt is moved
    ahead of the receipt it replaces there (written again by the owner)."""
    a = make_desk("HN1")
    customers = sorted(add_customers(a.desk, 3))
    sync_now(a.desk)
    b = second_desk(a, tmp_path)
    try:
        newer = []
        for customer in customers:
            capture_consent(a.desk, customer, ConsentInput(given=frozenset({"service"})))
            newer.append(capture_consent(a.desk, customer, ConsentInput(
                given=frozenset({"service"}), method=ConsentMethod.PAPER,
                signed_on=date(2026, 11, 2))).id)
        sync_now(a.desk)
        with head_office.admin() as conn:  # older receipts and their events now last
            conn.execute("UPDATE ho.rows SET revision = revision WHERE table_name IN "
                         "('consent_receipts', 'consent_events') AND NOT row_id = ANY(%s)",
                         (newer,))
        SyncRun(b.store, b.actor.centre_id, store_id(b), page_size=2).run()
        assert local_rows(b) == local_rows(a.desk)
        assert verify_consents(b).mismatch is None
    finally:
        b.store.close()


def test_a_class_of_a_shared_course_edited_later_at_head_office(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    sync_now(a.desk)
    b = second_desk(a, tmp_path)
    try:
        course_id = publish_course(head_office, "A1-2027")
        sync_now(a.desk)
        klass = create_class(a.desk, course_id, "A1-2701-1", start_date=date(2027, 1, 4),
                             end_date=date(2027, 4, 4), capacity=16, fee_vnd=4_500_000)
        sync_now(a.desk)
        with head_office.admin() as conn:  # head office edits its shared course later
            conn.execute("UPDATE ho.rows SET data = jsonb_set(data, '{fee_vnd}', %s), "
                         "revision = 2 WHERE row_id = %s",
                         (json.dumps(4_800_000), course_id))

        SyncRun(b.store, b.actor.centre_id, store_id(b), page_size=1).run()
        with b.tx() as s:
            course = s.get(Course, course_id)
            assert course is not None and course.fee_vnd == 4_800_000
            assert s.get(CourseClass, klass.id) is not None
            assert s.scalar(select(func.count()).select_from(CourseClass)) == 1
        assert sync_status(b).parked == 0
    finally:
        b.store.close()


def test_a_row_whose_parent_never_came_stays_parked_and_listed(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    """Parked, not dropped: listed with the parent it waits for, tried at every sync,
    applied once the parent arrives (here: head office publishes the course late)."""
    from jpf_desk.services.head_office.sync import set_aside_rows
    from jpf_desk.store.base import new_id
    from tests.sync.test_quarantine import STAMPS, course, owner_writes

    a = make_desk("HN1")
    centre = a.desk.actor.centre_id
    class_id, course_id = new_id(), new_id()
    owner_writes(head_office, "classes", class_id, {
        "id": class_id, "centre_id": centre, "course_id": course_id, "code": "A1-2702-1",
        "start_date": "2027-02-01", "end_date": "2027-05-01", "capacity": 12,
        "fee_vnd": 4_500_000, **STAMPS}, centre=centre)
    for _ in range(2):
        report = sync_now(a.desk)
        assert (report.parked, report.quarantined) == (1, 0)
        (row,) = set_aside_rows(a.desk)
        assert (row.table_name, row.row_id, row.reason.value, row.detail) == (
            "classes", class_id, "waiting_parent", f"courses:{course_id}")
        assert not row.quarantined
    assert row.tries >= 2
    owner_writes(head_office, "courses", course_id, course(course_id, "A1-LATE"))
    assert sync_now(a.desk).parked == 0
    with a.desk.tx() as s:
        assert s.get(CourseClass, class_id) is not None
    assert set_aside_rows(a.desk) == []
