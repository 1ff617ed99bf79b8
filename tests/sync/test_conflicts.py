"""Rows changed on two desks of one centre become conflicts, never silent overwrites."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.customers.records import get_customer, update_customer
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.conflicts import Keep, list_conflicts, resolve_conflict
from jpf_desk.services.head_office.sync import sync_now, sync_status
from jpf_desk.store import tracking
from jpf_desk.store.engine import open_store
from jpf_desk.store.models import Customer, FieldChange, OutboxEntry
from tests.helpers.staff import sign_in_as
from tests.helpers.stores import copy_store
from tests.sync.conftest import CentreDesk, HeadOffice, MakeDesk
from tests.sync.helpers import (
    add_customer,
    become_another_desk,
    head_office_rows,
    local_rows,
    outbox_size,
)


def rename(desk: Desk, customer_id: str, given: str) -> None:
    update_customer(desk, customer_id, CustomerInput(
        family_name="Nguyễn", given_name=given, birth_date=date(1999, 3, 14),
        phone="0912345678"), allow_duplicates=True, reason="test")


def second_desk(first: CentreDesk, tmp_dir: object) -> Desk:
    """The same centre's second desk: a copy of the first desk's synced store."""
    from pathlib import Path

    folder = Path(str(tmp_dir)) / "second-desk"
    folder.mkdir()
    first.desk.store.close()
    copy_store(first.data_dir, folder)
    first.desk.store = open_store(first.data_dir)
    store = open_store(folder)
    desk = sign_in_as(store, "Trần Văn Thử")
    become_another_desk(desk)
    return desk


@pytest.fixture
def two_desks(make_desk: MakeDesk, tmp_path: object) -> tuple[Desk, Desk, str]:
    a = make_desk("HN1")
    customer = add_customer(a.desk, "Nguyễn", "An")
    sync_now(a.desk)
    b = second_desk(a, tmp_path)
    return a.desk, b, customer


def test_change_on_both_sides_becomes_a_conflict(two_desks: tuple[Desk, Desk, str],
                                                 head_office: HeadOffice) -> None:
    a, b, customer = two_desks
    try:
        rename(a, customer, "Anh")
        sync_now(a)
        rename(b, customer, "Ánh")
        report = sync_now(b)
        assert report.conflicts == 1
        assert get_customer(b, customer).full_name.endswith("Ánh")  # local kept
        conflicts = list_conflicts(b)
        assert len(conflicts) == 1
        pairs = {p.name: p for p in conflicts[0].fields}
        assert pairs["given_name"].local == "Ánh" and pairs["given_name"].remote == "Anh"
        assert not pairs["birth_date"].differs
        # Head office kept A's version; B's change waits in the outbox.
        with a.tx() as s:
            rev_a = s.get(Customer, customer).revision  # type: ignore[union-attr]
        assert ("customers", customer, rev_a) in head_office_rows(head_office, a.actor.centre_id)
        assert outbox_size(b) > 0
        # Field history of both desks (append-only) went through without conflict.
        with b.tx() as s:
            assert s.scalar(select(func.count()).select_from(OutboxEntry)
                            .where(OutboxEntry.table_name == "field_changes")) == 0

        resolve_conflict(b, conflicts[0].id, Keep.LOCAL)
        assert list_conflicts(b) == []
        sync_now(b)
        assert outbox_size(b) == 0
        sync_now(a)
        assert get_customer(a, customer).full_name.endswith("Ánh")
        assert local_rows(a) == local_rows(b) == head_office_rows(head_office, a.actor.centre_id)
        assert sync_status(b).conflicts == 0
    finally:
        b.store.close()


def test_keep_head_office_version(two_desks: tuple[Desk, Desk, str],
                                  head_office: HeadOffice) -> None:
    a, b, customer = two_desks
    try:
        rename(a, customer, "Anh")
        sync_now(a)
        rename(b, customer, "Ánh")
        sync_now(b)
        (conflict,) = list_conflicts(b)
        resolve_conflict(b, conflict.id, Keep.HEAD_OFFICE)
        assert get_customer(b, customer).full_name.endswith("Anh")
        sync_now(b)
        sync_now(a)
        assert outbox_size(b) == 0
        assert local_rows(a) == local_rows(b) == head_office_rows(head_office, a.actor.centre_id)
    finally:
        b.store.close()


def test_changes_from_another_desk_are_applied_without_outbox(
        two_desks: tuple[Desk, Desk, str]) -> None:
    a, b, customer = two_desks
    try:
        rename(a, customer, "Anh")
        sync_now(a)
        report = sync_now(b)
        assert report.pulled > 0 and report.conflicts == 0
        assert get_customer(b, customer).full_name.endswith("Anh")
        assert outbox_size(b) == 0  # applying a pulled row is not a local change
        with a.tx() as s:
            rev_a = s.get(Customer, customer).revision  # type: ignore[union-attr]
        with b.tx() as s:
            assert s.get(Customer, customer).revision == rev_a  # type: ignore[union-attr]
            history = s.scalar(select(func.count()).select_from(FieldChange)
                               .where(FieldChange.row_id == customer))
        assert history and history > 0  # A's field history came along, append-only
    finally:
        b.store.close()


def test_sync_apply_flag_writes_no_outbox_and_keeps_revision(desk: Desk) -> None:
    with desk.tx() as s:
        before = s.scalar(select(func.count()).select_from(OutboxEntry))
    with desk.tx() as s:
        s.info[tracking.SYNC_APPLY] = True
        row = Customer(id="c-applied", centre_id=desk.actor.centre_id, given_name="An",
                       full_name="An", revision=7)
        s.add(row)
        s.flush()
        row.notes = "changed at head office"
    with desk.tx() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == before
        assert s.get(Customer, "c-applied").revision == 7  # type: ignore[union-attr]
        assert s.scalar(select(func.count()).select_from(FieldChange)
                        .where(FieldChange.row_id == "c-applied")) == 0
    # Without the flag, the same kind of change is tracked as usual.
    with desk.tx() as s:
        s.get(Customer, "c-applied").notes = "changed here"  # type: ignore[union-attr]
    with desk.tx() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == (before or 0) + 2
        assert s.get(Customer, "c-applied").revision == 8  # type: ignore[union-attr]


def test_pulled_deletion_that_breaks_a_key_here_does_not_block_sync(
        two_desks: tuple[Desk, Desk, str], head_office: HeadOffice) -> None:
    from jpf_desk.store.models import Guardian

    a, b, customer = two_desks
    try:
        with b.tx() as s:  # B records a guardian for the customer, not yet synced
            s.add(Guardian(minor_id=customer, relationship="mother", given_name="Hoa",
                           full_name="Trần Thị Hoa"))
        with head_office.admin() as conn:  # head office removes the customer meanwhile
            conn.execute("UPDATE ho.rows SET deleted = true WHERE row_id = %s", (customer,))
        report = sync_now(b)
        assert report.pulled >= 1
        assert outbox_size(b) == 0
        with b.tx() as s:
            assert s.get(Customer, customer) is not None  # kept: its guardian needs it
        assert sync_status(b).last_error == ""
    finally:
        b.store.close()


def test_deleted_at_head_office_but_still_needed_here(
        two_desks: tuple[Desk, Desk, str], head_office: HeadOffice) -> None:
    from jpf_desk.domain.errors import ValidationError
    from jpf_desk.store.models import Guardian

    a, b, customer = two_desks
    try:
        rename(b, customer, "Ánh")  # B changes the customer and adds a guardian...
        with b.tx() as s:
            s.add(Guardian(minor_id=customer, relationship="father", given_name="Nam",
                           full_name="Lê Văn Nam"))
        with head_office.admin() as conn:  # ...while head office deletes the customer
            conn.execute("UPDATE ho.rows SET deleted = true, origin_store = 'head-office' "
                         "WHERE row_id = %s", (customer,))
        assert sync_now(b).conflicts == 1
        (conflict,) = list_conflicts(b)
        assert conflict.remote_deleted and not conflict.local_deleted
        with pytest.raises(ValidationError) as refused:
            resolve_conflict(b, conflict.id, Keep.HEAD_OFFICE)
        assert refused.value.code == "sync.conflict_keep_blocked"
        assert get_customer(b, customer).full_name.endswith("Ánh")  # nothing half-done
        resolve_conflict(b, conflict.id, Keep.LOCAL)
        sync_now(b)
        with head_office.admin() as conn:
            row = conn.execute("SELECT deleted FROM ho.rows WHERE row_id = %s",
                               (customer,)).fetchone()
        assert row == (False,)
        assert outbox_size(b) == 0
    finally:
        b.store.close()


def test_change_racing_a_push_is_turned_away_then_becomes_a_conflict(
        two_desks: tuple[Desk, Desk, str], head_office: HeadOffice) -> None:
    from jpf_desk.services.head_office.sync import store_id
    from jpf_desk.sync.client import SyncRun

    a, b, customer = two_desks
    try:
        rename(a, customer, "Anh")
        rename(b, customer, "Ánh")
        raced: list[object] = []

        def a_syncs_first(step: str) -> None:
            if step == "batch_sending" and not raced:  # B has pulled, A pushes now
                raced.append(sync_now(a))

        report = SyncRun(b.store, b.actor.centre_id, store_id(b), hook=a_syncs_first).run()
        assert raced and report.conflicts == 1
        (conflict,) = list_conflicts(b)
        assert conflict.row_id == customer
        with a.tx() as s:
            rev_a = s.get(Customer, customer).revision  # type: ignore[union-attr]
        assert ("customers", customer, rev_a) in head_office_rows(head_office,
                                                                  a.actor.centre_id)
        assert get_customer(b, customer).full_name.endswith("Ánh")
        assert outbox_size(b) > 0  # B's change waits for a person's decision
    finally:
        b.store.close()
