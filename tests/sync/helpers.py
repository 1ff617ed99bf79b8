"""Small test helpers: customers to sync, both sides' rows (the line we can cut:
tests/helpers/line_proxy.py)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, update

from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.customers.records import create_customer
from jpf_desk.services.desk import Desk
from jpf_desk.services.setup import STORE_ID
from jpf_desk.store.base import new_id
from jpf_desk.store.models import OutboxEntry, StoreSetting
from jpf_desk.sync.rows import synced_tables
from tests.sync.conftest import HeadOffice


def add_customer(desk: Desk, family: str, given: str, phone: str = "0912345678") -> str:
    saved = create_customer(desk, CustomerInput(
        family_name=family, given_name=given, birth_date=date(1999, 3, 14), phone=phone),
        allow_duplicates=True)
    return saved.customer.id


GIVEN = ("An", "Bình", "Chi", "Dung", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nga")


def add_customers(desk: Desk, count: int) -> set[str]:
    return {add_customer(desk, "Khách", f"{GIVEN[n // 10 % 10]} {GIVEN[n % 10]}",
                         f"09123{n:05d}") for n in range(count)}


def outbox_size(desk: Desk) -> int:
    with desk.tx() as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def batched_entries(desk: Desk) -> int:
    with desk.tx() as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry)
                        .where(OutboxEntry.batch_id.is_not(None))) or 0


def local_rows(desk: Desk) -> set[tuple[str, str, int]]:
    """(table, id, revision) of every synced local row of the desk's centre."""
    found: set[tuple[str, str, int]] = set()
    with desk.tx() as s:
        for name, spec in synced_tables().items():
            t = spec.table
            for row_id, revision in s.execute(
                    select(t.c.id, t.c.revision).where(t.c.centre_id == desk.actor.centre_id)):
                found.add((name, row_id, revision))
    return found


def head_office_rows(ho: HeadOffice, centre_id: str) -> set[tuple[str, str, int]]:
    with ho.admin() as conn:
        rows = conn.execute("SELECT table_name, row_id, revision FROM ho.rows "
                            "WHERE centre_id = %s AND NOT deleted", (centre_id,)).fetchall()
    return {(str(t), str(r), int(v)) for t, r, v in rows}  # type: ignore[call-overload]


def applied_batches(ho: HeadOffice) -> list[str]:
    with ho.admin() as conn:
        return [str(r[0]) for r in conn.execute("SELECT batch_id FROM ho.applied_batches")]


def become_another_desk(desk: Desk) -> None:
    """A copy of a desk's store installed on a second computer: a new store id."""
    with desk.tx() as s:
        s.execute(update(StoreSetting).where(StoreSetting.key == STORE_ID)
                  .values(value=new_id()))


def bulk_customers(desk: Desk, count: int) -> list[str]:
    """Many invented customers in one transaction (with their outbox rows), fast."""
    from sqlalchemy import insert

    from jpf_desk.store.base import utcnow
    from jpf_desk.store.models import Customer
    from jpf_desk.store.tracking import record_bulk

    ids = [new_id() for _ in range(count)]
    now = utcnow()
    with desk.tx() as s:
        s.execute(insert(Customer), [
            {"id": i, "centre_id": desk.actor.centre_id, "created_at": now,
             "updated_at": now, "revision": 1, "family_name": "Khách",
             "given_name": f"Thử {n % 97}", "full_name": f"Khách Thử {n % 97}",
             "search_key": f"khach thu {n % 97}", "phone_e164": f"+8491{n:07d}",
             "street": "12 Phố Huế", "notes": ""} for n, i in enumerate(ids)])
        record_bulk(s, "customers", ids, "insert")
    return ids


def bulk_edit(desk: Desk, ids: list[str], note: str) -> None:
    """Every one of these customers changed once more (one outbox row each)."""
    from jpf_desk.store.models import Customer
    from jpf_desk.store.tracking import record_bulk

    with desk.tx() as s:
        s.execute(update(Customer).where(Customer.id.in_(ids))
                  .values(notes=note, revision=Customer.revision + 1))
        record_bulk(s, "customers", ids, "update")
