"""A desk put back from an older copy of its store (a disk image: nothing tells it
before it syncs) and the receipt numbers it prints: once its sync finds it restored,
it numbers in a new series; a payment it took before that sync whose number head office
already holds for another payment of this desk is renumbered in that series, and
neither payment is lost."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.services.courses import payments
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.conflicts import list_conflicts
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.engine import open_store
from jpf_desk.store.models import Payment
from tests.helpers.staff import sign_in_as
from tests.money.builders import enrolled
from tests.money.test_receipt_numbers_after_restore import (
    NUMBER,
    with_known_store_id,
)
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.test_restored_desk import copy_store


def pay(desk: Desk, enrolment_id: str, amount: int = 100_000) -> tuple[str, str]:
    paid, _ = payments.record_payment(desk, enrolment_id, amount, PaymentMethod.CASH)
    assert paid.receipt_number is not None
    return paid.id, paid.receipt_number


def numbers_here(desk: Desk) -> dict[str, str]:
    with desk.tx() as s:
        return {str(i): str(n) for i, n in s.execute(select(Payment.id,
                                                            Payment.receipt_number))}


def numbers_at_head_office(ho: HeadOffice) -> dict[str, str]:
    with ho.admin() as conn:
        rows = conn.execute("SELECT row_id, data->>'receipt_number' FROM ho.rows "
                            "WHERE table_name = 'payments' AND NOT deleted").fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def test_a_restored_copy_numbers_past_what_head_office_holds(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    with_known_store_id(a.desk)
    e = enrolled(a.desk)
    first = pay(a.desk, e.enrolment_id)
    sync_now(a.desk)
    copy_store(a, tmp_path / "image")  # the disk image

    later = [pay(a.desk, e.enrolment_id) for _ in range(2)]  # printed, synced, then lost
    sync_now(a.desk)
    a.close()
    assert [first[1], *(n for _i, n in later)] == [
        "HN1-7F3A2C-000001", "HN1-7F3A2C-000002", "HN1-7F3A2C-000003"]

    store = open_store(tmp_path / "image")
    try:
        restored = sign_in_as(store, "Trần Văn Thử")
        report = sync_now(restored)  # nothing printed before this sync
        assert report.restored and report.renumbered == ()
        after_id, after = pay(restored, e.enrolment_id)
        sync_now(restored)
        here, there = numbers_here(restored), numbers_at_head_office(head_office)
    finally:
        store.close()
    found = NUMBER.fullmatch(after)
    assert found is not None and found.group(1) != "7F3A2C" and found.group(2) == "000001"
    assert here == there
    assert sorted(n for i, n in here.items() if i != after_id) == [
        "HN1-7F3A2C-000001", "HN1-7F3A2C-000002", "HN1-7F3A2C-000003"]


def test_a_number_the_copy_printed_again_is_moved_and_both_payments_kept(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    with_known_store_id(a.desk)
    e = enrolled(a.desk, fee=9_000_000)
    pay(a.desk, e.enrolment_id)
    sync_now(a.desk)
    copy_store(a, tmp_path / "image")
    lost = [pay(a.desk, e.enrolment_id, 200_000) for _ in range(2)]
    sync_now(a.desk)
    a.close()

    store = open_store(tmp_path / "image")
    try:
        restored = sign_in_as(store, "Trần Văn Thử")
        # Taken on the copy before it syncs: the copy cannot know 000002 was printed.
        taken_id, taken = pay(restored, e.enrolment_id, 300_000)
        assert taken == "HN1-7F3A2C-000002"
        report = sync_now(restored)
        assert report.restored
        assert list_conflicts(restored) == []
        here, there = numbers_here(restored), numbers_at_head_office(head_office)
        with restored.tx() as s:
            amounts = sorted(int(a) for a in s.scalars(select(Payment.amount_vnd)))
        _next_id, next_number = pay(restored, e.enrolment_id)
    finally:
        store.close()
    # Head office's payments keep the numbers printed for them.
    assert here[lost[0][0]] == there[lost[0][0]] == "HN1-7F3A2C-000002"
    assert here[lost[1][0]] == there[lost[1][0]] == "HN1-7F3A2C-000003"
    # The copy's payment is kept, under a number of the new series, here and there.
    moved = NUMBER.fullmatch(here[taken_id])
    assert moved is not None and moved.group(1) != "7F3A2C" and moved.group(2) == "000001"
    assert there[taken_id] == here[taken_id]
    # The sync says which receipt to print again, and under which number.
    assert report.renumbered == (("HN1-7F3A2C-000002", here[taken_id]),)
    assert amounts == [100_000, 200_000, 200_000, 300_000]
    assert len(set(there.values())) == len(there) == 4
    after = NUMBER.fullmatch(next_number)
    assert after is not None and after.group(1) == moved.group(1)
    assert after.group(2) == "000002"
