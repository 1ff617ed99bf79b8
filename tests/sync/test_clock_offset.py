"""A desk whose clock is wrong learns it at each sync, from head office's clock read in
the pull it makes anyway, and says so in `jpf-desk sync status`.

The desk's clock is faked by replacing the function the desk reads time through
(`jpf_desk.domain.dates.now_vn`); head office's clock is the real one. Nothing sleeps.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from jpf_desk.cli import main
from jpf_desk.domain import dates
from jpf_desk.services.head_office.sync import sync_now, sync_status
from jpf_desk.store.engine import open_store
from tests.helpers.staff import password_on_stdin, signed_in_args
from tests.sync.conftest import CentreDesk, MakeDesk

REAL_NOW = dates.now_vn


def desk_clock_off_by(monkeypatch: pytest.MonkeyPatch, delta: timedelta) -> None:
    fake: Callable[[], datetime] = lambda: REAL_NOW() + delta  # noqa: E731
    monkeypatch.setattr(dates, "now_vn", fake)


def test_a_desk_ten_minutes_fast_measures_it_at_the_sync(
        make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch) -> None:
    a = make_desk("HN1")
    assert sync_status(a.desk).clock is None  # never measured before a sync
    desk_clock_off_by(monkeypatch, timedelta(minutes=10))
    sync_now(a.desk)
    clock = sync_status(a.desk).clock
    assert clock is not None
    # 600 s, give or take the round trip on a local socket.
    assert abs(clock.offset.total_seconds() - 600) < 5
    assert clock.off
    assert abs((clock.measured_at - REAL_NOW()).total_seconds()) < 60  # head office's time


def test_a_desk_days_slow_is_off_and_a_right_one_is_not(
        make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch) -> None:
    a = make_desk("HN1")
    desk_clock_off_by(monkeypatch, -timedelta(days=3))
    sync_now(a.desk)
    slow = sync_status(a.desk).clock
    assert slow is not None and slow.off
    assert abs(slow.offset.total_seconds() + 3 * 86400) < 5

    monkeypatch.setattr(dates, "now_vn", REAL_NOW)  # someone set the time right
    sync_now(a.desk)  # an empty sync: measured again all the same
    right = sync_status(a.desk).clock
    assert right is not None and not right.off
    assert abs(right.offset.total_seconds()) < 5


def test_a_desk_within_the_bound_is_not_off(
        make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch) -> None:
    a = make_desk("HN1")
    desk_clock_off_by(monkeypatch, timedelta(seconds=90))  # under the 2 minutes
    sync_now(a.desk)
    clock = sync_status(a.desk).clock
    assert clock is not None and not clock.off


def _status(a: CentreDesk, capsys: pytest.CaptureFixture[str],
            monkeypatch: pytest.MonkeyPatch, *extra: str) -> str:
    a.close()
    try:
        password_on_stdin(monkeypatch)
        assert main(["sync", "--data-dir", str(a.data_dir), "status", *extra,
                     *signed_in_args("Trần Văn Thử")]) == 0
        return capsys.readouterr().out
    finally:
        a.desk.store = open_store(a.data_dir)


def test_sync_status_says_the_clock_is_off(
        make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    a = make_desk("HN1")
    desk_clock_off_by(monkeypatch, timedelta(hours=2, minutes=5))
    sync_now(a.desk)
    status = json.loads(_status(a, capsys, monkeypatch, "--json"))
    assert status["clock_off"] is True
    assert abs(status["clock_offset_seconds"] - 7500) < 5
    assert status["clock_measured_at"]
    out = _status(a, capsys, monkeypatch)
    assert "clock_off\tTrue" in out
    assert "chạy NHANH hơn trụ sở chính 0 ngày 2 giờ 5 phút" in out


def test_sync_status_of_a_right_clock_has_no_warning(
        make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    a = make_desk("HN1")
    sync_now(a.desk)
    status = json.loads(_status(a, capsys, monkeypatch, "--json"))
    assert status["clock_off"] is False
    assert abs(status["clock_offset_seconds"]) < 5
    assert "trụ sở chính" not in _status(a, capsys, monkeypatch)
