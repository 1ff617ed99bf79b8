"""A receipt printed again on two desks before they sync is no conflict: the prints
add up, and every desk then prints "BẢN SAO" with the count of all prints."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.services.courses import payments, receipts
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.conflicts import list_conflicts
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.models import Payment
from tests.money.builders import enrolled
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.test_conflicts import second_desk


def prints_here(desk: Desk, payment_id: str) -> int:
    with desk.tx() as s:
        return int(s.scalar(select(Payment.receipt_prints).where(Payment.id == payment_id)))


def prints_at_head_office(ho: HeadOffice, payment_id: str) -> int:
    with ho.admin() as conn:
        row = conn.execute("SELECT (data->>'receipt_prints')::int FROM ho.rows "
                           "WHERE row_id = %s", (payment_id,)).fetchone()
    assert row is not None
    return int(row[0])


def test_reprints_on_two_desks_add_up_without_a_conflict(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    e = enrolled(a.desk)
    paid, _ = payments.record_payment(a.desk, e.enrolment_id, 1_000_000, PaymentMethod.CASH)
    assert receipts.prepare_receipt(a.desk, paid.id).print_count == 1  # the original
    sync_now(a.desk)
    b = second_desk(a, tmp_path)
    try:
        on_a = receipts.prepare_receipt(a.desk, paid.id)  # both offline, one copy each
        on_b = receipts.prepare_receipt(b, paid.id)
        assert (on_a.copy, on_a.print_count) == (True, 2)
        assert (on_b.copy, on_b.print_count) == (True, 2)
        sync_now(a.desk)
        report = sync_now(b)
        sync_now(a.desk)
        assert report.conflicts == 0 and list_conflicts(b) == [] == list_conflicts(a.desk)
        assert prints_here(a.desk, paid.id) == prints_here(b, paid.id) == 3
        assert prints_at_head_office(head_office, paid.id) == 3
        next_on_a = receipts.prepare_receipt(a.desk, paid.id)
        next_on_b = receipts.prepare_receipt(b, paid.id)
        assert (next_on_a.copy, next_on_a.print_count) == (True, 4)
        assert (next_on_b.copy, next_on_b.print_count) == (True, 4)
    finally:
        b.store.close()


def test_a_first_print_on_each_desk_makes_the_next_one_a_copy_everywhere(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    """A payment synced before it was printed, then printed on both desks offline:
    both printed an original; after sync both know two prints were made."""
    a = make_desk("HN1")
    e = enrolled(a.desk)
    paid, _ = payments.record_payment(a.desk, e.enrolment_id, 1_000_000, PaymentMethod.CASH)
    sync_now(a.desk)
    b = second_desk(a, tmp_path)
    try:
        assert receipts.prepare_receipt(a.desk, paid.id).print_count == 1
        assert receipts.prepare_receipt(b, paid.id).print_count == 1
        sync_now(b)
        assert sync_now(a.desk).conflicts == 0
        sync_now(b)
        assert prints_here(a.desk, paid.id) == prints_here(b, paid.id) == 2
        assert prints_at_head_office(head_office, paid.id) == 2
        again = receipts.prepare_receipt(b, paid.id)
        assert (again.copy, again.print_count) == (True, 3)
    finally:
        b.store.close()
