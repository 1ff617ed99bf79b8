"""A real desk process that syncs and stops at one step of the sync, for a test to kill.

    python -m tests.sync.paused_sync DATA_DIR STEP MARKER

Opens the store as `jpf-desk sync` does (its manager signed in), syncs with a hook
that, at STEP, writes this process id to MARKER and sleeps; the test then kills the
process with SIGKILL.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.staff.passwords import use_cost
from jpf_desk.store.engine import open_store
from tests.helpers.staff import TEST_COST, sign_in_as


def main(data_dir: str, step: str, marker: str) -> int:
    use_cost(TEST_COST)  # the tests' cost: no rehash written at sign-in
    store = open_store(Path(data_dir))
    desk = sign_in_as(store, "Trần Văn Thử")  # the manager of tests/sync's desks

    def pause(name: str) -> None:
        if name == step:
            Path(marker).write_text(str(os.getpid()))
            time.sleep(3600)

    sync_now(desk, hook=pause)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
