"""Issue 11: "the same field edited on two desks is shown field by field (both values,
who, when)". Who made each value of a field in conflict, and when, is that field's own
(from the field history), not the row's last change: here two people edit two fields on
each desk, in opposite orders."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jpf_desk.cli import main
from jpf_desk.domain.staff import Role
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.conflicts import list_conflicts
from jpf_desk.services.head_office.sync import sync_now
from tests.helpers.staff import password_on_stdin, sign_in_as, signed_in, signed_in_args
from tests.sync.conftest import MakeDesk
from tests.sync.helpers import add_customer
from tests.sync.test_conflicts import second_desk
from tests.sync.test_field_conflicts import MANAGER, edit

RECEPTIONIST = "Phạm Minh Tuấn"
# Stamps in the future of every clock floor the desks have seen (tracking.clock_now).
A_EMAIL_AT = datetime(2031, 12, 1, 9, 0, tzinfo=UTC)    # 16:00 in Vietnam
A_STREET_AT = datetime(2031, 12, 1, 9, 30, tzinfo=UTC)  # 16:30
B_EMAIL_AT = datetime(2031, 12, 1, 10, 0, tzinfo=UTC)   # 17:00
B_STREET_AT = datetime(2031, 12, 1, 10, 30, tzinfo=UTC)  # 17:30


def edit_at(monkeypatch: pytest.MonkeyPatch, moment: datetime, desk: Desk, customer: str,
            **values: str) -> None:
    monkeypatch.setattr("jpf_desk.store.tracking.utcnow", lambda: moment)
    edit(desk, customer, **values)
    monkeypatch.undo()


def two_people_two_fields(make_desk: MakeDesk, tmp_path: Path,
                          monkeypatch: pytest.MonkeyPatch) -> tuple[Desk, str]:
    """Desk A: the receptionist changes the e-mail, then the manager the street. Desk B
    (not synced meanwhile): the manager changes the e-mail, then the receptionist the
    street. B's sync finds both fields in conflict. Returns desk B (as its manager)."""
    made = make_desk("HN1")
    a = made.desk
    customer = add_customer(a, "Nguyễn", "An")
    edit(a, customer)
    a_reception = signed_in(a, RECEPTIONIST, Role.RECEPTIONIST)
    sync_now(a)
    b = second_desk(made, tmp_path)
    b_reception = sign_in_as(b.store, RECEPTIONIST)
    edit_at(monkeypatch, A_EMAIL_AT, a_reception, customer, email="an.a@example.vn")
    edit_at(monkeypatch, A_STREET_AT, a, customer, email="an.a@example.vn",
            street="2 Phố Huế")
    sync_now(a)
    edit_at(monkeypatch, B_EMAIL_AT, b, customer, email="an.b@example.vn")
    edit_at(monkeypatch, B_STREET_AT, b_reception, customer, email="an.b@example.vn",
            street="3 Phố Huế")
    assert sync_now(b).conflicts == 1
    return b, customer


def test_each_field_in_conflict_says_who_made_each_value_and_when(
        make_desk: MakeDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    b, _customer = two_people_two_fields(make_desk, tmp_path, monkeypatch)
    try:
        (conflict,) = list_conflicts(b)
        sides = {f.name: (f.local, f.local_by_name, f.local_at,
                          f.remote, f.remote_by_name, f.remote_at)
                 for f in conflict.fields if f.in_conflict}
        assert sides == {
            "email": ("an.b@example.vn", MANAGER, B_EMAIL_AT,
                      "an.a@example.vn", RECEPTIONIST, A_EMAIL_AT),
            "street": ("3 Phố Huế", RECEPTIONIST, B_STREET_AT,
                       "2 Phố Huế", MANAGER, A_STREET_AT),
        }
    finally:
        b.store.close()


def test_the_command_line_lists_who_and_when_per_field(
        make_desk: MakeDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    b, customer = two_people_two_fields(make_desk, tmp_path, monkeypatch)
    folder = str(b.store.path.parent)
    b.store.close()
    password_on_stdin(monkeypatch)
    assert main(["sync", "--data-dir", folder, "conflicts", *signed_in_args(MANAGER)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[1:] == ["customers", customer]
    assert lines[1:] == [
        f"\temail\tan.b@example.vn\tan.a@example.vn\t{MANAGER}, 01/12/2031 17:00"
        f"\t{RECEPTIONIST}, 01/12/2031 16:00",
        f"\tstreet\t3 Phố Huế\t2 Phố Huế\t{RECEPTIONIST}, 01/12/2031 17:30"
        f"\t{MANAGER}, 01/12/2031 16:30",
    ]
    password_on_stdin(monkeypatch)
    assert main(["sync", "--data-dir", folder, "conflicts", *signed_in_args(MANAGER),
                 "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert [(f["field"], f["local_by_name"], f["local_at"], f["head_office_by_name"],
             f["head_office_at"]) for f in listed["fields"]] == [
        ("email", MANAGER, "2031-12-01 10:00:00+00:00", RECEPTIONIST,
         "2031-12-01 09:00:00+00:00"),
        ("street", RECEPTIONIST, "2031-12-01 10:30:00+00:00", MANAGER,
         "2031-12-01 09:30:00+00:00")]
