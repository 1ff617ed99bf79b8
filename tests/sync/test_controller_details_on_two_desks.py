"""The centre's controller details (printed on consent receipts) set on two desks of the
centre before either synced: one record of the centre, never a row parked for ever."""

from __future__ import annotations

from pathlib import Path

import pytest

from jpf_desk.domain.controller import ControllerDetails
from jpf_desk.services.consent.controller import controller_settings, set_centre_details
from jpf_desk.services.head_office.conflicts import list_conflicts
from jpf_desk.services.head_office.sync import sync_now
from tests.sync.conftest import MakeDesk
from tests.sync.test_erasure_sync import desks_a_and_b

pytestmark = pytest.mark.postgres

ON_A = ControllerDetails("Công ty JPF – Cơ sở Hà Nội 1", "12 Phố Huế, Hà Nội", "024 3822 1111",
                         "hn1@jpf.example.vn", "Lê Thu Trang")
ON_B = ControllerDetails("Công ty JPF – Cơ sở Hà Nội 1", "12 Phố Huế, Hà Nội", "024 3822 2222",
                         "hn1@jpf.example.vn", "Lê Thu Trang")


def test_the_same_details_set_on_both_desks_are_one_record(make_desk: MakeDesk,
                                                          tmp_path: Path) -> None:
    with desks_a_and_b(make_desk, tmp_path) as (a, b, _course):
        set_centre_details(a, ON_A)
        set_centre_details(b, ON_A)
        for desk in (a, b, a):
            report = sync_now(desk)
            assert (report.conflicts, report.refused, report.parked) == (0, 0, 0)
        for desk in (a, b):
            assert controller_settings(desk).centre == ON_A


def test_a_different_phone_set_on_each_desk_is_a_conflict_for_a_manager(
        make_desk: MakeDesk, tmp_path: Path) -> None:
    with desks_a_and_b(make_desk, tmp_path) as (a, b, _course):
        set_centre_details(a, ON_A)
        set_centre_details(b, ON_B)
        assert sync_now(a).parked == 0
        pushed = sync_now(b)
        assert (pushed.conflicts, pushed.refused, pushed.parked) == (1, 0, 0)
        [conflict] = list_conflicts(b)
        assert conflict.table_name == "controller_contacts"
        assert [f.name for f in conflict.fields if f.in_conflict] == ["phone"]
