"""The access log reaches head office, and the centre's other desks receive it: each
desk's chain verifies there too."""

from __future__ import annotations

from datetime import date

import pytest

from jpf_desk.services.access_log.verify import verify_access_log
from jpf_desk.services.customers import records
from jpf_desk.services.customers.id_number import reveal_id_number
from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.head_office.sync import sync_now, sync_status
from jpf_desk.store.engine import open_store
from tests.helpers.staff import sign_in_as
from tests.helpers.stores import copy_store
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import become_another_desk

pytestmark = pytest.mark.postgres


def test_access_events_reach_head_office_and_the_centres_other_desk(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path) -> None:
    first = make_desk("HN1")
    sync_now(first.desk)  # the centre and its staff, before the second desk is installed
    first.desk.store.close()
    folder = tmp_path / "second"
    folder.mkdir()
    copy_store(first.data_dir, folder)
    first.desk.store = open_store(first.data_dir)
    second = sign_in_as(open_store(folder), "Trần Văn Thử")
    become_another_desk(second)
    try:
        customer_id = records.create_customer(first.desk, CustomerInput(
            family_name="Lý", middle_name="Văn", given_name="Tài", sex="male",
            birth_date=date(1988, 3, 4), phone="0912 000 111", id_kind="cccd",
            id_number="001088012345")).customer.id
        for _ in range(2):
            reveal_id_number(first.desk, customer_id)
        sync_now(first.desk)
        assert sync_status(first.desk).last_error == ""
        pushed = head_office.rows("access_events")
        assert len(pushed) == 2 and {r[2] for r in pushed} == {first.desk.actor.centre_id}
        sync_now(second)
        assert sync_status(second).last_error == ""
        check = verify_access_log(second.store)
        assert (check.events, check.chains, check.mismatch) == (2, 1, None)
    finally:
        second.store.close()
