"""Head office's push costs what the batch holds, not what head office holds (issue 16,
second pass): the erasure check probes an index of erased customers, and the apply
statement is not JIT-compiled for every batch. The checks themselves stay (the erased
person is still refused). A desk with nothing pending skips the outbox lookups."""

from __future__ import annotations

import json

import psycopg
from sqlalchemy import delete

from jpf_desk.services.desk import Desk
from jpf_desk.store.base import new_id
from jpf_desk.store.models import OutboxEntry
from jpf_desk.sync.outbox import pending_keys
from jpf_desk.sync.protocol import push_batch
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer

Conn = psycopg.Connection[tuple[object, ...]]


def customer_line(centre: str, row_id: str, status: str = "active", revision: int = 1,
                  base: int = 0) -> str:
    data = json.dumps({"id": row_id, "centre_id": centre, "status": status})
    return f"customers\t{row_id}\t{centre}\t{revision}\t{data}\tf\tf\t{base}\n"


def test_jit_is_off_inside_a_push_only(make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    centre = a.desk.actor.centre_id
    seen: list[str] = []
    with head_office.as_role(a.role, a.password) as conn:
        conn.execute("SET jit = on")

        def look(_point: str) -> None:
            seen.append(str(conn.execute("SHOW jit").fetchone()[0]))  # type: ignore[index]

        push_batch(conn, new_id(), "store-a", 0, customer_line(centre, new_id()).encode(), 1,
                   hook=look)
        after = conn.execute("SHOW jit").fetchone()
    assert seen == ["off"]
    assert after == ("on",)  # the session's own setting is back once the push committed


def _erasure_probe_plan(conn: Conn, centre: str) -> str:
    """The plan of the push's erasure check alone, for one staged customer row."""
    return "\n".join(str(r[0]) for r in conn.execute(
        "EXPLAIN SELECT 1 FROM (VALUES (%s::text)) AS p(row_id) WHERE NOT EXISTS "
        "(SELECT 1 FROM ho.rows e WHERE e.table_name = 'customers' AND e.row_id = p.row_id "
        "AND e.data->>'status' = 'deleted')", (centre,)).fetchall())


def test_erasure_check_reads_the_erased_customers_index(make_desk: MakeDesk,
                                                        head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    centre = a.desk.actor.centre_id
    many = "".join(customer_line(centre, new_id()) for _ in range(3000))
    erased = new_id()
    with head_office.as_role(a.role, a.password) as conn:
        push_batch(conn, new_id(), "store-a", 0, many.encode(), 3000)
        push_batch(conn, new_id(), "store-a", 0,
                   customer_line(centre, erased, "deleted").encode(), 1)
    with head_office.admin() as admin:
        admin.execute("ANALYZE ho.rows")
        indexes = {r[0] for r in admin.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = 'ho'")}
    assert "rows_erased_customers" in indexes
    with head_office.as_role(a.role, a.password) as conn:
        assert "rows_erased_customers" in _erasure_probe_plan(conn, centre)
        # The check still holds: the erased person does not come back as active.
        result = push_batch(conn, new_id(), "store-b", 0,
                            customer_line(centre, erased, "active", 2, 1).encode(), 1)
    assert ("customers", erased) in result.forbidden | result.rejected
    status = {r[1]: r for r in head_office.rows("customers")}
    assert status[erased][3] == 1  # head office's copy untouched (revision 1, erased)


def test_pending_keys_with_an_empty_and_a_filled_outbox(desk: Desk) -> None:
    """The join's shortcut (nothing pending: one probe) and the usual lookup answer the
    same: the rows with a change not acknowledged, and only those."""
    with desk.tx() as s:
        s.execute(delete(OutboxEntry))
        assert pending_keys(s, [("customers", "x"), ("staff", "y")]) == set()
    customer = add_customer(desk, "Vũ", "Hạnh")
    with desk.tx() as s:
        assert pending_keys(s, [("customers", customer), ("customers", "x"),
                                ("staff", customer)]) == {("customers", customer)}
        assert pending_keys(s, []) == set()
