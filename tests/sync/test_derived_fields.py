"""Issue 11, "edits to different fields merge by themselves", for the fields computed
from others (a customer's full name, search key, sort key, phone and ID search digits):
they follow the merged values on every desk and at head office, and are never a
conflict of their own."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.customers.records import create_customer, update_customer
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.conflicts import Keep, list_conflicts, resolve_conflict
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.models import Customer
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import outbox_size
from tests.sync.test_conflicts import second_desk

START = {"family_name": "Nguyễn", "given_name": "An", "phone": "0912345678",
         "id_number": "001198012345"}
DERIVED = ("full_name", "search_key", "sort_key", "phone_digits", "phone_rev", "id_rev")


def person(**changes: str) -> CustomerInput:
    values = {**START, **changes}
    return CustomerInput(
        family_name=values["family_name"], given_name=values["given_name"],
        birth_date=date(1998, 7, 9), sex="female", phone=values["phone"], id_kind="cccd",
        id_number=values["id_number"], street="1 Phố Huế")


def stored(desk: Desk, customer_id: str) -> dict[str, Any]:
    columns = ("family_name", "given_name", "phone_e164", "id_number", *DERIVED)
    with desk.tx() as s:
        row = s.get(Customer, customer_id)
        assert row is not None
        return {c: getattr(row, c) for c in columns}


def at_head_office(ho: HeadOffice, customer_id: str) -> dict[str, Any]:
    columns = ("family_name", "given_name", "phone_e164", "id_number", *DERIVED)
    with ho.admin() as conn:
        found = conn.execute("SELECT data FROM ho.rows WHERE table_name = 'customers' "
                             "AND row_id = %s", (customer_id,)).fetchone()
    assert found is not None
    data: dict[str, Any] = found[0]  # type: ignore[assignment]
    return {c: data.get(c) for c in columns}


def sort_key_of(desk: Desk, family: str, given: str) -> str:
    """The sort key the desk gives a person typed with this name (a reference made
    by intake, not by the merge)."""
    made = create_customer(desk, person(family_name=family, given_name=given,
                                        phone="0911000111", id_number="001198099999"),
                           allow_duplicates=True).customer.id
    return str(stored(desk, made)["sort_key"])


@pytest.fixture
def desks(make_desk: MakeDesk, tmp_path: Path) -> tuple[Desk, Desk, str]:
    a = make_desk("HN1")
    customer = create_customer(a.desk, person(), allow_duplicates=True).customer.id
    sync_now(a.desk)
    return a.desk, second_desk(a, tmp_path), customer


def test_family_name_here_given_name_there_both_kept_without_a_conflict(
        desks: tuple[Desk, Desk, str], head_office: HeadOffice) -> None:
    a, b, customer = desks
    try:
        update_customer(a, customer, person(family_name="Trần", phone="0987654321"),
                        allow_duplicates=True, reason="test")
        sync_now(a)
        update_customer(b, customer, person(given_name="Bình", id_number="001198054321"),
                        allow_duplicates=True, reason="test")
        assert sync_now(b).conflicts == 0
        assert sync_now(a).conflicts == 0
        expected = {
            "family_name": "Trần", "given_name": "Bình", "phone_e164": "+84987654321",
            "id_number": "001198054321", "full_name": "Trần Bình",
            "search_key": "tran binh", "phone_digits": "987654321",
            "phone_rev": "123456789", "id_rev": "123450891100",
        }
        reference = sort_key_of(a, "Trần", "Bình")
        for desk in (a, b):
            assert list_conflicts(desk) == []
            found = stored(desk, customer)
            assert found.pop("sort_key") == reference
            assert found == expected
        assert outbox_size(b) == 0
        found = at_head_office(head_office, customer)
        assert found.pop("sort_key") == reference
        assert found == expected
    finally:
        b.store.close()


def test_same_given_name_on_two_desks_is_one_conflict_about_that_field_only(
        desks: tuple[Desk, Desk, str], head_office: HeadOffice) -> None:
    a, b, customer = desks
    try:
        update_customer(a, customer, person(given_name="Anh"), allow_duplicates=True,
                        reason="test")
        sync_now(a)
        update_customer(b, customer, person(given_name="Ánh", family_name="Lê"),
                        allow_duplicates=True, reason="test")
        assert sync_now(b).conflicts == 1
        (conflict,) = list_conflicts(b)
        assert [f.name for f in conflict.fields if f.in_conflict] == ["given_name"]
        assert (stored(b, customer)["full_name"], stored(b, customer)["search_key"]) == (
            "Lê Ánh", "le anh")

        resolve_conflict(b, conflict.id, Keep.HEAD_OFFICE)
        sync_now(b)
        sync_now(a)
        for desk in (a, b):
            assert list_conflicts(desk) == []
            found = stored(desk, customer)
            assert (found["family_name"], found["given_name"], found["full_name"],
                    found["search_key"]) == ("Lê", "Anh", "Lê Anh", "le anh")
        found = at_head_office(head_office, customer)
        assert (found["full_name"], found["search_key"]) == ("Lê Anh", "le anh")
    finally:
        b.store.close()


def test_a_guardians_name_parts_changed_on_two_desks_merge_into_one_full_name(
        make_desk: MakeDesk, tmp_path: Path, head_office: HeadOffice) -> None:
    from jpf_desk.services.customers.input import GuardianInput
    from jpf_desk.store.models import Guardian

    def minor(guardian_name: str) -> CustomerInput:
        return CustomerInput(family_name="Lưu", given_name="Bé", birth_date=date(2016, 3, 2),
                             guardians=[GuardianInput(guardian_name, "father", "0912 888 777",
                                                           "cccd", "001080012345")])

    made = make_desk("HN1")
    a = made.desk
    child = create_customer(a, minor("Lưu Quang Vĩnh"), allow_duplicates=True).customer.id
    sync_now(a)
    b = second_desk(made, tmp_path)
    try:
        update_customer(a, child, minor("Trần Quang Vĩnh"), allow_duplicates=True,
                        reason="test")
        sync_now(a)
        update_customer(b, child, minor("Lưu Quang Minh"), allow_duplicates=True,
                        reason="test")
        assert sync_now(b).conflicts == 0
        sync_now(a)
        for desk in (a, b):
            assert list_conflicts(desk) == []
            with desk.tx() as s:
                (guardian,) = s.query(Guardian).filter(Guardian.minor_id == child)
                assert (guardian.family_name, guardian.middle_name, guardian.given_name,
                        guardian.full_name) == ("Trần", "Quang", "Minh", "Trần Quang Minh")
        with head_office.admin() as conn:
            found = conn.execute("SELECT data->>'full_name' FROM ho.rows "
                                 "WHERE table_name = 'guardians'").fetchall()
        assert found == [("Trần Quang Minh",)]
    finally:
        b.store.close()
