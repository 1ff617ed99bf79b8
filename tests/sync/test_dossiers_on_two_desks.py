"""Study-abroad dossiers worked on from two desks of a centre.

A consultant on desk B moves on a dossier desk A opened, ticks its documents, sometimes
before B has pulled A's latest change: nothing may be lost, stuck in the outbox or
shown as a conflict when the two desks changed different things.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jpf_desk.domain.dossier_stages import Stage
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import render_error
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.documents import (
    attach_file,
    checklist,
    read_document,
    set_checked,
)
from jpf_desk.services.dossiers.workflow import (
    DossierInput,
    change_stage,
    create_dossier,
    get_dossier,
    stage_history,
)
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.models import OutboxEntry
from tests.dossiers.helpers import make_customer
from tests.sync.conftest import MakeDesk
from tests.sync.test_erasure_sync import desks_a_and_b

pytestmark = pytest.mark.postgres

OPENED = date(2026, 11, 2)
SIGNED = date(2026, 11, 10)
CHOSEN = date(2026, 11, 20)


def outbox(desk: Desk) -> int:
    with desk.store.session(None, None) as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def opened_on_a(a: Desk) -> str:
    customer_id = make_customer(a)
    return create_dossier(a, DossierInput(customer_id, a.actor.staff_id, "september", 2027,
                                          "Thạc sĩ"), today=OPENED).id


def test_a_stage_on_one_desk_and_a_document_on_the_other_both_stay(
        make_desk: MakeDesk, tmp_path: Path) -> None:
    with desks_a_and_b(make_desk, tmp_path) as (a, b, _course):
        dossier_id = opened_on_a(a)
        sync_now(a)
        sync_now(b)

        change_stage(a, dossier_id, Stage.CONTRACT_SIGNED, "Ký hợp đồng", on=SIGNED)
        first = checklist(b, dossier_id, today=SIGNED)[0]
        set_checked(b, first.id, True)
        assert sync_now(a).conflicts == 0
        pushed = sync_now(b)
        assert (pushed.conflicts, pushed.refused) == (0, 0)
        assert sync_now(a).conflicts == 0

        for desk in (a, b):
            assert get_dossier(desk, dossier_id, today=SIGNED).stage is Stage.CONTRACT_SIGNED
            item = next(i for i in checklist(desk, dossier_id, today=SIGNED) if i.id == first.id)
            assert item.checked is True
            assert outbox(desk) == 0


def test_the_stage_changed_on_both_desks_is_a_conflict_a_manager_sees(
        make_desk: MakeDesk, tmp_path: Path) -> None:
    """Two consultants moved the same dossier to different stages before syncing: the
    dossier's stage is for a person to settle; both log lines stay, in one order."""
    with desks_a_and_b(make_desk, tmp_path) as (a, b, _course):
        dossier_id = opened_on_a(a)
        sync_now(a)
        sync_now(b)

        change_stage(a, dossier_id, Stage.CONTRACT_SIGNED, "Ký hợp đồng", on=SIGNED)
        change_stage(b, dossier_id, Stage.ON_HOLD, "Khách tạm dừng", on=CHOSEN)
        assert sync_now(a).conflicts == 0
        pushed = sync_now(b)
        assert (pushed.conflicts, pushed.refused) == (1, 0)
        assert sync_now(a).conflicts == 0

        histories = [[(h.from_stage, h.to_stage, h.changed_on)
                      for h in stage_history(desk, dossier_id)] for desk in (a, b)]
        expected = [(None, Stage.FIRST_CONSULTATION, OPENED),
                    (Stage.FIRST_CONSULTATION, Stage.CONTRACT_SIGNED, SIGNED),
                    (Stage.FIRST_CONSULTATION, Stage.ON_HOLD, CHOSEN)]
        assert histories == [expected, expected]


def test_a_scan_attached_on_a_is_listed_on_b_and_opening_it_there_says_where_it_is(
        make_desk: MakeDesk, tmp_path: Path) -> None:
    """Scans stay in the data folder of the desk that stored them (sealed under its
    store's key; head office never holds them). Desk B lists the document as received
    with its file, and opening it says the file is on another desk, in words: before,
    it was an unexpected error (a bug report with a reference)."""
    with desks_a_and_b(make_desk, tmp_path) as (a, b, _course):
        dossier_id = opened_on_a(a)
        passport = next(i for i in checklist(a, dossier_id, today=SIGNED)
                        if i.kind_code == "passport")
        attach_file(a, passport.id, "ho-chieu.png", b"\x89PNG passport scan", on=SIGNED)
        sync_now(a)
        assert sync_now(b).conflicts == 0
        assert (outbox(a), outbox(b)) == (0, 0)

        on_b = next(i for i in checklist(b, dossier_id, today=SIGNED) if i.id == passport.id)
        assert (on_b.file_name, on_b.received_on, on_b.has_file) == (
            "ho-chieu.png", SIGNED, True)
        with pytest.raises(DomainError) as not_here:
            read_document(b, passport.id)
        assert not_here.value.code == "file.not_on_this_desk"
        assert render_error(not_here.value, "en") == (
            "This file is not on this computer: a scan stays on the computer it was "
            "attached on (files do not go through head office), or it was removed from "
            "the data folder. Open or send it from that computer.")
        assert read_document(a, passport.id) == ("ho-chieu.png", b"\x89PNG passport scan")
