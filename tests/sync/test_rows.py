"""Generic serialisation of synced rows: SQLite-built JSON equals the Python form, and
a row survives the trip to JSON and back."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.customers.records import create_customer, update_customer
from jpf_desk.services.desk import Desk
from jpf_desk.store.models import Customer
from jpf_desk.sync.rows import (
    data_to_row,
    json_select,
    read_rows,
    synced_tables,
    upsert_row,
)


def test_every_synced_table_serialises_the_same_in_sqlite_and_python(desk: Desk) -> None:
    saved = create_customer(desk, CustomerInput(
        family_name="Nguyễn", given_name="An", birth_date=date(2001, 2, 3),
        phone="0912345678", notes='ghi chú "trích dẫn", dấu phẩy\\ và\ttab'),
        allow_duplicates=True)
    update_customer(desk, saved.customer.id, CustomerInput(
        family_name="Nguyễn", given_name="Anh", birth_date=date(2001, 2, 3),
        phone="0912345678"), allow_duplicates=True)
    tables = synced_tables()
    assert "customers" in tables and "outbox" not in tables and "sync_state" not in tables
    assert tables["field_changes"].append_only and not tables["customers"].append_only
    compared = 0
    with desk.tx() as s:
        for spec in tables.values():
            ids = list(s.scalars(select(spec.table.c.id)))
            python = {r["id"]: r for r in read_rows(s, spec.table, ids)}
            query = f'SELECT id, {json_select(spec.table)} FROM "{spec.table.name}"'
            sqlite = {r[0]: json.loads(r[1]) for r in s.connection().exec_driver_sql(query)}
            assert python == sqlite, spec.name
            compared += len(ids)
    assert compared >= 4  # centre, staff, customer, its field changes


def test_row_round_trip_through_json(desk: Desk) -> None:
    saved = create_customer(desk, CustomerInput(
        family_name="Trần", given_name="Bình", birth_date=date(1990, 12, 31),
        phone="0912345679"), allow_duplicates=True)
    table = synced_tables()["customers"].table
    with desk.tx() as s:
        (data,) = read_rows(s, table, [saved.customer.id])
    assert data["birth_date"] == "1990-12-31"
    assert data["updated_at"].endswith("+00:00")
    values = data_to_row(table, json.loads(json.dumps(data)))
    assert values["birth_date"] == date(1990, 12, 31)
    assert values["created_at"].tzinfo is not None
    data["notes"] = "đổi ở văn phòng trung tâm"
    data["unknown_future_column"] = "ignored"
    with desk.tx() as s:
        upsert_row(s, table, data)
    with desk.tx() as s:
        row = s.get(Customer, saved.customer.id)
        assert row is not None and row.notes == "đổi ở văn phòng trung tâm"
        assert row.birth_date == date(1990, 12, 31)
