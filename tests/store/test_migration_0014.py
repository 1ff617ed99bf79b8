"""0014_money: from a store at the heads before it, with courses and a payment."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jpf_desk.store import migrate
from jpf_desk.store.engine import STORE_FILE, connect, open_store
from tests.helpers.migration_heads import (
    SEEDED_AT,
    TRACKED_COLUMNS,
    alembic_plain,
    heads_before,
    insert_old_customer,
)

T = SEEDED_AT


def _previous_heads() -> list[str]:
    return heads_before("0014_money")  # 0019_receipt_numbers builds on it


def _seed(path: Path) -> None:
    row = f"'k1', {T}, {T}, 1, 'staff-7'"
    conn = sqlite3.connect(path)
    with conn:
        insert_old_customer(conn)
        for cid, kind in (("kids", "kids"), ("adult", "general"), ("exam", "exam_prep")):
            conn.execute(
                f"INSERT INTO courses (id, code, name, kind, hours, fee_vnd, description, "
                f"{TRACKED_COLUMNS}) VALUES ('{cid}', '{cid}', 'x', '{kind}', 0, 0, '', {row})")
        conn.execute(
            "INSERT INTO classes (id, course_id, code, room, teacher, schedule, start_date, "
            f"end_date, capacity, fee_vnd, status, {TRACKED_COLUMNS}) VALUES ('k', 'adult', 'A1-01', "
            f"'', '', '', '2026-12-01', '2027-03-01', 10, 1000, 'open', {row})")
        conn.execute(
            "INSERT INTO enrolments (id, customer_id, class_id, status, placement_result, "
            f"fee_vnd, enrolled_on, note, {TRACKED_COLUMNS}) VALUES ('e1', 'c1', 'k', 'pending', '', "
            f"1000, '2026-11-01', '', {row})")
        conn.execute(
            "INSERT INTO payments (id, enrolment_id, amount_vnd, method, paid_on, "
            f"instalment_no, reference, note, {TRACKED_COLUMNS}) VALUES ('p1', 'e1', 500, 'cash', "
            f"'2026-11-01', 1, '', '', {row})")
    conn.close()


def test_previous_store_gains_age_bands_and_who_took_each_payment(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    alembic_plain(path, "upgrade", *_previous_heads())
    _seed(path)
    store = open_store(tmp_path)  # start-up: encrypted in place, then `upgrade heads`
    store.close()
    assert migrate.current_revisions(path, store.key) == migrate.head_revisions()
    conn = connect(path, store.key)
    ages = conn.execute("SELECT id, min_age, max_age FROM courses ORDER BY id").fetchall()
    paid = conn.execute("SELECT id, amount_vnd, received_by, receipt_number, receipt_seq, "
                        "receipt_prints FROM payments").fetchall()
    conn.close()
    assert ages == [("adult", 16, None), ("exam", 16, None), ("kids", None, 15)]
    assert paid == [("p1", 500, "staff-7", None, None, 0)]
