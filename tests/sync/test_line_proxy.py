"""The head-office line of the tests and of bench/sync.py (tests/helpers/line_proxy.py):
slowed down or not, it forwards the same conversation and counts the same round trips;
cut, it drops the open connections and takes new ones."""

from __future__ import annotations

import time

import psycopg
import pytest

from tests.helpers.line_proxy import LineProxy
from tests.sync.conftest import HeadOffice, MakeDesk

# Written out: a bare connect with SCRAM (start-up, then its two steps), one query and
# the Terminate of close, with no GSSAPI probe (bench/sync.py's baseline).
BARE_ROUND_TRIPS = 5


def _bare(proxy: LineProxy, head_office: HeadOffice, role: str, password: str) -> None:
    with psycopg.connect(host="127.0.0.1", port=proxy.port, dbname=head_office.dbname,
                         user=role, password=password, sslmode="disable",
                         gssencmode="disable", autocommit=True) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


@pytest.mark.parametrize("one_way_s", [0.0, 0.05])
def test_a_line_counts_the_same_round_trips_slow_or_not(
        make_desk: MakeDesk, head_office: HeadOffice, one_way_s: float) -> None:
    a = make_desk("HN1")
    proxy = LineProxy(head_office.server.socket_path, one_way_s=one_way_s)
    try:
        started = time.perf_counter()
        _bare(proxy, head_office, a.role, a.password)
        took = time.perf_counter() - started
        proxy.wait_all_closed()
        assert (proxy.round_trips, proxy.connections) == (BARE_ROUND_TRIPS, 1)
        # each exchange before close waited for the line both ways
        assert took >= (BARE_ROUND_TRIPS - 1) * 2 * one_way_s
        proxy.reset()
        assert (proxy.round_trips, proxy.connections) == (0, 0)
    finally:
        proxy.close()


def test_a_cut_line_drops_what_is_open_and_takes_new_connections(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    proxy = LineProxy(head_office.server.socket_path)
    try:
        conn = psycopg.connect(host="127.0.0.1", port=proxy.port, dbname=head_office.dbname,
                               user=a.role, password=a.password, sslmode="disable",
                               gssencmode="disable", autocommit=True)
        proxy.cut()
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT 1")
        conn.close()
        _bare(proxy, head_office, a.role, a.password)
    finally:
        proxy.close()


def test_a_line_is_slow_or_cut_after_some_bytes_not_both() -> None:
    with pytest.raises(ValueError):
        LineProxy("/nonexistent", one_way_s=0.05, cut_after_bytes=100)
