"""Issue 11 parts 5 and 6: conflicts per field, settled by a person (also from the
command line), the other desk told; history in one order whatever a desk's clock says."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from jpf_desk.cli import main
from jpf_desk.domain.errors import NotAllowed
from jpf_desk.domain.staff import Role
from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.customers.records import field_history, get_customer, update_customer
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.conflicts import (
    NOT_KEPT_REASON,
    Keep,
    list_conflicts,
    resolve_conflict,
)
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.base import utcnow
from tests.helpers.staff import password_on_stdin, signed_in, signed_in_args
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer, head_office_rows, local_rows, outbox_size
from tests.sync.test_conflicts import second_desk

START_EMAIL = "an@example.vn"
MANAGER = "Trần Văn Thử"  # the manager make_desk sets up


def edit(desk: Desk, customer_id: str, *, email: str = START_EMAIL,
         street: str = "1 Phố Huế") -> None:
    update_customer(desk, customer_id, CustomerInput(
        family_name="Nguyễn", given_name="An", birth_date=date(1999, 3, 14),
        phone="0912345678", email=email, street=street), allow_duplicates=True,
        reason="test")


@pytest.fixture
def desks(make_desk: MakeDesk, tmp_path: Path) -> tuple[Desk, Desk, str]:
    a = make_desk("HN1")
    customer = add_customer(a.desk, "Nguyễn", "An")
    edit(a.desk, customer)
    sync_now(a.desk)
    return a.desk, second_desk(a, tmp_path), customer


def test_edits_of_different_fields_merge_by_themselves(
        desks: tuple[Desk, Desk, str], head_office: HeadOffice) -> None:
    a, b, customer = desks
    try:
        edit(a, customer, email="an.moi@example.vn")
        sync_now(a)
        edit(b, customer, street="99 Ngõ Trạm")
        assert sync_now(b).conflicts == 0
        sync_now(a)
        for desk in (a, b):
            view = get_customer(desk, customer)
            assert (view.email, view.street) == ("an.moi@example.vn", "99 Ngõ Trạm")
        assert outbox_size(b) == 0
        assert local_rows(a) == local_rows(b) == head_office_rows(head_office,
                                                                  a.actor.centre_id)
    finally:
        b.store.close()


def test_same_field_on_two_desks_is_settled_field_by_field(
        desks: tuple[Desk, Desk, str], head_office: HeadOffice) -> None:
    a, b, customer = desks
    try:
        edit(a, customer, email="an.a@example.vn")
        sync_now(a)
        edit(b, customer, email="an.b@example.vn", street="99 Ngõ Trạm")
        assert sync_now(b).conflicts == 1
        (conflict,) = list_conflicts(b)
        assert [f.name for f in conflict.fields if f.in_conflict] == ["email"]
        email = next(f for f in conflict.fields if f.name == "email")
        assert (email.local, email.remote) == ("an.b@example.vn", "an.a@example.vn")
        assert email.remote_by == a.actor.staff_id and email.local_by == b.actor.staff_id
        assert email.remote_at is not None and email.local_at is not None
        # The street, changed here only, is merged already: no choice to make about it.
        assert get_customer(b, customer).street == "99 Ngõ Trạm"

        resolve_conflict(b, conflict.id, Keep.HEAD_OFFICE, field="email")
        assert list_conflicts(b) == []
        sync_now(b)
        sync_now(a)  # the other desk learns the outcome
        for desk in (a, b):
            view = get_customer(desk, customer)
            assert (view.email, view.street) == ("an.a@example.vn", "99 Ngõ Trạm")
            not_kept = [h for h in field_history(desk, customer)
                        if h.field == "email" and h.reason == NOT_KEPT_REASON]
            assert [(h.old_value, h.new_value) for h in not_kept] == [
                ("an.b@example.vn", "an.a@example.vn")]
        assert local_rows(a) == local_rows(b) == head_office_rows(head_office,
                                                                  a.actor.centre_id)
    finally:
        b.store.close()


def test_keep_this_desks_value_reaches_the_other_desk(
        desks: tuple[Desk, Desk, str], head_office: HeadOffice) -> None:
    a, b, customer = desks
    try:
        edit(a, customer, email="an.a@example.vn")
        sync_now(a)
        edit(b, customer, email="an.b@example.vn")
        sync_now(b)
        (conflict,) = list_conflicts(b)
        resolve_conflict(b, conflict.id, Keep.LOCAL)
        sync_now(b)
        sync_now(a)
        assert get_customer(a, customer).email == "an.b@example.vn"
        assert [(h.old_value, h.new_value) for h in field_history(a, customer)
                if h.reason == NOT_KEPT_REASON] == [("an.a@example.vn", "an.b@example.vn")]
    finally:
        b.store.close()


def test_settling_needs_the_permission(desks: tuple[Desk, Desk, str]) -> None:
    a, b, customer = desks
    try:
        edit(a, customer, email="an.a@example.vn")
        sync_now(a)
        edit(b, customer, email="an.b@example.vn")
        sync_now(b)
        (conflict,) = list_conflicts(b)
        receptionist = signed_in(b, "Lê Thị Lễ Tân", Role.RECEPTIONIST)
        with pytest.raises(NotAllowed):
            resolve_conflict(receptionist, conflict.id, Keep.LOCAL)
        assert len(list_conflicts(b)) == 1
    finally:
        b.store.close()


def test_conflicts_listed_and_settled_from_the_command_line(
        desks: tuple[Desk, Desk, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, customer = desks
    try:
        edit(a, customer, email="an.a@example.vn")
        sync_now(a)
        edit(b, customer, email="an.b@example.vn")
        sync_now(b)
        folder = str(b.store.path.parent)
        b.store.close()
        password_on_stdin(monkeypatch)
        assert main(["sync", "--data-dir", folder, "conflicts",
                     *signed_in_args(MANAGER), "--json"]) == 0
        (listed,) = json.loads(capsys.readouterr().out)
        assert listed["row_id"] == customer and listed["table"] == "customers"
        assert [(f["field"], f["local"], f["head_office"]) for f in listed["fields"]] == [
            ("email", "an.b@example.vn", "an.a@example.vn")]
        password_on_stdin(monkeypatch)
        assert main(["sync", "--data-dir", folder, "conflicts",
                     *signed_in_args(MANAGER), "resolve", listed["id"], "--keep", "head-office",
                     "--field", "email"]) == 0
        password_on_stdin(monkeypatch)
        assert main(["sync", "--data-dir", folder, "conflicts",
                     *signed_in_args(MANAGER), "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == []
    finally:
        b.store.close()


def test_history_follows_the_order_of_events_not_a_slow_clock(
        desks: tuple[Desk, Desk, str], monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, customer = desks
    try:
        edit(a, customer, email="truoc@example.vn")
        sync_now(a)
        sync_now(b)  # B has seen A's edit; then edits the same field, three days slow
        slow = utcnow() - timedelta(days=3)
        monkeypatch.setattr("jpf_desk.store.tracking.utcnow", lambda: slow)
        edit(b, customer, email="sau@example.vn")
        monkeypatch.undo()
        sync_now(b)
        sync_now(a)
        for desk in (a, b):
            newest = next(h for h in field_history(desk, customer) if h.field == "email")
            assert newest.new_value == "sau@example.vn"
    finally:
        b.store.close()
