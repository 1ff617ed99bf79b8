"""A desk checks every row it pulls (issue 12): a malformed row written at head office
is set aside with its table, id and reason; every other row applies and the desk's own
changes still leave it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from jpf_desk.cli import main
from jpf_desk.services.head_office.sync import set_aside_rows, sync_now, sync_status
from jpf_desk.store.base import SHARED_CENTRE, new_id
from jpf_desk.store.engine import open_store
from jpf_desk.store.models import Course, Customer, PublicHoliday
from jpf_desk.sync.limits import MAX_ROW_BYTES
from tests.helpers.staff import password_on_stdin, signed_in_args
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer, head_office_rows, outbox_size
from tests.sync.test_conflicts import second_desk

STAMPS = {"created_at": "2026-11-01T02:00:00+00:00", "updated_at": "2026-11-01T02:00:00+00:00",
          "changed_by": None, "revision": 1}


def owner_writes(ho: HeadOffice, table: str, row_id: str, data: dict[str, object],
                 centre: str = SHARED_CENTRE) -> None:
    """Head office's owner writes a row as it is. Head office's own checks (data id,
    size) are lifted for the statement: such a row may be older than they are, or the
    owner's account misused; a desk must hold whatever it pulls to its own checks."""
    with ho.admin() as conn, conn.transaction():
        conn.execute("ALTER TABLE ho.rows DROP CONSTRAINT IF EXISTS rows_data_id, "
                     "DROP CONSTRAINT IF EXISTS rows_size")
        conn.execute("INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
                     "origin_store, ho_seq) VALUES (%s, %s, %s, 1, %s, 'head-office', 0)",
                     (table, row_id, centre, json.dumps(data)))
        conn.execute("ALTER TABLE ho.rows ADD CONSTRAINT rows_data_id CHECK (deleted OR "
                     "data->>'id' = row_id) NOT VALID, ADD CONSTRAINT rows_size CHECK "
                     f"(octet_length(data::text) <= {MAX_ROW_BYTES}) NOT VALID")


def holiday(row_id: str, day: str) -> dict[str, object]:
    return {"id": row_id, "centre_id": SHARED_CENTRE, "day": day, "name": "Tết Dương lịch",
            "kind": "holiday", "confirmed": True, "note": "", **STAMPS}


def course(row_id: str, code: str, description: str = "") -> dict[str, object]:
    return {"id": row_id, "centre_id": SHARED_CENTRE, "code": code, "name": "Tiếng Pháp A1",
            "kind": "general", "level": "A1", "exam": None, "hours": 60,
            "fee_vnd": 4_500_000, "description": description, **STAMPS}


def test_malformed_rows_are_set_aside_and_the_rest_syncs(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    a = make_desk("HN1")
    sync_now(a.desk)
    b = second_desk(a, tmp_path)
    centre = a.desk.actor.centre_id
    bad_day, other_id, big, stranger, unknown = (new_id() for _ in range(5))
    good_day, good_course = new_id(), new_id()
    owner_writes(head_office, "public_holidays", bad_day, holiday(bad_day, "ba mươi Tết"))
    owner_writes(head_office, "courses", other_id, course(new_id(), "A1-X"))
    owner_writes(head_office, "courses", big, course(big, "A1-BIG", "x" * 300_000))
    owner_writes(head_office, "customers", stranger, {  # filed as ours, says another centre
        "id": stranger, "centre_id": new_id(), "family_name": "Phan", "given_name": "Lạ",
        "full_name": "Phan Lạ", "search_key": "phan la", **STAMPS}, centre=centre)
    owner_writes(head_office, "no_such_table", unknown, {"id": unknown, **STAMPS})
    owner_writes(head_office, "public_holidays", good_day, holiday(good_day, "2027-01-01"))
    owner_writes(head_office, "courses", good_course, course(good_course, "A1-OK"))

    mine = add_customer(a.desk, "Đinh", "Thảo")
    sync_now(a.desk)  # pulls the bad rows first, then pushes its own change anyway
    assert outbox_size(a.desk) == 0
    assert (a.desk.actor.centre_id and
            ("customers", mine, 1) in head_office_rows(head_office, centre))
    expected = {("public_holidays", bad_day, "bad_value"),
                ("courses", other_id, "id_mismatch"), ("courses", big, "too_large"),
                ("customers", stranger, "other_centre"),
                ("no_such_table", unknown, "unknown_table")}
    sync_now(b)
    for desk in (a.desk, b):
        with desk.tx() as s:
            assert s.get(PublicHoliday, good_day) is not None
            assert s.get(Course, good_course) is not None
            assert s.get(Course, other_id) is None and s.get(Course, big) is None
            assert s.get(Customer, stranger) is None
            assert list(s.scalars(select(PublicHoliday.id))) == [good_day]
    with b.tx() as s:
        assert s.get(Customer, mine) is not None
    for desk in (a.desk, b):
        listed = {(r.table_name, r.row_id, r.reason.value) for r in set_aside_rows(desk)}
        assert listed == expected
        assert all(r.quarantined for r in set_aside_rows(desk))
        assert sync_status(desk).quarantined == 5 and sync_status(desk).parked == 0

    # Later syncs neither fail nor list them twice; the command line counts them.
    folder = tmp_path / "second-desk"
    b.store.close()
    signing_in = signed_in_args("Trần Văn Thử")
    password_on_stdin(monkeypatch)
    assert main(["sync", "--data-dir", str(folder), "--json", *signing_in]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["quarantined"] == 5 and report["parked"] == 0
    password_on_stdin(monkeypatch)
    assert main(["sync", "--data-dir", str(folder), "status", "--json", *signing_in]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["quarantined"] == 5
    assert {(r["table"], r["row_id"], r["reason"]) for r in status["set_aside"]} == expected
    password_on_stdin(monkeypatch)
    assert main(["sync", "--data-dir", str(folder), "status", *signing_in]) == 0
    text = capsys.readouterr().out
    assert bad_day in text and "public_holidays" in text
    assert "ba mươi" not in text  # ids and reasons, never the row's values
    open_store(folder).close()


def test_a_good_version_of_a_set_aside_row_replaces_it(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    day = new_id()
    owner_writes(head_office, "public_holidays", day, holiday(day, "2027-02-30"))
    sync_now(a.desk)
    assert [r.row_id for r in set_aside_rows(a.desk)] == [day]
    with head_office.admin() as conn:  # head office corrects its row
        conn.execute("UPDATE ho.rows SET data = %s, revision = 2 WHERE row_id = %s",
                     (json.dumps(holiday(day, "2027-02-10")), day))
    sync_now(a.desk)
    assert set_aside_rows(a.desk) == []
    with a.desk.tx() as s:
        found = s.get(PublicHoliday, day)
        assert found is not None and str(found.day) == "2027-02-10"


def test_rows_set_aside_by_an_older_version_are_checked_again(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    """A desk upgraded since it quarantined a row (say, a table it did not know) tries
    it again at the next sync: checked anew, applied when good."""
    from jpf_desk.domain.sync_inbox import SetAsideReason
    from jpf_desk.sync import parking
    from jpf_desk.sync.protocol import PulledRow

    a = make_desk("HN1")
    sync_now(a.desk)
    day, bad = new_id(), new_id()
    with a.desk.tx() as s:  # as the older version left them
        parking.set_aside(s, PulledRow("public_holidays", day, SHARED_CENTRE, 1,
                                       holiday(day, "2027-04-30"), False, "head-office", 1),
                          SetAsideReason.UNKNOWN_TABLE)
        parking.set_aside(s, PulledRow("public_holidays", bad, SHARED_CENTRE, 1,
                                       holiday(bad, "30/4"), False, "head-office", 2),
                          SetAsideReason.UNKNOWN_TABLE)
    sync_now(a.desk)
    with a.desk.tx() as s:
        assert s.get(PublicHoliday, day) is not None
    assert [(r.row_id, r.reason.value, r.detail) for r in set_aside_rows(a.desk)] == [
        (bad, "bad_value", "day")]
