"""A desk put back from a backup with `jpf-desk restore` never prints a receipt number it
may have printed after the backup was made: it numbers in a new series (a new desk tag),
and the payments it holds keep the numbers they were printed with."""

from __future__ import annotations

import re

from sqlalchemy import select, update

from jpf_desk.cli import main
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.services import backups, setup
from jpf_desk.services.courses import payments, receipts
from jpf_desk.services.desk import Desk
from jpf_desk.store.engine import open_store
from jpf_desk.store.models import Payment, StoreSetting
from tests.helpers.staff import FIRST_MANAGER, password_on_stdin, sign_in_as, signed_in_args
from tests.money.builders import enrolled

KNOWN_STORE_ID = "7f3a2c5e-1b2d-4c3e-8f90-0123456789ab"  # printed tag: 7F3A2C
NUMBER = re.compile(r"^HN1-([0-9A-F]{6})-([0-9]{6})$")


def with_known_store_id(desk: Desk) -> None:
    """The desk's store id written out, so that its receipt numbers can be too."""
    with desk.tx() as s:
        s.execute(update(StoreSetting).where(StoreSetting.key == setup.STORE_ID)
                  .values(value=KNOWN_STORE_ID))


def pay(desk: Desk, enrolment_id: str) -> str:
    paid, _ = payments.record_payment(desk, enrolment_id, 100_000, PaymentMethod.CASH)
    assert paid.receipt_number is not None
    return paid.receipt_number


def test_a_desk_restored_with_jpf_desk_restore_numbers_in_a_new_series(
        desk, tmp_path, monkeypatch):
    with_known_store_id(desk)
    e = enrolled(desk)
    assert pay(desk, e.enrolment_id) == "HN1-7F3A2C-000001"
    folder = desk.store.path.parent
    archive = tmp_path / "before.jpfbak"
    backups.make_backup(desk.store, archive)
    # Printed after the backup, then lost with the disk:
    assert pay(desk, e.enrolment_id) == "HN1-7F3A2C-000002"
    assert pay(desk, e.enrolment_id) == "HN1-7F3A2C-000003"
    desk.store.close()

    password_on_stdin(monkeypatch)
    assert main(["restore", str(archive), "--data-dir", str(folder),
                 *signed_in_args()]) == 0
    store = open_store(folder)
    try:
        restored = sign_in_as(store, FIRST_MANAGER)
        first_after = pay(restored, e.enrolment_id)
        second_after = pay(restored, e.enrolment_id)
        with restored.tx() as s:
            numbers = sorted(n for n in s.scalars(select(Payment.receipt_number)) if n)
            store_id = setup.setting(s, setup.STORE_ID)
    finally:
        store.close()
    first, second = NUMBER.fullmatch(first_after), NUMBER.fullmatch(second_after)
    assert first is not None and second is not None
    assert first.group(1) == second.group(1) != "7F3A2C"  # a new desk tag
    assert (first.group(2), second.group(2)) == ("000001", "000002")
    assert first_after not in ("HN1-7F3A2C-000002", "HN1-7F3A2C-000003")
    # The payment the backup held keeps the number printed on its receipt.
    assert "HN1-7F3A2C-000001" in numbers and len(numbers) == 3
    # Sync still knows the desk as itself (the restore detection counts on it).
    assert store_id == KNOWN_STORE_ID


def test_a_reprint_after_the_restore_keeps_the_payments_own_number(desk, tmp_path,
                                                                  monkeypatch):
    with_known_store_id(desk)
    e = enrolled(desk)
    paid, _ = payments.record_payment(desk, e.enrolment_id, 100_000, PaymentMethod.CASH)
    folder = desk.store.path.parent
    archive = tmp_path / "before.jpfbak"
    backups.make_backup(desk.store, archive)
    desk.store.close()
    password_on_stdin(monkeypatch)
    assert main(["restore", str(archive), "--data-dir", str(folder),
                 *signed_in_args()]) == 0
    store = open_store(folder)
    try:
        sheet = receipts.prepare_receipt(sign_in_as(store, FIRST_MANAGER), paid.id)
    finally:
        store.close()
    assert sheet.number == "HN1-7F3A2C-000001"


def test_restoring_the_same_backup_twice_gives_two_series(desk, tmp_path, monkeypatch):
    """Each life of a restored copy may print numbers the next one cannot know."""
    with_known_store_id(desk)
    e = enrolled(desk)
    folder = desk.store.path.parent
    archive = tmp_path / "before.jpfbak"
    backups.make_backup(desk.store, archive)
    desk.store.close()
    tags = []
    for _ in range(2):
        password_on_stdin(monkeypatch)
        assert main(["restore", str(archive), "--data-dir", str(folder),
                     *signed_in_args()]) == 0
        store = open_store(folder)
        try:
            number = pay(sign_in_as(store, FIRST_MANAGER), e.enrolment_id)
        finally:
            store.close()
        found = NUMBER.fullmatch(number)
        assert found is not None and found.group(2) == "000001"
        tags.append(found.group(1))
    assert len({"7F3A2C", *tags}) == 3
