"""A sync cut anywhere (line, desk process, server) loses and duplicates nothing:
the next sync finishes the job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from jpf_desk.secrets import SERVICE
from jpf_desk.services.head_office.sync import (
    connect_head_office,
    connection_settings,
    store_id,
    sync_now,
)
from jpf_desk.store.engine import open_store
from jpf_desk.sync.client import SyncRun
from jpf_desk.sync.connection import secret_name
from jpf_desk.sync.errors import SyncFailed
from tests.helpers.line_proxy import LineProxy
from tests.helpers.staff import sign_in_as
from tests.helpers.stores import child_keyring_env
from tests.sync import file_keyring
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import (
    add_customers,
    applied_batches,
    batched_entries,
    head_office_rows,
    local_rows,
    outbox_size,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def proxy(head_office: HeadOffice) -> Iterator[LineProxy]:
    p = LineProxy(head_office.server.socket_path)
    yield p
    p.close()


class OnBatch:
    """Calls `action` the n-th time a sync reaches `step` (batches commit in order)."""

    def __init__(self, step: str, n: int, action: object) -> None:
        self.step, self.n, self.action, self.seen = step, n, action, 0

    def __call__(self, step: str) -> None:
        if step == self.step:
            self.seen += 1
            if self.seen == self.n:
                self.action()  # type: ignore[operator]


def assert_in_step(desk_: object, ho: HeadOffice) -> None:
    desk = desk_  # a Desk
    assert outbox_size(desk) == 0  # type: ignore[arg-type]
    here = local_rows(desk)  # type: ignore[arg-type]
    there = head_office_rows(ho, desk.actor.centre_id)  # type: ignore[attr-defined]
    assert here == there
    batches = applied_batches(ho)
    assert len(batches) == len(set(batches))


def test_line_cut_in_the_middle_of_a_batch(make_desk: MakeDesk, head_office: HeadOffice,
                                           proxy: LineProxy) -> None:
    a = make_desk("HN1", host="127.0.0.1", port=proxy.port)
    add_customers(a.desk, 40)
    run = SyncRun(a.desk.store, a.desk.actor.centre_id, store_id(a.desk), batch_size=25,
                  hook=OnBatch("before_remote_commit", 2, proxy.cut))
    with pytest.raises(SyncFailed) as failed:
        run.run()
    assert failed.value.code == "sync.network"
    # The first batch is home; the second keeps its id for the retry.
    assert len(applied_batches(head_office)) == 1
    assert batched_entries(a.desk) > 0
    assert 0 < len(head_office_rows(head_office, a.desk.actor.centre_id)) \
        < len(local_rows(a.desk))

    sync_now(a.desk)
    assert_in_step(a.desk, head_office)


def test_server_restarted_immediately_mid_batch(make_desk: MakeDesk,
                                               head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    add_customers(a.desk, 40)
    run = SyncRun(a.desk.store, a.desk.actor.centre_id, store_id(a.desk), batch_size=25,
                  hook=OnBatch("before_remote_commit", 2,
                               head_office.server.restart_immediate))
    with pytest.raises(SyncFailed):
        run.run()
    assert len(applied_batches(head_office)) == 1
    sync_now(a.desk)
    assert_in_step(a.desk, head_office)


def test_ack_lost_batch_is_not_applied_twice(make_desk: MakeDesk, head_office: HeadOffice,
                                            proxy: LineProxy) -> None:
    a = make_desk("HN1", host="127.0.0.1", port=proxy.port)
    add_customers(a.desk, 10)

    def lose_ack() -> None:
        proxy.cut()
        raise ConnectionResetError("line dropped before the acknowledgement")

    run = SyncRun(a.desk.store, a.desk.actor.centre_id, store_id(a.desk),
                  hook=OnBatch("after_remote_commit", 1, lose_ack))
    with pytest.raises(SyncFailed):
        run.run()
    assert len(applied_batches(head_office)) == 1
    pending = batched_entries(a.desk)
    assert pending == outbox_size(a.desk) > 0
    seq_before = _max_seq(head_office)
    sync_now(a.desk)
    assert _max_seq(head_office) == seq_before  # the retried batch changed no row
    assert_in_step(a.desk, head_office)


class _UserStopped(Exception):
    """What a Cancel button raises in the sync's check."""


def test_stopped_after_an_answer_resends_that_batch_without_applying_it_again(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    """A batch is acknowledged here together with the next claim: stopped in between,
    the desk still holds it, and head office answers the resent batch from its record."""
    a = make_desk("HN1")
    add_customers(a.desk, 200)  # many more batches than can be in flight
    answered: list[str] = []

    def after_commit(step: str) -> None:
        if step == "after_remote_commit":
            answered.append(step)

    def stop_once_answered() -> None:
        if answered:
            raise _UserStopped()

    run = SyncRun(a.desk.store, a.desk.actor.centre_id, store_id(a.desk), batch_size=25,
                  hook=after_commit, check_cancelled=stop_once_answered)
    with pytest.raises(_UserStopped):
        run.run()
    applied = set(applied_batches(head_office))
    assert applied and batched_entries(a.desk) > 0  # answered at head office, held here
    sync_now(a.desk)
    assert_in_step(a.desk, head_office)  # nothing lost, no batch applied twice
    assert applied < set(applied_batches(head_office))  # and the rest went too


def _max_seq(ho: HeadOffice) -> int:
    with ho.admin() as conn:
        row = conn.execute("SELECT max(ho_seq) FROM ho.rows").fetchone()
    assert row is not None
    return int(row[0])  # type: ignore[call-overload]


@pytest.mark.parametrize("step", ["batch_sending", "before_remote_commit",
                                  "after_remote_commit"])
def test_desk_process_killed_during_sync(step: str, make_desk: MakeDesk,
                                         head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    add_customers(a.desk, 30)
    settings = connection_settings(a.desk)
    data_dir = a.data_dir
    a.close()  # the child process takes the store's lock

    env = {**child_keyring_env(tmp_path), "PYTHONPATH": str(ROOT)}  # the store key too
    file_keyring.write(Path(env[file_keyring.ENV]), SERVICE, secret_name(settings.user),
                       a.password)
    marker = tmp_path / "paused"
    child = subprocess.Popen([sys.executable, "-m", "tests.sync.paused_sync", str(data_dir),
                              step, str(marker)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(600):
            if marker.exists() or child.poll() is not None:
                break
            time.sleep(0.05)
        assert marker.exists(), child.communicate(timeout=5)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)

    store = open_store(data_dir)
    try:
        desk = sign_in_as(store, "Trần Văn Thử")
        expected = 1 if step == "after_remote_commit" else 0
        assert len(applied_batches(head_office)) == expected
        connect_head_office(desk, settings, a.password)  # same keyring entry, in memory
        sync_now(desk)
        assert_in_step(desk, head_office)
    finally:
        store.close()


def test_desk_keeps_working_while_a_batch_is_on_the_line(make_desk: MakeDesk,
                                                         head_office: HeadOffice) -> None:
    import threading

    from tests.sync.helpers import add_customer

    a = make_desk("HN1")
    add_customers(a.desk, 10)
    on_line, release = threading.Event(), threading.Event()

    def hold(step: str) -> None:
        if step == "before_remote_commit" and not on_line.is_set():
            on_line.set()
            release.wait(30)

    run = SyncRun(a.desk.store, a.desk.actor.centre_id, store_id(a.desk), hook=hold)
    worker = threading.Thread(target=run.run)
    worker.start()
    try:
        assert on_line.wait(30)
        # Head office holds the batch in an open transaction; the desk still writes.
        late = add_customer(a.desk, "Phan", "Giang", "0912399999")
    finally:
        release.set()
        worker.join(60)
    assert not worker.is_alive()
    sync_now(a.desk)
    assert_in_step(a.desk, head_office)
    assert any(r == late for _t, r, _v in head_office_rows(head_office, a.desk.actor.centre_id))
