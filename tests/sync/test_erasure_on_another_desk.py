"""An erasure done on a desk other than the one that made the person's rows.

Any desk of a centre may take an erasure request. Head office applies a pushed change only
on top of the revision it was made on (issue 11, "never back"), so the erasure's rows must
carry their real revisions: with a made-up one, head office took the erasure of a person
another desk had created for a stale edit, turned it away as a conflict, and the person's
name, ID number and history stayed at head office and on every other desk.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from sqlalchemy import select, text, update

from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.services.consent.verify import verify_consents
from jpf_desk.services.courses import enrolments
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput, GuardianInput
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.rights import erasure
from jpf_desk.store.models import Customer, Enrolment, OutboxEntry
from jpf_desk.store.tracking import record_bulk
from tests.requests.builders import NAME, TODAY
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.test_erasure_sync import (
    NEW_STREET,
    OLD_STREET,
    desks_a_and_b,
    enrolled_person,
    head_office_text,
    person_input,
)

GUARDIAN = "Đỗ Thị Hồng Nhung"
GUARDIAN_ID = "001180044455"


def minor_with_guardian() -> CustomerInput:
    return CustomerInput(
        family_name="Đỗ", middle_name="Minh", given_name="Khuê", birth_date=date(2015, 4, 1),
        sex="female", guardians=[GuardianInput(GUARDIAN, "mother", "0977 111 333", "cccd",
                                               GUARDIAN_ID)])


def test_an_erasure_on_the_other_desk_reaches_head_office_and_the_desk_that_made_the_person(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    with desks_a_and_b(make_desk, tmp_path) as (a, b, course_id):
        # Desk A makes everything: the person, consent, enrolment, payments, a history row
        # (the street changed), and a minor with a guardian.
        customer_id, _enrolment_id = enrolled_person(a, course_id)
        records.update_customer(a, customer_id, person_input(NEW_STREET),
                                reason="khách chuyển nhà", today=TODAY)
        minor_id = records.create_customer(a, minor_with_guardian(),
                                           allow_duplicates=True).customer.id
        sync_now(a)
        sync_now(b)  # desk B now holds them all, as head office does

        erasure.erase_customer(b, customer_id, "Khách yêu cầu xoá, đã hết khoá học")
        erasure.erase_customer(b, minor_id, "Phụ huynh yêu cầu xoá")
        pushed = sync_now(b)
        assert (pushed.conflicts, pushed.refused) == (0, 0)
        pulled = sync_now(a)
        assert pulled.conflicts == 0

        at_head_office = head_office_text(head_office)
        for value in (unicodedata.normalize("NFC", NAME), OLD_STREET, NEW_STREET,
                      "001199088812", "913222444", "giang.pham@example.vn", GUARDIAN,
                      GUARDIAN_ID, "977111333", "Khuê"):
            assert value not in at_head_office, value
        with a.store.session(None, None) as s:
            statuses = dict(s.execute(select(Customer.id, Customer.status)
                                      .where(Customer.id.in_([customer_id, minor_id]))).all())
            guardian_names = s.execute(text(
                "SELECT full_name FROM guardians WHERE minor_id = :m"), {"m": minor_id}
            ).scalars().all()
        assert statuses == {customer_id: "deleted", minor_id: "deleted"}
        assert GUARDIAN not in guardian_names
        for desk in (a, b):
            assert verify_consents(desk).ok


def test_a_bulk_change_queues_each_rows_revision_as_it_is_after_the_change(
        make_desk: MakeDesk) -> None:
    """Read after an insert or an update, before a delete: the push derives from it the
    revision head office holds (revision - 1 for an update, the revision for a delete)."""
    desk = make_desk("HN1").desk
    ids = [records.create_customer(desk, person_input(f"{n} Phố Huế"),
                                   allow_duplicates=True).customer.id for n in (1, 2)]
    with desk.store.session(desk.actor.centre_id, desk.actor.staff_id) as s:
        s.execute(update(Customer).where(Customer.id == ids[0]).values(revision=4))
        s.execute(text("DELETE FROM outbox"))
    with desk.store.session(desk.actor.centre_id, desk.actor.staff_id) as s:
        s.execute(update(Customer).where(Customer.id.in_(ids))
                  .values(notes="x", revision=Customer.revision + 1))
        record_bulk(s, "customers", ids, "update")
        record_bulk(s, "customers", [ids[1]], "delete")  # before its delete
        record_bulk(s, "customers", ["no-such-row"], "update")  # nothing to send for it
        queued = s.execute(select(OutboxEntry.row_id, OutboxEntry.op, OutboxEntry.revision)
                           .order_by(OutboxEntry.seq)).all()
    assert [tuple(q) for q in queued] == [(ids[0], "update", 5), (ids[1], "update", 2),
                                          (ids[1], "delete", 2)]


def test_an_erasure_made_before_pulling_the_other_desks_later_edit_still_wins(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    """Desk B erases the person while desk A's later edits (their street, their enrolment's
    status) have reached head office but not B: the erasure is not a stale change for a
    person to arbitrate, it wins; A's change that holds nothing of the person stays."""
    with desks_a_and_b(make_desk, tmp_path) as (a, b, course_id):
        customer_id, enrolment_id = enrolled_person(a, course_id)
        sync_now(a)
        sync_now(b)
        records.update_customer(a, customer_id, person_input(NEW_STREET),
                                reason="khách chuyển nhà", today=TODAY)
        enrolments.change_status(a, enrolment_id, EnrolmentStatus.CANCELLED)
        sync_now(a)  # head office holds the new street and status; desk B has not pulled

        erasure.erase_customer(b, customer_id, "Khách yêu cầu xoá, đã hết khoá học")
        pushed = sync_now(b)
        assert (pushed.conflicts, pushed.refused) == (0, 0)
        assert sync_now(a).conflicts == 0
        with b.store.session(None, None) as s:  # nothing left waiting to go
            assert s.scalar(text("SELECT count(*) FROM outbox")) == 0

        at_head_office = head_office_text(head_office)
        for value in (unicodedata.normalize("NFC", NAME), OLD_STREET, NEW_STREET,
                      "001199088812", "913222444", "giang.pham@example.vn"):
            assert value not in at_head_office, value
        for desk in (a, b):
            with desk.store.session(None, None) as s:
                assert s.scalar(select(Customer.status)
                                .where(Customer.id == customer_id)) == "deleted"
                assert s.scalar(select(Enrolment.status)
                                .where(Enrolment.id == enrolment_id)) == "cancelled"
