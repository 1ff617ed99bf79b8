"""Sync throughput against a bare COPY, and the cost of a sync with nothing to do.

Starts a throw-away PostgreSQL (as the tests do), pushes 10,000 changed customers
through the real sync (outbox, batches, head office's row store with its policies),
then COPYs the same 10,000 rows, already serialised, into a plain table of the same
shape: the ratio says how close the protocol comes to the fastest load PostgreSQL has
(target: at least half the speed). Then times syncs with nothing to do (target: under
200 ms). A script, not a test: numbers depend on the machine.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import psycopg  # noqa: E402
from sqlalchemy import insert, update  # noqa: E402

from jpf_desk.services import setup  # noqa: E402
from jpf_desk.services.desk import Desk  # noqa: E402
from jpf_desk.services.head_office.admin import init_head_office  # noqa: E402
from jpf_desk.services.head_office.sync import connect_head_office, store_id, sync_now  # noqa: E402
from jpf_desk.store.base import new_id, utcnow  # noqa: E402
from jpf_desk.store.engine import STORE_FILE, open_store  # noqa: E402
from jpf_desk.store.keys import KEY_INFO_FILE  # noqa: E402
from jpf_desk.store.models import Customer  # noqa: E402
from jpf_desk.store.tracking import record_bulk  # noqa: E402
from jpf_desk.sync.connection import ConnectionSettings  # noqa: E402
from jpf_desk.sync.rows import read_rows, synced_tables  # noqa: E402
from tests.helpers.memory_keyring import MemoryKeyring  # noqa: E402
from tests.sync.helpers import become_another_desk  # noqa: E402
from tests.sync.pg import find_pg_bin, start_server  # noqa: E402

ROWS = 10_000
ROUNDS = 3


def main() -> int:
    pg_bin = find_pg_bin()
    if pg_bin is None:
        print("skipped: PostgreSQL is not installed (apt-get install postgresql)")
        return 0
    keyring.set_keyring(MemoryKeyring())
    server = start_server(pg_bin)
    work = Path(tempfile.mkdtemp(prefix="jpf-bench-sync-"))
    try:
        with psycopg.connect(server.dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        store = open_store(work / "desk")
        desk = setup.initialise(store, "HN1", "JPF Hà Nội – Cơ sở 1", "Lê Thu Trang")
        role = init_head_office(server.dsn("bench"), [desk.actor.centre_id]).roles[0]
        assert role.password is not None
        connect_head_office(desk, ConnectionSettings(
            host=str(server.dir), port=server.port, dbname="bench", user=role.role_name,
            sslmode="disable"), role.password)
        sync_now(desk)  # the centre and the first staff member
        store.close()  # a second desk of the centre, installed now, pulls everything later
        (work / "second").mkdir()
        shutil.copyfile(work / "desk" / STORE_FILE, work / "second" / STORE_FILE)
        shutil.copyfile(work / "desk" / KEY_INFO_FILE, work / "second" / KEY_INFO_FILE)
        store = open_store(work / "desk")
        desk = setup.open_desk(store)
        assert desk is not None

        table = synced_tables()["customers"].table
        sid = store_id(desk)
        timings: dict[str, list[float]] = {"new": [], "changed": [], "copy": []}
        for round_no in range(ROUNDS):  # best of a few: the machine may be busy
            ids = add_customers(desk, round_no)
            timings["new"].append(timed_sync(desk))
            with desk.tx() as s:  # every one of them changed once more
                s.execute(update(Customer).where(Customer.id.in_(ids))
                          .values(notes=f"bench, change {round_no}",
                                  revision=Customer.revision + 1))
                record_bulk(s, "customers", ids, "update")
            timings["changed"].append(timed_sync(desk))
            with desk.tx() as s:
                data = list(read_rows(s, table, ids))
            timings["copy"].append(bare_copy(server.dsn("bench"), data, sid, round_no))

        idle = []
        for _ in range(7):
            started = time.perf_counter()
            sync_now(desk)
            idle.append(time.perf_counter() - started)
        store.close()
        second_store = open_store(work / "second")
        second = setup.open_desk(second_store)
        assert second is not None
        become_another_desk(second)
        started = time.perf_counter()
        pulled = sync_now(second).pulled
        t_pull = time.perf_counter() - started
        second_store.close()
    finally:
        server.destroy()
        shutil.rmtree(work, ignore_errors=True)

    best = {name: min(values) for name, values in timings.items()}
    for name, label in (("new", "new rows"), ("changed", "changed rows"),
                        ("copy", "bare COPY")):
        runs = ", ".join(f"{t * 1000:.0f}" for t in timings[name])
        print(f"{label + ' (' + str(ROWS) + ')':<22} best {best[name] * 1000:6.0f} ms   "
              f"runs: {runs}")
    for name in ("new", "changed"):
        print(f"sync speed / COPY speed, {name + ' rows:':<14} "
              f"{best['copy'] / best[name]:5.2f}   (target >= 0.50)")
    print(f"a new desk pulling {pulled} rows: {t_pull * 1000:.0f} ms")
    print(f"sync with nothing to do, median of 7: {statistics.median(idle) * 1000:.0f} ms"
          "   (target < 200 ms)")
    return 0


def add_customers(desk: Desk, round_no: int) -> list[str]:
    ids = [new_id() for _ in range(ROWS)]
    now = utcnow()
    with desk.tx() as s:
        s.execute(insert(Customer), [
            {"id": i, "centre_id": desk.actor.centre_id, "created_at": now,
             "updated_at": now, "revision": 1, "family_name": "Khách",
             "given_name": f"Thử {n % 97}", "full_name": f"Khách Thử {n % 97}",
             "search_key": f"khach thu {n % 97}", "phone_e164": f"+84912{round_no}{n:05d}",
             "street": "12 Phố Huế", "notes": "bench"} for n, i in enumerate(ids)])
        record_bulk(s, "customers", ids, "insert")
    return ids


def timed_sync(desk: Desk) -> float:
    started = time.perf_counter()
    report = sync_now(desk)
    elapsed = time.perf_counter() - started
    assert report.pushed == ROWS, report
    return elapsed


def bare_copy(dsn: str, data: list[dict[str, object]], sid: str, round_no: int) -> float:
    """The same rows, serialised the same way, COPYed into a table shaped like ho.rows."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        target = f"copy_target_{round_no}"
        conn.execute(f"CREATE TABLE {target} (LIKE ho.rows INCLUDING DEFAULTS "
                     "INCLUDING INDEXES)")
        started = time.perf_counter()
        with conn.transaction(), conn.cursor().copy(
                f"COPY {target} (table_name, row_id, centre_id, revision, data, deleted, "
                "origin_store, ho_seq) FROM STDIN") as copy:
            for n, row in enumerate(data):
                copy.write_row(("customers", row["id"], row["centre_id"], row["revision"],
                                json.dumps(row), False, sid, n))
        return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
