"""A second desk of a centre: joined through head office, it sees the centre's records
and the first desk sees what it adds."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.head_office.join import join_centre
from jpf_desk.services.head_office.sync import connection_settings, store_id, sync_now
from jpf_desk.store.engine import Store, open_store
from jpf_desk.store.models import Customer, Staff
from jpf_desk.sync.connection import ConnectionSettings
from jpf_desk.sync.errors import SyncFailed
from tests.helpers.stores import copy_store
from tests.sync.conftest import CentreDesk, HeadOffice, MakeDesk
from tests.sync.helpers import add_customer, add_customers, outbox_size


def _empty_store(tmp_path: Path, empty_store: Path, name: str) -> Store:
    folder = tmp_path / name
    folder.mkdir()
    copy_store(empty_store, folder)
    return open_store(folder)


def _settings_of(first: CentreDesk) -> ConnectionSettings:
    return connection_settings(first.desk)


def test_second_desk_joins_and_both_see_each_others_records(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path,
        empty_store: Path) -> None:
    first = make_desk("HN1")
    other_centre = make_desk("HCM1")
    ours = add_customers(first.desk, 12)
    theirs = add_customer(other_centre.desk, "Đỗ", "Chi")
    sync_now(first.desk)
    sync_now(other_centre.desk)

    store = _empty_store(tmp_path, empty_store, "second")
    try:
        second = join_centre(store, _settings_of(first), first.password, "Phạm Thu Hà")
        assert second.actor.centre_id == first.desk.actor.centre_id
        assert store_id(second) != store_id(first.desk)
        with second.tx() as s:
            seen = set(s.scalars(select(Customer.id)))
            staff = s.get(Staff, second.actor.staff_id)
            assert staff is not None and staff.role == Role.RECEPTIONIST.value
        assert seen == ours and theirs not in seen
        assert setup.identity(store) is not None

        # What the second desk adds reaches the first after both sync.
        added = add_customer(second, "Vũ", "Minh")
        sync_now(second)
        assert outbox_size(second) == 0
        sync_now(first.desk)
        with first.desk.tx() as s:
            assert s.get(Customer, added) is not None
            assert s.get(Staff, second.actor.staff_id) is not None  # the new receptionist
    finally:
        store.close()


def test_a_known_staff_member_is_found_by_name(make_desk: MakeDesk, tmp_path: Path,
                                               empty_store: Path) -> None:
    first = make_desk("HN1")
    sync_now(first.desk)
    store = _empty_store(tmp_path, empty_store, "second")
    try:
        # The first desk's manager is "Trần Văn Thử"; typed without accents here.
        second = join_centre(store, _settings_of(first), first.password, "tran van thu")
        assert second.actor.staff_id == first.desk.actor.staff_id
        assert outbox_size(second) == 0  # nothing new to push
    finally:
        store.close()


def test_wrong_password_leaves_the_store_unset(make_desk: MakeDesk, tmp_path: Path,
                                               empty_store: Path) -> None:
    first = make_desk("HN1")
    sync_now(first.desk)
    store = _empty_store(tmp_path, empty_store, "second")
    try:
        with pytest.raises(SyncFailed) as failed:
            join_centre(store, _settings_of(first), "not-the-password", "Phạm Thu Hà")
        assert failed.value.code == "sync.auth"
        assert setup.identity(store) is None
        assert sync_now(first.desk).pushed == 0  # the first desk's password was not replaced
        # The right password then works on the same store.
        assert join_centre(store, _settings_of(first), first.password, "Phạm Thu Hà")
    finally:
        store.close()


def test_refusals_before_anything_is_written(make_desk: MakeDesk, tmp_path: Path,
                                             empty_store: Path) -> None:
    first = make_desk("HN1")
    other = make_desk("HCM1")
    sync_now(first.desk)
    sync_now(other.desk)
    with pytest.raises(ValidationError) as missing:
        join_centre(first.desk.store, _settings_of(first), first.password, "  ")
    assert missing.value.field == "staff_name"
    with pytest.raises(ValidationError) as already:
        join_centre(first.desk.store, _settings_of(first), first.password, "Phạm Thu Hà")
    assert already.value.code == "join.already_set_up"

    # A store that began joining one centre cannot be finished with another's account.
    store = _empty_store(tmp_path, empty_store, "second")
    try:
        with setup_session(store) as s:
            setup.put_setting(s, setup.CENTRE_ID, first.desk.actor.centre_id)
        with pytest.raises(ValidationError) as wrong:
            join_centre(store, _settings_of(other), other.password, "Phạm Thu Hà")
        assert wrong.value.code == "join.other_centre"
    finally:
        store.close()


def test_a_centre_that_never_synced_cannot_be_joined_yet(make_desk: MakeDesk, tmp_path: Path,
                                                         empty_store: Path) -> None:
    first = make_desk("HN1")  # its role exists at head office, its data does not
    store = _empty_store(tmp_path, empty_store, "second")
    try:
        with pytest.raises(ValidationError) as early:
            join_centre(store, _settings_of(first), first.password, "Phạm Thu Hà")
        assert early.value.code == "join.centre_not_synced"
        assert setup.identity(store) is None
        sync_now(first.desk)
        assert join_centre(store, _settings_of(first), first.password, "Phạm Thu Hà")
    finally:
        store.close()


def setup_session(store: Store):  # type: ignore[no-untyped-def]
    return store.session(None, None)


class _Stopped(Exception):
    """What the join dialog's Cancel (or a dropped line) raises in the sync."""


def test_a_join_stopped_after_the_pull_carries_on_when_tried_again(
        make_desk: MakeDesk, tmp_path: Path, empty_store: Path) -> None:
    first = make_desk("HN1")
    ours = add_customers(first.desk, 6)
    sync_now(first.desk)
    store = _empty_store(tmp_path, empty_store, "second")
    ticks: list[int] = []

    def stop_after_the_first_page() -> None:
        ticks.append(1)
        if len(ticks) == 2:
            raise _Stopped()

    try:
        with pytest.raises(_Stopped):
            join_centre(store, _settings_of(first), first.password, "Phạm Thu Hà",
                        check_cancelled=stop_after_the_first_page)
        assert setup.identity(store) is None  # not a desk yet: the first-run dialog again
        second = join_centre(store, _settings_of(first), first.password, "Phạm Thu Hà")
        with second.tx() as s:
            assert set(s.scalars(select(Customer.id))) == ours
        assert outbox_size(second) == 1  # only the new receptionist, to push
    finally:
        store.close()
