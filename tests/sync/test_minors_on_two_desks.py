"""A minor and their guardians, registered on one desk of a centre and seen to on another.

Desk A registers a child with a guardian and the guardian's consent; desk B edits the
child, or records the child's own choices when they turn 16. Each desk must end with
the other's work, the handover done once for the whole centre.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jpf_desk.domain.consent import ConsentMethod
from jpf_desk.domain.dates import VN_TZ
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.handover import handover_due_for, handovers_due
from jpf_desk.services.consent.verify import verify_consents
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import GuardianInput
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.rights.processing import may_process
from jpf_desk.store.models import OutboxEntry
from tests.consent.builders import NOW, TODAY, new_minor
from tests.sync.conftest import MakeDesk
from tests.sync.test_erasure_sync import desks_a_and_b

pytestmark = pytest.mark.postgres

BIRTH = date(2010, 12, 10)  # 16 on Thu 10 Dec 2026
HANDED_OVER = datetime(2026, 12, 14, 10, 0, tzinfo=VN_TZ)
FATHER = GuardianInput("Đỗ Văn Hùng", "father", "0912 444 555", "cccd", "001183054321")


def outbox(desk: Desk) -> int:
    with desk.store.session(None, None) as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def test_a_guardian_added_on_a_and_the_minor_edited_on_b_both_stay(
        make_desk: MakeDesk, tmp_path: Path) -> None:
    with desks_a_and_b(make_desk, tmp_path) as (a, b, _course):
        minor_id = new_minor(a)
        sync_now(a)
        sync_now(b)

        on_a = records.as_input(records.get_customer(a, minor_id, TODAY))
        records.update_customer(a, minor_id, dataclasses.replace(
            on_a, guardians=[*on_a.guardians, FATHER]), reason="thêm bố", today=TODAY)
        on_b = records.as_input(records.get_customer(b, minor_id, TODAY))
        records.update_customer(b, minor_id, dataclasses.replace(on_b, street="8 Phố Huế"),
                                reason="chuyển nhà", today=TODAY)
        assert sync_now(a).conflicts == 0
        pushed = sync_now(b)
        assert (pushed.conflicts, pushed.refused) == (0, 0)
        assert sync_now(a).conflicts == 0

        for desk in (a, b):
            seen = records.get_customer(desk, minor_id, TODAY)
            assert seen.street == "8 Phố Huế"
            assert [(g.full_name, g.phone_e164) for g in seen.guardians] == [
                ("Đỗ Thị Lụa", "+84987111222"), ("Đỗ Văn Hùng", "+84912444555")]
            assert outbox(desk) == 0


def test_the_handover_at_16_done_on_b_is_done_for_a_too(
        make_desk: MakeDesk, tmp_path: Path) -> None:
    with desks_a_and_b(make_desk, tmp_path) as (a, b, _course):
        minor_id = new_minor(a, birth=BIRTH)
        capture_consent(a, minor_id, ConsentInput(
            given=frozenset({"service"}), guardian_consented=True, child_consented=True),
            now=NOW)
        sync_now(a)
        sync_now(b)
        assert handover_due_for(b, minor_id, today=HANDED_OVER.date()) is True

        capture_consent(b, minor_id, ConsentInput(
            given=frozenset({"service", "marketing"}), method=ConsentMethod.HANDOVER),
            now=HANDED_OVER)
        pushed = sync_now(b)
        assert (pushed.conflicts, pushed.refused) == (0, 0)
        assert sync_now(a).conflicts == 0

        for desk in (a, b):
            assert handover_due_for(desk, minor_id, today=HANDED_OVER.date()) is False
            assert handovers_due(desk, date(2026, 12, 1)) == []
            with desk.tx() as s:
                assert may_process(s, minor_id, "marketing",
                                   today=HANDED_OVER.date()) is True
            assert outbox(desk) == 0
            assert verify_consents(desk).ok
