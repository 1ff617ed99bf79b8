"""Sync throughput against a fair COPY, an empty sync over a slow line, a join.

Starts a throw-away PostgreSQL (as the tests do). Push: 10,000 new customers, then the
same 10,000 changed, through the real sync (outbox, batches, head office's row store
with its policies); each sync's own bytes (the COPY lines it sent) are then COPYed in one
transaction into a table shaped like head office's (its indexes, a sequence for the
order): paired rounds, the ratio of speeds per round, its median and spread (target: at
least 0.5). For information, changed rows also against a bare update of the same rows
(COPY into a temporary table and one UPDATE ... FROM): a COPY only inserts. Then syncs
with nothing to do, locally and over a line with 50 ms each way (a delaying proxy on
127.0.0.1) with the round trips they take (target: at most 3), against a bare connect
and one query over that line; and a new desk joining a demo centre (`--customers N`,
default 20,000; target under 20 s) against one query fetching all of that centre's
rows. A script, not a test: numbers depend on the machine, whose core count and load
are printed.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import psycopg  # noqa: E402
from sqlalchemy import insert, update  # noqa: E402

from bench.machine import machine_line, spread  # noqa: E402
from jpf_desk.services import setup  # noqa: E402
from jpf_desk.services.demo.build import fill_demo  # noqa: E402
from jpf_desk.services.desk import Desk  # noqa: E402
from jpf_desk.services.head_office.admin import init_head_office  # noqa: E402
from jpf_desk.services.head_office.join import join_centre  # noqa: E402
from jpf_desk.services.head_office.sync import connect_head_office, sync_now  # noqa: E402
from jpf_desk.services.staff import sign_in  # noqa: E402
from jpf_desk.store.base import new_id, utcnow  # noqa: E402
from jpf_desk.store.engine import STORE_FILE, open_store  # noqa: E402
from jpf_desk.store.keys import KEY_INFO_FILE  # noqa: E402
from jpf_desk.store.models import Customer  # noqa: E402
from jpf_desk.store.tracking import record_bulk  # noqa: E402
from jpf_desk.sync import client, kept_line  # noqa: E402
from jpf_desk.sync.connection import ConnectionSettings  # noqa: E402
from jpf_desk.sync.protocol import PUSH_COLUMNS  # noqa: E402
from tests.helpers.line_proxy import LineProxy  # noqa: E402
from tests.helpers.memory_keyring import MemoryKeyring  # noqa: E402
from tests.sync.helpers import become_another_desk  # noqa: E402
from tests.sync.pg import PgServer, find_pg_bin, start_server  # noqa: E402

BENCH_PASSWORD = "bench-password"

ROWS = 10_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000,
                        help="customers of the demo centre a new desk joins")
    parser.add_argument("--rounds", type=int, default=5, help="paired push rounds")
    parser.add_argument("--join-only", action="store_true",
                        help="only the join of the demo centre (time and peak memory)")
    options = parser.parse_args()
    pg_bin = find_pg_bin()
    if pg_bin is None:
        print("skipped: PostgreSQL is not installed (apt-get install postgresql)")
        return 0
    print(machine_line(), "(1 / 5 / 15 min) at the start")
    keyring.set_keyring(MemoryKeyring())
    server = start_server(pg_bin)
    work = Path(tempfile.mkdtemp(prefix="jpf-bench-sync-"))
    if options.join_only:
        try:
            with psycopg.connect(server.dsn(), autocommit=True) as conn:
                conn.execute("CREATE DATABASE bench")
            print_join(options.customers, demo_join(server, work, options.customers))
        finally:
            server.destroy()
            shutil.rmtree(work, ignore_errors=True)
        print(machine_line(), "(1 / 5 / 15 min) at the end")
        return 0
    try:
        with psycopg.connect(server.dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        store = open_store(work / "desk")
        desk = setup.initialise(store, "HN1", "JPF Hà Nội – Cơ sở 1", "Lê Thu Trang",
                                password=BENCH_PASSWORD)
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
        desk = sign_in.sign_in(store, sign_in.find_staff(store, "Lê Thu Trang"), BENCH_PASSWORD)

        sent: list[bytes] = []
        real_push = client.push_batch

        def recording_push(conn: Any, batch_id: str, store_id_: str, base_seq: int,
                           payload: bytes, *args: Any, **kwargs: Any) -> Any:
            sent.append(payload)
            return real_push(conn, batch_id, store_id_, base_seq, payload, *args, **kwargs)

        client.push_batch = recording_push  # type: ignore[assignment]
        timings: dict[str, list[float]] = {"new": [], "changed": [],
                                           "copy new": [], "copy changed": [],
                                           "bare update": []}
        # CPU seconds beside the wall times (desk process + head office's server): on a
        # machine shared with other work the wall time is mostly waiting for a core.
        cpu: dict[str, list[float]] = {name: [] for name in timings}
        for round_no in range(options.rounds):  # paired: each sync beside its own COPY
            ids = add_customers(desk, round_no)
            sent.clear()
            record(timings, cpu, server, "new", timed_sync, desk)
            new_bytes = b"".join(sent)
            with desk.tx() as s:  # every one of them changed once more
                s.execute(update(Customer).where(Customer.id.in_(ids))
                          .values(notes=f"bench, change {round_no}",
                                  revision=Customer.revision + 1))
                record_bulk(s, "customers", ids, "update")
            sent.clear()
            record(timings, cpu, server, "changed", timed_sync, desk)
            changed_bytes = b"".join(sent)
            dsn = server.dsn("bench")
            record(timings, cpu, server, "copy new", fair_copy, dsn, new_bytes,
                   f"{round_no}_new")
            record(timings, cpu, server, "copy changed", fair_copy, dsn, changed_bytes,
                   f"{round_no}_changed")
            prepare_bare_update(dsn, new_bytes, str(round_no))
            record(timings, cpu, server, "bare update", bare_update, dsn, changed_bytes,
                   str(round_no))
        client.push_batch = real_push  # type: ignore[assignment]

        idle = []
        for _ in range(7):
            started = time.perf_counter()
            sync_now(desk)
            idle.append(time.perf_counter() - started)
        slow = slow_line(server, desk, role.role_name, role.password)
        store.close()
        second_store = open_store(work / "second")
        second = sign_in.sign_in(second_store, sign_in.find_staff(second_store, "Lê Thu Trang"),
                                 BENCH_PASSWORD)  # a sync is done by a signed-in person
        become_another_desk(second)
        started = time.perf_counter()
        pulled = sync_now(second).pulled
        t_pull = time.perf_counter() - started
        second_store.close()
        joined = demo_join(server, work, options.customers)
    finally:
        server.destroy()
        shutil.rmtree(work, ignore_errors=True)

    for name in ("new", "changed", "copy new", "copy changed", "bare update"):
        runs = ", ".join(f"{t * 1000:.0f}" for t in timings[name])
        print(f"{name + ' (' + str(ROWS) + ' rows)':<26} median "
              f"{statistics.median(timings[name]) * 1000:6.0f} ms wall, "
              f"{statistics.median(cpu[name]) * 1000:6.0f} ms CPU   wall runs: {runs}")
    for name in ("new", "changed"):
        ratios = [c / t for c, t in zip(timings["copy " + name], timings[name], strict=True)]
        cpu_ratios = [c / t for c, t in zip(cpu["copy " + name], cpu[name], strict=True)]
        print(f"sync speed / COPY speed, {name + ' rows:':<14} {spread(ratios)} wall, "
              f"{spread(cpu_ratios)} CPU, paired   (target >= 0.50)")
    ratios = [c / t for c, t in zip(timings["bare update"], timings["changed"], strict=True)]
    cpu_ratios = [c / t for c, t in zip(cpu["bare update"], cpu["changed"], strict=True)]
    print(f"(information) changed rows against a bare update of the same rows: "
          f"{spread(ratios)} wall, {spread(cpu_ratios)} CPU, paired")
    print(f"a new desk pulling {pulled} rows: {t_pull * 1000:.0f} ms")
    print(f"sync with nothing to do, median of 7: {statistics.median(idle) * 1000:.0f} ms"
          "   (target < 200 ms)")
    (t_idle, trips), (t_cold, cold_trips), (t_bare, bare_trips) = slow
    print(f"at {DELAY * 1000:.0f} ms each way: sync with nothing to do {t_idle * 1000:.0f} ms, "
          f"{trips} round trips (target <= 3); on a new connection (the first sync after "
          f"the program starts) {t_cold * 1000:.0f} ms, {cold_trips} round trips; bare "
          f"connect + one query + close {t_bare * 1000:.0f} ms, {bare_trips} round trips")
    print_join(options.customers, joined)
    print(machine_line(), "(1 / 5 / 15 min) at the end")
    return 0


def print_join(customers: int, joined: tuple[int, float, float]) -> None:
    rows, t_join, t_fetch = joined
    print(f"a new desk joining a demo centre of {customers} customers ({rows} rows): "
          f"{t_join:.1f} s, {rows / t_join:.0f} rows/s (target < 20 s for 20,000 customers); "
          f"one query fetching them {t_fetch:.2f} s; ratio {t_join / t_fetch:4.1f}")


def rss_kib(field: str) -> int | None:
    """VmRSS (now) or VmHWM (peak) of this process in KiB, where Linux says (else None)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def reset_peak_rss() -> bool:
    """The peak (VmHWM) set back to the RSS now, so that the next peak is the join's."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


DELAY = 0.05


def slow_line(server: PgServer, desk: Desk, role: str, password: str
              ) -> tuple[tuple[float, int], tuple[float, int], tuple[float, int]]:
    """(seconds, round trips) of an empty sync over a 50 ms line (best of 3) on the
    connection the desk keeps, of one on a new connection (best of 3), and of a bare
    connect, `SELECT 1` and close over the same line."""
    proxy = LineProxy(server.socket_path, one_way_s=DELAY)
    try:
        connect_head_office(desk, ConnectionSettings(
            host="127.0.0.1", port=proxy.port, dbname="bench", user=role, sslmode="disable"),
            password)
        sync_now(desk)  # the connection is kept from here on
        kept, cold = [], []
        for _ in range(3):
            proxy.reset()
            started = time.perf_counter()
            sync_now(desk)
            kept.append((time.perf_counter() - started, proxy.round_trips))
        for _ in range(3):
            kept_line.drop()  # as after the program starts again
            time.sleep(4 * DELAY)  # its Terminate goes through before counting again
            proxy.reset()
            started = time.perf_counter()
            sync_now(desk)
            cold.append((time.perf_counter() - started, proxy.round_trips))
        kept_line.drop()
        time.sleep(4 * DELAY)
        bare = []
        for _ in range(3):
            proxy.reset()
            started = time.perf_counter()
            with psycopg.connect(host="127.0.0.1", port=proxy.port, dbname="bench", user=role,
                                 password=password, sslmode="disable", gssencmode="disable",
                                 autocommit=True) as conn:
                conn.execute("SELECT 1").fetchone()
            bare.append((time.perf_counter() - started, proxy.round_trips))
        return min(kept), min(cold), min(bare)
    finally:
        proxy.close()


def demo_join(server: PgServer, work: Path, customers: int) -> tuple[int, float, float]:
    """A demo centre's first desk pushes everything (the catalogue the demo made is
    offered to head office); a new desk joins it. (rows, join s, fetch s)."""
    store = open_store(work / "demo-first")
    first = setup.initialise(store, "HN2", "JPF Hà Nội – Cơ sở 2", "Đào Thu Hà",
                             password=BENCH_PASSWORD)
    role = init_head_office(server.dsn("bench"), [first.actor.centre_id]).roles[0]
    assert role.password is not None
    settings = ConnectionSettings(host=str(server.dir), port=server.port, dbname="bench",
                                  user=role.role_name, sslmode="disable")
    connect_head_office(first, settings, role.password)
    fill_demo(store, customers, seed=5, desk=first)
    sync_now(first)
    store.close()
    started = time.perf_counter()
    with psycopg.connect(**psycopg.conninfo.conninfo_to_dict(server.dsn(
            "bench", role.role_name, role.password))) as conn:
        rows = len(conn.execute("SELECT table_name, row_id, data FROM ho.rows").fetchall())
    t_fetch = time.perf_counter() - started
    joined = open_store(work / "demo-joined")
    try:
        peak_reset, rss_before = reset_peak_rss(), rss_kib("VmRSS")
        started, cpu_before = time.perf_counter(), own_cpu()
        join_centre(joined, settings, role.password, "Đào Thu Hà")
        t_join = time.perf_counter() - started
        print(f"(the join used {own_cpu() - cpu_before:.1f} s of this process's CPU)")
        peak = rss_kib("VmHWM")
        if peak_reset and peak is not None and rss_before is not None:
            print(f"(peak RSS during the join {peak / 1024:.0f} MiB, "
                  f"{(peak - rss_before) / 1024:.0f} MiB above the RSS before it)")
    finally:
        joined.close()
    return rows, t_join, t_fetch


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


def server_cpu(server: PgServer) -> float:
    """CPU seconds of the throw-away server: the postmaster, its live processes and the
    ones that ended (a backend closed by the sync). Linux /proc; 0 elsewhere."""
    try:
        postmaster = int((server.dir / "data" / "postmaster.pid").read_text().split()[0])
        total = 0
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # ended meanwhile
            if int(entry) == postmaster:
                total += sum(int(f) for f in fields[11:15])  # own and reaped children's
            elif int(fields[1]) == postmaster:
                total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return 0.0


def own_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)  # every thread of this process
    return used.ru_utime + used.ru_stime


def record(timings: dict[str, list[float]], cpu: dict[str, list[float]], server: PgServer,
           name: str, run: Callable[..., float], *args: Any) -> None:
    """Wall time as `run` measures it; CPU of this process and of the server around it."""
    before = own_cpu() + server_cpu(server)
    timings[name].append(run(*args))
    cpu[name].append(own_cpu() + server_cpu(server) - before)


def timed_sync(desk: Desk) -> float:
    started = time.perf_counter()
    report = sync_now(desk)
    elapsed = time.perf_counter() - started
    assert report.pushed == ROWS, report
    return elapsed


def shaped_like_head_office(conn: psycopg.Connection[Any], target: str, seq: str) -> None:
    """A table like head office's row store (its primary key and indexes), numbered by
    its own sequence, taking the push's COPY columns."""
    conn.execute(f"CREATE SEQUENCE {seq}")
    conn.execute(f"CREATE TABLE {target} (LIKE ho.rows INCLUDING DEFAULTS INCLUDING INDEXES)")
    conn.execute(f"ALTER TABLE {target} ALTER COLUMN ho_seq SET DEFAULT nextval('{seq}'), "
                 "ALTER COLUMN origin_store SET DEFAULT 'bench', ADD COLUMN append_only boolean")


def fair_copy(dsn: str, payload: bytes, name: str) -> float:
    """The sync's own bytes, COPYed in one transaction into a table shaped like head
    office's (its primary key and indexes, a sequence numbering the rows)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        target, seq = f"copy_target_{name}", f"copy_seq_{name}"
        shaped_like_head_office(conn, target, seq)
        started = time.perf_counter()
        with conn.transaction(), conn.cursor().copy(
                f"COPY {target} ({PUSH_COLUMNS}) FROM STDIN") as copy:
            copy.write(payload)
        elapsed = time.perf_counter() - started
        conn.execute(f"DROP TABLE {target}")
        return elapsed


def prepare_bare_update(dsn: str, new_payload: bytes, name: str) -> None:
    """The table `bare_update` changes: head office's shape (indexes, a sequence for the
    order) holding the new rows, loaded and analysed outside the measure."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        target, seq = f"update_target_{name}", f"update_seq_{name}"
        shaped_like_head_office(conn, target, seq)
        with conn.transaction(), conn.cursor().copy(
                f"COPY {target} ({PUSH_COLUMNS}) FROM STDIN") as copy:
            copy.write(new_payload)
        conn.execute(f"VACUUM ANALYZE {target}")


def bare_update(dsn: str, changed_payload: bytes, name: str) -> float:
    """Information beside the target: COPY into an empty table inserts, while a push of
    changed rows replaces rows head office holds. The bare way to do that work on the
    table `prepare_bare_update` made: in one transaction, the changed rows' bytes COPYed
    into a temporary table and one UPDATE ... FROM giving each row its new values and
    sequence number (no checks, no policies, no trigger)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        target, seq = f"update_target_{name}", f"update_seq_{name}"
        conn.execute("CREATE TEMP TABLE changes (table_name text, row_id text, "
                     "centre_id text, revision integer, data jsonb, deleted boolean, "
                     "append_only boolean, base_revision integer)")
        started = time.perf_counter()
        with conn.transaction():
            with conn.cursor().copy(f"COPY changes ({PUSH_COLUMNS}) FROM STDIN") as copy:
                copy.write(changed_payload)
            updated = conn.execute(
                f"UPDATE {target} t SET centre_id = c.centre_id, revision = c.revision, "
                "data = c.data, deleted = c.deleted, base_revision = c.base_revision, "
                f"ho_seq = nextval('{seq}'), updated_at = now() FROM changes c "
                "WHERE t.table_name = c.table_name AND t.row_id = c.row_id").rowcount
        elapsed = time.perf_counter() - started
        assert updated == ROWS, updated
        conn.execute(f"DROP TABLE {target}")
        conn.execute(f"DROP SEQUENCE {seq}")
        return elapsed


if __name__ == "__main__":
    sys.exit(main())
