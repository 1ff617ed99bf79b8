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
from keyring.backend import KeyringBackend  # noqa: E402
from sqlalchemy import insert, select, update  # noqa: E402

from jpf_desk.services import setup  # noqa: E402
from jpf_desk.services.sync import connect_head_office, store_id, sync_now  # noqa: E402
from jpf_desk.services.sync_head_office import init_head_office  # noqa: E402
from jpf_desk.store.base import new_id, utcnow  # noqa: E402
from jpf_desk.store.engine import open_store  # noqa: E402
from jpf_desk.store.models import Customer  # noqa: E402
from jpf_desk.store.tracking import record_bulk  # noqa: E402
from jpf_desk.sync.connection import ConnectionSettings  # noqa: E402
from jpf_desk.sync.rows import read_rows, synced_tables  # noqa: E402
from tests.sync.pg import find_pg_bin, start_server  # noqa: E402

ROWS = 10_000


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


def main() -> int:
    pg_bin = find_pg_bin()
    if pg_bin is None:
        print("PostgreSQL is not installed (apt-get install postgresql)")
        return 1
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

        ids = [new_id() for _ in range(ROWS)]
        now = utcnow()
        with desk.tx() as s:
            s.execute(insert(Customer), [
                {"id": i, "centre_id": desk.actor.centre_id, "created_at": now,
                 "updated_at": now, "revision": 1, "family_name": "Khách",
                 "given_name": f"Thử {n % 97}", "full_name": f"Khách Thử {n % 97}",
                 "search_key": f"khach thu {n % 97}", "phone_e164": f"+849123{n:05d}",
                 "street": "12 Phố Huế", "notes": "bench"} for n, i in enumerate(ids)])
            record_bulk(s, "customers", ids, "insert")
        started = time.perf_counter()
        first = sync_now(desk)
        t_insert = time.perf_counter() - started

        with desk.tx() as s:  # every row changed once more
            s.execute(update(Customer).where(Customer.id.in_(ids))
                      .values(notes="bench, changed", revision=Customer.revision + 1))
            record_bulk(s, "customers", ids, "update")
        started = time.perf_counter()
        second = sync_now(desk)
        t_update = time.perf_counter() - started
        assert first.pushed == ROWS and second.pushed == ROWS, (first, second)

        table = synced_tables()["customers"].table
        with desk.tx() as s:
            data = list(read_rows(s, table, ids))
            sid = store_id(desk)
            assert len(data) == ROWS and s.scalar(select(Customer.id).limit(1))
        with psycopg.connect(server.dsn("bench"), autocommit=True) as conn:
            conn.execute("CREATE TABLE copy_target (LIKE ho.rows INCLUDING DEFAULTS "
                         "INCLUDING INDEXES)")
            started = time.perf_counter()
            with conn.transaction(), conn.cursor().copy(
                    "COPY copy_target (table_name, row_id, centre_id, revision, data, "
                    "deleted, origin_store, ho_seq) FROM STDIN") as copy:
                for n, row in enumerate(data):
                    copy.write_row(("customers", row["id"], row["centre_id"], row["revision"],
                                    json.dumps(row), False, sid, n))
            t_copy = time.perf_counter() - started

        idle = []
        for _ in range(7):
            started = time.perf_counter()
            sync_now(desk)
            idle.append(time.perf_counter() - started)
        store.close()
    finally:
        server.destroy()
        shutil.rmtree(work, ignore_errors=True)

    t_sync = min(t_insert, t_update)
    print(f"sync push of {ROWS} new rows:      {t_insert * 1000:8.0f} ms")
    print(f"sync push of {ROWS} changed rows:  {t_update * 1000:8.0f} ms")
    print(f"bare COPY of the same rows:        {t_copy * 1000:8.0f} ms")
    ratio_insert, ratio_update = t_copy / t_insert, t_copy / t_update
    print(f"speed vs COPY (new / changed):     {ratio_insert:8.2f} / {ratio_update:.2f}"
          "   (target >= 0.50)")
    print(f"sync with nothing to do (median):  {statistics.median(idle) * 1000:8.0f} ms"
          "   (target < 200 ms)")
    del t_sync
    return 0


if __name__ == "__main__":
    sys.exit(main())
