"""The desk's own CPU per pushed batch, without head office.

The push's local side as the sync runs it (client.SyncRun._claim): in one transaction,
acknowledge the batch head office answered, claim the next one and build its COPY
lines. Head office's answer is stood in for (every row taken), so only the desk's work
is timed: on a machine whose cores the desk shares with head office, each millisecond
here is one head office does not get. As in the sync, AHEAD batches are claimed and not
yet answered at any time. 10,000 new customers are pushed in batches of
2,000, then the same 10,000 changed once, for `--rounds` rounds; per batch, the CPU of
this thread (median and range over every batch of the kind), and its ratio to the
baseline measured beside it, batch by batch: the bare read of the same rows' JSON (the
part of the work no desk code can take away). `--profile` prints where
the time of the changed rows goes instead. A script, not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
from sqlalchemy import update  # noqa: E402

from bench.machine import machine_line, spread  # noqa: E402
from bench.sync import BENCH_PASSWORD, ROWS, add_customers  # noqa: E402
from jpf_desk.services import setup  # noqa: E402
from jpf_desk.services.desk import Desk  # noqa: E402
from jpf_desk.store.engine import open_store  # noqa: E402
from jpf_desk.store.models import Customer  # noqa: E402
from jpf_desk.store.tracking import record_bulk  # noqa: E402
from jpf_desk.sync.client import AHEAD, SyncRun  # noqa: E402
from jpf_desk.sync.outbox import Batch  # noqa: E402
from jpf_desk.sync.protocol import PushResult  # noqa: E402
from jpf_desk.sync.rows import json_select, synced_tables  # noqa: E402
from tests.helpers.memory_keyring import MemoryKeyring  # noqa: E402

BATCH = 2000
TAKEN = PushResult(already_applied=False, rejected=frozenset(), forbidden=frozenset())


def push_locally(run: SyncRun) -> list[tuple[float, float]]:
    """Every batch claimed and acknowledged as the sync does it, with AHEAD batches
    claimed and not yet answered (sent, being applied). For each step that claimed a
    full batch (the last steps, acknowledging only, are left out): its CPU seconds, and
    beside it those of the baseline, the bare read of the same rows' JSON."""
    costs: list[tuple[float, float]] = []
    in_flight: deque[Batch] = deque()
    answered = None
    while True:
        started = time.thread_time()
        batch, _cursor = run._claim({b.batch_id for b in in_flight}, first=False,
                                    acknowledge=answered)
        spent = time.thread_time() - started
        answered = None
        if batch is not None:
            in_flight.append(batch)
            if batch.size == BATCH:
                costs.append((spent, bare_json(run, batch.batch_id)))
        if in_flight and (batch is None or len(in_flight) >= AHEAD):
            answered = in_flight.popleft(), TAKEN
        elif batch is None:
            return costs


def bare_json(run: SyncRun, batch_id: str) -> float:
    """CPU seconds of the least a push reads: the JSON of the batch's rows, built by the
    very same SQLite expression, in one statement straight through the driver."""
    query = (f"SELECT {json_select(synced_tables()['customers'].table, 't')} FROM outbox o "
             "JOIN customers t ON t.id = o.row_id WHERE o.batch_id = ?")
    raw = run.store.engine.raw_connection()
    try:
        started = time.thread_time()
        raw.cursor().execute(query, (batch_id,)).fetchall()
        return time.thread_time() - started
    finally:
        raw.close()


def change_all(desk: Desk, ids: list[str], round_no: int) -> None:
    """As bench/sync.py changes them: one column and the revision, one outbox entry each."""
    with desk.tx() as s:
        s.execute(update(Customer).where(Customer.id.in_(ids))
                  .values(notes=f"bench, change {round_no}", revision=Customer.revision + 1))
        record_bulk(s, "customers", ids, "update")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true",
                        help="cProfile of the changed rows' push (one round)")
    options = parser.parse_args()
    print(machine_line(), "(1 / 5 / 15 min) at the start")
    keyring.set_keyring(MemoryKeyring())
    work = Path(tempfile.mkdtemp(prefix="jpf-bench-desk-push-"))
    try:
        store = open_store(work / "desk")
        desk = setup.initialise(store, "HN1", "JPF Hà Nội – Cơ sở 1", "Lê Thu Trang",
                                password=BENCH_PASSWORD)
        run = SyncRun(store, desk.actor.centre_id, "bench-store", batch_size=BATCH)
        push_locally(run)  # what setting up wrote
        costs: dict[str, list[tuple[float, float]]] = {"new": [], "changed": []}
        for round_no in range(options.rounds):
            ids = add_customers(desk, round_no)
            costs["new"] += push_locally(run)
            change_all(desk, ids, round_no)
            if options.profile:
                profile = cProfile.Profile()
                profile.enable()
                push_locally(run)
                profile.disable()
                pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
                pstats.Stats(profile).sort_stats("tottime").print_stats(15)
                return 0
            costs["changed"] += push_locally(run)
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name, pairs in costs.items():
        desk_ms = [spent * 1000 for spent, _bare in pairs]
        ratios = [spent / bare for spent, bare in pairs]
        print(f"desk CPU per {BATCH}-row batch, {name + ' rows:':<14} "
              f"{spread(desk_ms, ' ms', 1).replace('rounds', 'batches')}; "
              f"per {ROWS} rows {statistics.median(desk_ms) * ROWS / BATCH:.0f} ms; "
              f"against the bare JSON read {spread(ratios, 'x').replace('rounds', 'batches')}")
    print(machine_line(), "(1 / 5 / 15 min) at the end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
