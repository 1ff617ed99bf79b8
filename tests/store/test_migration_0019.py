"""0019_receipt_numbers: from a store at the heads before it, with payments printed 0
and 2 times: each print counted before becomes an id of the same name on every desk,
and a reprint after the upgrade counts on from there."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlalchemy import update

from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.services.courses import payments, receipts
from jpf_desk.store import migrate
from jpf_desk.store.engine import STORE_FILE, connect, open_store
from jpf_desk.store.models import Payment
from tests.helpers.migration_heads import (
    SEEDED_AT,
    TRACKED_COLUMNS,
    alembic_plain,
    heads_before,
    insert_old_customer,
)
from tests.money.builders import enrolled

T = SEEDED_AT


def _seed(path: Path) -> None:
    row = f"'k1', {T}, {T}, 1, 'staff-7'"
    conn = sqlite3.connect(path)
    with conn:
        insert_old_customer(conn)
        conn.execute(
            f"INSERT INTO courses (id, code, name, kind, hours, fee_vnd, description, "
            f"{TRACKED_COLUMNS}) VALUES ('adult', 'adult', 'x', 'general', 0, 0, '', {row})")
        conn.execute(
            "INSERT INTO classes (id, course_id, code, room, teacher, schedule, start_date, "
            f"end_date, capacity, fee_vnd, status, {TRACKED_COLUMNS}) VALUES ('k', 'adult', 'A1-01', "
            f"'', '', '', '2026-12-01', '2027-03-01', 10, 1000, 'open', {row})")
        conn.execute(
            "INSERT INTO enrolments (id, customer_id, class_id, status, placement_result, "
            f"fee_vnd, enrolled_on, note, {TRACKED_COLUMNS}) VALUES ('e1', 'c1', 'k', 'pending', '', "
            f"1000, '2026-11-01', '', {row})")
        for pid, prints in (("p1", 2), ("p2", 0)):
            conn.execute(
                "INSERT INTO payments (id, enrolment_id, amount_vnd, method, paid_on, "
                f"instalment_no, reference, note, receipt_prints, {TRACKED_COLUMNS}) VALUES (?, 'e1', "
                f"500, 'cash', '2026-11-01', 1, '', '', ?, {row})", (pid, prints))
    conn.close()


def test_previous_store_keeps_its_print_counts_as_named_prints(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    alembic_plain(path, "upgrade", *heads_before("0019_receipt_numbers"))
    _seed(path)
    store = open_store(tmp_path)  # start-up: encrypted in place, then `upgrade heads`
    store.close()
    assert migrate.current_revisions(path, store.key) == migrate.head_revisions()
    conn = connect(path, store.key)
    paid = conn.execute("SELECT id, receipt_prints, receipt_print_ids FROM payments "
                        "ORDER BY id").fetchall()
    conn.close()
    assert paid == [("p1", 2, '["earlier-1", "earlier-2"]'), ("p2", 0, "[]")]


def test_downgrade_drops_the_print_ids_and_keeps_the_counts(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    alembic_plain(path, "upgrade", "heads")
    _seed(path)
    alembic_plain(path, "downgrade", "0014_money")
    conn = sqlite3.connect(path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(payments)")]
    kept = conn.execute("SELECT id, receipt_prints FROM payments ORDER BY id").fetchall()
    conn.close()
    assert "receipt_print_ids" not in columns
    assert kept == [("p1", 2), ("p2", 0)]


def test_a_row_without_print_ids_counts_on_from_its_count(desk):
    """A payment written by a desk of the version before (its count, no ids) reprinted
    here: the third print, a copy."""
    e = enrolled(desk)
    paid, _ = payments.record_payment(desk, e.enrolment_id, 100_000, PaymentMethod.CASH)
    with desk.tx() as s:
        s.execute(update(Payment).where(Payment.id == paid.id)
                  .values(receipt_prints=2, receipt_print_ids="[]"))
    sheet = receipts.prepare_receipt(desk, paid.id)
    assert (sheet.copy, sheet.print_count) == (True, 3)
    with desk.tx() as s:
        stored = s.get(Payment, paid.id)
        assert stored is not None
        ids = json.loads(stored.receipt_print_ids)
    assert len(ids) == 3 and {"earlier-1", "earlier-2"} < set(ids)
