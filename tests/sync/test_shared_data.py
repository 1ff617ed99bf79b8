"""Head office is the one writer of shared data: `jpf-desk head-office shared …`,
`offers` and `adopt`, run with an account of head office's own (not a superuser)."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from jpf_desk.cli import main
from jpf_desk.services.courses.catalogue import CourseKind, create_course
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.store.models import Course
from tests.sync.conftest import HeadOffice, MakeDesk


def staff_dsn(ho: HeadOffice) -> str:
    """A head-office staff login: member of jpf_head_office, no superuser, no owner."""
    with ho.admin() as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'ho_staff_t'").fetchone() is None:
            conn.execute("CREATE ROLE ho_staff_t LOGIN PASSWORD 'staff-pw' "
                         "IN ROLE jpf_head_office")  # roles are the server's, not the db's
        conn.execute(f"GRANT CONNECT ON DATABASE {ho.dbname} TO ho_staff_t")
    return ho.server.dsn(ho.dbname, "ho_staff_t", "staff-pw")


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr()
    return capsys.readouterr().out


def test_head_office_publishes_changes_and_retires_shared_rows(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    a = make_desk("HN1")
    b = make_desk("HCM1")
    dsn = staff_dsn(head_office)
    rows = tmp_path / "courses.json"
    rows.write_text(json.dumps([{"code": "B1-2027", "name": "Tiếng Pháp B1", "kind": "general",
                                 "level": "B1", "hours": 90, "fee_vnd": 6_000_000,
                                 "description": ""}]), encoding="utf-8")
    (course_id,) = json.loads(cli(capsys, "head-office", "shared", "put", "courses",
                                  "--file", str(rows), "--dsn", dsn))
    for desk in (a.desk, b.desk):
        sync_now(desk)
        with desk.tx() as s:
            course = s.get(Course, course_id)
            assert course is not None and course.fee_vnd == 6_000_000
            assert course.centre_id == SHARED_CENTRE
    rows.write_text(json.dumps({"id": course_id, "code": "B1-2027", "name": "Tiếng Pháp B1",
                                "kind": "general", "level": "B1", "hours": 90,
                                "fee_vnd": 6_500_000, "description": ""}), encoding="utf-8")
    cli(capsys, "head-office", "shared", "put", "courses", "--file", str(rows), "--dsn", dsn)
    listed = json.loads(cli(capsys, "head-office", "shared", "list", "courses", "--dsn", dsn))
    assert [(c["id"], c["fee_vnd"], c["revision"]) for c in listed] == [
        (course_id, 6_500_000, 2)]
    sync_now(a.desk)
    with a.desk.tx() as s:
        assert s.get(Course, course_id).fee_vnd == 6_500_000  # type: ignore[union-attr]

    cli(capsys, "head-office", "shared", "retire", "courses", course_id, "--dsn", dsn)
    sync_now(b.desk)
    with b.desk.tx() as s:
        assert s.get(Course, course_id) is None

    rows.write_text(json.dumps({"code": "X", "evil_column": 1}), encoding="utf-8")
    assert main(["--lang", "en", "head-office", "shared", "put", "courses", "--file",
                 str(rows), "--dsn", dsn]) != 0
    assert "evil_column" in capsys.readouterr().err
    # The same account is no centre: a centre's role still cannot do any of this.
    with head_office.as_role(a.role, a.password) as conn, \
            pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
                     "origin_store) VALUES ('courses', 'c', %s, 1, '{\"id\": \"c\"}', 's')",
                     (SHARED_CENTRE,))


def test_an_offered_course_is_adopted_under_its_id_and_reaches_every_centre(
        make_desk: MakeDesk, head_office: HeadOffice,
        capsys: pytest.CaptureFixture[str]) -> None:
    a = make_desk("HN1")
    b = make_desk("HCM1")
    made = create_course(a.desk, "KIDS-1", "Tiếng Pháp thiếu nhi", CourseKind.KIDS, hours=40,
                         fee_vnd=3_000_000)
    report = sync_now(a.desk)
    assert (report.settled.offered, report.refused) == (1, 0)
    dsn = staff_dsn(head_office)
    offers = json.loads(cli(capsys, "head-office", "offers", "--dsn", dsn))
    assert [(o["centre_id"], o["table"], o["id"]) for o in offers] == [
        (a.desk.actor.centre_id, "courses", made.id)]
    sync_now(b.desk)
    with b.desk.tx() as s:  # not adopted yet: no other centre sees it
        assert s.get(Course, made.id) is None
    cli(capsys, "head-office", "adopt", a.desk.actor.centre_id, "courses", made.id,
        "--dsn", dsn)
    assert json.loads(cli(capsys, "head-office", "offers", "--dsn", dsn)) == []
    for desk in (b.desk, a.desk):
        sync_now(desk)
        with desk.tx() as s:
            assert [c.code for c in s.scalars(select(Course))] == ["KIDS-1"]
            assert s.get(Course, made.id) is not None
