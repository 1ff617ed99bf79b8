"""Reference data from head office reaches every centre; local deletions travel as
tombstones and are applied on the centre's other desks."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.base import SHARED_CENTRE, new_id
from jpf_desk.store.models import Course, Guardian
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer, head_office_rows, local_rows, outbox_size
from tests.sync.test_conflicts import second_desk


def publish_course(ho: HeadOffice, code: str) -> str:
    """Head office adds a course to the shared catalogue (as its owner)."""
    course_id = new_id()
    data = {"id": course_id, "centre_id": SHARED_CENTRE, "code": code,
            "name": "Tiếng Pháp A1", "kind": "general", "level": "A1", "exam": None,
            "hours": 60, "fee_vnd": 4_500_000, "description": "",
            "created_at": "2026-11-01T02:00:00+00:00",
            "updated_at": "2026-11-01T02:00:00+00:00", "changed_by": None, "revision": 1}
    with ho.admin() as conn:
        conn.execute("INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
                     "origin_store, ho_seq) VALUES ('courses', %s, %s, 1, %s, 'head-office', 0)",
                     (course_id, SHARED_CENTRE, json.dumps(data)))
    return course_id


def test_shared_course_reaches_every_centre_read_only(make_desk: MakeDesk,
                                                       head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    b = make_desk("HCM1")
    course_id = publish_course(head_office, "A1-2027")
    for desk in (a.desk, b.desk):
        assert sync_now(desk).pulled >= 1
        with desk.tx() as s:
            course = s.get(Course, course_id)
            assert course is not None and course.fee_vnd == 4_500_000
            assert course.centre_id == SHARED_CENTRE
        assert outbox_size(desk) == 0  # received, not a local change
    with head_office.as_role(a.role, a.password) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # readable, never writable
            conn.execute("UPDATE ho.rows SET revision = 9 WHERE row_id = %s", (course_id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO ho.rows (table_name, row_id, centre_id, revision, "
                         "data, origin_store) VALUES ('courses', 'x', %s, 1, '{}', 's')",
                         (SHARED_CENTRE,))

    # A desk that edits shared data anyway gets head office's version back at its next
    # sync (head office is the one writer): nothing is pushed, nothing refused.
    with a.desk.tx() as s:
        course = s.get(Course, course_id)
        assert course is not None
        course.fee_vnd = 1
    report = sync_now(a.desk)
    assert (report.refused, report.settled.matched) == (0, 1) and outbox_size(a.desk) == 0
    with a.desk.tx() as s:
        assert s.get(Course, course_id).fee_vnd == 4_500_000  # type: ignore[union-attr]
    with head_office.admin() as conn:
        row = conn.execute("SELECT data->>'fee_vnd' FROM ho.rows WHERE row_id = %s",
                           (course_id,)).fetchone()
    assert row == ("4500000",)

    # Deleting it here: it comes back the same way; head office keeps it.
    with b.desk.tx() as s:
        s.delete(s.get(Course, course_id))
    report = sync_now(b.desk)
    assert (report.refused, report.settled.matched) == (0, 1) and outbox_size(b.desk) == 0
    with b.desk.tx() as s:
        assert s.get(Course, course_id) is not None
    with head_office.admin() as conn:
        row = conn.execute("SELECT deleted FROM ho.rows WHERE row_id = %s",
                           (course_id,)).fetchone()
    assert row == (False,)


def test_deletion_travels_as_a_tombstone(make_desk: MakeDesk, head_office: HeadOffice,
                                         tmp_path: Path) -> None:
    a = make_desk("HN1")
    customer = add_customer(a.desk, "Nguyễn", "An")
    with a.desk.tx() as s:
        guardian = Guardian(minor_id=customer, relationship="mother", given_name="Hoa",
                            full_name="Trần Thị Hoa")
        s.add(guardian)
        s.flush()
        guardian_id = guardian.id
    sync_now(a.desk)
    b: Desk = second_desk(a, tmp_path)
    try:
        with b.tx() as s:
            assert s.get(Guardian, guardian_id) is not None
        with a.desk.tx() as s:
            s.delete(s.get(Guardian, guardian_id))
        sync_now(a.desk)
        assert outbox_size(a.desk) == 0
        with head_office.admin() as conn:
            deleted, name = conn.execute(  # type: ignore[misc]
                "SELECT deleted, data->>'full_name' FROM ho.rows WHERE row_id = %s",
                (guardian_id,)).fetchone()
        # The row stays as a tombstone (no centre may remove it), without its data
        # (right to erasure: a deleted person's values must not survive here).
        assert deleted is True and name is None
        with head_office.as_role(a.role, a.password) as conn, \
                pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM ho.rows WHERE row_id = %s", (guardian_id,))

        sync_now(b)
        with b.tx() as s:
            assert s.get(Guardian, guardian_id) is None
            assert list(s.scalars(select(Guardian.id))) == []
        assert local_rows(a.desk) == local_rows(b) == head_office_rows(
            head_office, a.desk.actor.centre_id)
    finally:
        b.store.close()

