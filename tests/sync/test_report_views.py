"""Head office reads its data with SQL: one typed view per synced table, live rows only."""

from __future__ import annotations

import json
from datetime import date

import psycopg
import pytest
from sqlalchemy import select

from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.base import new_id
from jpf_desk.store.models import Customer, Guardian
from jpf_desk.sync.protocol import push_batch
from jpf_desk.sync.rows import synced_tables
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer
from tests.sync.test_shared_data import staff_dsn


def test_views_give_typed_columns_across_centres_without_tombstones(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    b = make_desk("HCM1")
    first = add_customer(a.desk, "Nguyễn", "An")
    add_customer(a.desk, "Phạm", "Bình")
    add_customer(b.desk, "Đỗ", "Chi")
    with a.desk.tx() as s:
        guardian = Guardian(minor_id=first, relationship="mother", given_name="Hoa",
                            full_name="Trần Thị Hoa")
        s.add(guardian)
    sync_now(a.desk)
    with a.desk.tx() as s:
        s.delete(s.get(Guardian, guardian.id))
    sync_now(a.desk)
    sync_now(b.desk)

    with psycopg.connect(staff_dsn(head_office), autocommit=True) as conn:
        views = {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.views WHERE table_schema = 'report'")}
        assert views == set(synced_tables())
        counts = dict(conn.execute("SELECT centre_id, count(*) FROM report.customers "
                                   "GROUP BY centre_id").fetchall())
        assert counts == {a.desk.actor.centre_id: 2, b.desk.actor.centre_id: 1}
        assert conn.execute("SELECT count(*) FROM report.guardians").fetchone() == (0,)
        born, revision, name = conn.execute(  # type: ignore[misc]
            "SELECT birth_date, revision, full_name FROM report.customers WHERE id = %s",
            (first,)).fetchone()
        assert (born, revision, name) == (date(1999, 3, 14), 1, "Nguyễn An")
        kinds = dict(conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'report' AND table_name = 'customers'").fetchall())
        assert (kinds["birth_date"], kinds["revision"], kinds["created_at"]) == (
            "date", "bigint", "timestamp with time zone")

    # A centre's JSON of the wrong type reads as NULL; it does not break the report.
    bad = new_id()
    with head_office.as_role(a.role, a.password) as conn:
        data = json.dumps({"id": bad, "birth_date": "2026-02-31", "revision": "x"})
        line = f"customers\t{bad}\t{a.desk.actor.centre_id}\t1\t{data}\tf\tf\t0\n"
        assert not push_batch(conn, new_id(), "evil", 0, line.encode(), 1).forbidden
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # not for centres
            conn.execute("SELECT count(*) FROM report.customers")
    with psycopg.connect(staff_dsn(head_office), autocommit=True) as conn:
        assert conn.execute("SELECT birth_date, revision FROM report.customers WHERE id = %s",
                            (bad,)).fetchone() == (None, None)
    with a.desk.tx() as s:
        assert len(list(s.scalars(select(Customer.id)))) == 2
