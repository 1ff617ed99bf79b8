"""Payments take a receipt number on the desk that takes them; receipts print once as
the original, then as copies; two desks of one centre never hand out the same number."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.access_log.views import AccessFilter, list_access_events
from jpf_desk.services.courses import payments, receipts
from jpf_desk.services.desk import Desk
from jpf_desk.store.engine import open_store
from jpf_desk.store.models import Payment
from jpf_desk.sync.rows import read_rows, synced_tables, upsert_row
from tests.helpers.staff import sign_in_as, signed_in
from tests.helpers.stores import copy_store
from tests.money.builders import enrolled
from tests.sync.helpers import become_another_desk

NUMBER = re.compile(r"^HN1-([0-9A-F]{6})-([0-9]{6})$")


def _store_id(desk: Desk) -> str:
    with desk.tx() as s:
        value = setup.setting(s, setup.STORE_ID)
    assert value
    return value


def test_payments_are_numbered_in_sequence_on_this_desk(desk):
    e = enrolled(desk)
    first, _ = payments.record_payment(desk, e.enrolment_id, 1_000_000, PaymentMethod.CASH)
    second, balance = payments.record_payment(desk, e.enrolment_id, 500_000,
                                              PaymentMethod.TRANSFER)
    tag = _store_id(desk).replace("-", "")[:6].upper()
    assert first.receipt_number == f"HN1-{tag}-000001"
    assert second.receipt_number == f"HN1-{tag}-000002"
    assert balance.due_vnd == 3_000_000


def test_a_refused_payment_takes_no_number(desk):
    e = enrolled(desk)
    with pytest.raises(ValidationError):
        payments.record_payment(desk, e.enrolment_id, 9_000_000, PaymentMethod.CASH)
    ok, _ = payments.record_payment(desk, e.enrolment_id, 100_000, PaymentMethod.CASH)
    assert ok.receipt_number is not None and ok.receipt_number.endswith("-000001")


def test_second_print_is_a_copy_and_both_are_logged(desk):
    e = enrolled(desk)
    paid, _ = payments.record_payment(desk, e.enrolment_id, 2_500_000, PaymentMethod.CASH)
    original = receipts.prepare_receipt(desk, paid.id)
    again = receipts.prepare_receipt(desk, paid.id)
    assert (original.copy, original.print_count) == (False, 1)
    assert (again.copy, again.print_count) == (True, 2)
    assert original.number == again.number == paid.receipt_number
    assert original.amount_words == "Hai triệu năm trăm nghìn đồng"
    assert original.balance_text == "2.000.000 ₫"
    kinds = [(ev.kind, ev.detail) for ev in list_access_events(
        desk, AccessFilter(kind="payment_receipt_printed"))]
    assert sorted(kinds) == [("payment_receipt_printed", "copy"),
                             ("payment_receipt_printed", "original")]


def test_receipt_names_who_took_the_money(desk):
    receptionist = signed_in(desk, "Phùng Văn Khải", Role.RECEPTIONIST)
    e = enrolled(desk)
    paid, _ = payments.record_payment(receptionist, e.enrolment_id, 300_000,
                                      PaymentMethod.CARD)
    sheet = receipts.prepare_receipt(desk, paid.id)  # printed later by the manager
    assert sheet.staff_name == "Phùng Văn Khải"
    assert sheet.method == "Thẻ"


def _second_desk(template_store: Path, tmp_path: Path) -> tuple[object, Desk]:
    folder = tmp_path / "second-desk"
    copy_store(template_store, folder)
    store = open_store(folder)
    other = sign_in_as(store, "Lê Thu Trang")
    become_another_desk(other)
    return store, other


def _move_rows(source: Desk, target: Desk) -> None:
    """What sync does to a centre's other desk's rows, without the server in between."""
    tables = synced_tables()
    order = ["customers", "courses", "classes", "enrolments", "payments"]
    with source.tx() as s:
        ids = {name: list(s.scalars(select(tables[name].table.c.id))) for name in order}
        data = {name: list(read_rows(s, tables[name].table, ids[name])) for name in order}
    with target.store.factory() as t, t.begin():
        for name in order:
            for row in data[name]:
                upsert_row(t, tables[name].table, row)


def test_two_desks_of_one_centre_never_share_a_number(desk, template_store, tmp_path):
    store_b, desk_b = _second_desk(template_store, tmp_path)
    try:
        a = enrolled(desk, code="B1-A")
        b = enrolled(desk_b, code="B1-B", given="Bình", phone="0912 000 111")
        numbers_a = [payments.record_payment(desk, a.enrolment_id, 100_000,
                                             PaymentMethod.CASH)[0].receipt_number
                     for _ in range(3)]
        numbers_b = [payments.record_payment(desk_b, b.enrolment_id, 100_000,
                                             PaymentMethod.CASH)[0].receipt_number
                     for _ in range(2)]
        _move_rows(desk_b, desk)  # the next sync brings desk B's payments to desk A
        after_sync, _ = payments.record_payment(desk, a.enrolment_id, 100_000,
                                                PaymentMethod.CASH)
    finally:
        store_b.close()  # type: ignore[attr-defined]
    parsed_a = [NUMBER.fullmatch(n or "") for n in numbers_a]
    parsed_b = [NUMBER.fullmatch(n or "") for n in numbers_b]
    assert all(parsed_a) and all(parsed_b)
    assert [m.group(2) for m in parsed_a if m] == ["000001", "000002", "000003"]
    assert [m.group(2) for m in parsed_b if m] == ["000001", "000002"]
    assert {m.group(1) for m in parsed_a if m} != {m.group(1) for m in parsed_b if m}
    assert after_sync.receipt_number is not None
    assert after_sync.receipt_number.endswith("-000004")
    with desk.tx() as s:
        stored = list(s.scalars(select(Payment.receipt_number)))
    assert len(stored) == 6 == len(set(stored))


def test_a_payment_taken_before_receipts_is_numbered_when_first_printed(desk):
    e = enrolled(desk)
    older, _ = payments.record_payment(desk, e.enrolment_id, 100_000, PaymentMethod.CASH)
    with desk.tx() as s:  # as 0014_money leaves a payment made before it
        row = s.get(Payment, older.id)
        row.receipt_store_id = row.receipt_seq = row.receipt_number = None
    newer, _ = payments.record_payment(desk, e.enrolment_id, 100_000, PaymentMethod.CASH)
    sheet = receipts.prepare_receipt(desk, older.id)
    assert newer.receipt_number is not None and newer.receipt_number.endswith("-000001")
    assert sheet.number.endswith("-000002") and not sheet.copy
    assert receipts.prepare_receipt(desk, older.id).number == sheet.number
