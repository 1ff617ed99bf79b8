"""Issue 11: an empty sync in at most three round trips, counted on the wire.

The line proxy between the desk and the real PostgreSQL (tests/helpers/line_proxy.py, as
bench/sync.py uses it) counts round trips: one each time the desk sends after having
heard from head office (or first). Opening a connection with SCRAM password
authentication costs three (start-up, then the two SCRAM steps); the desk keeps its
connection between syncs, so an empty sync after the first one is one round trip: the
pull.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.sync import kept_line
from tests.consent.builders import NOW, new_adult
from tests.helpers.line_proxy import LineProxy
from tests.sync.conftest import CentreDesk, HeadOffice, MakeDesk, connect_desk
from tests.sync.helpers import add_customer


@pytest.fixture
def proxy(head_office: HeadOffice) -> Iterator[LineProxy]:
    kept_line.drop()  # no connection kept by an earlier test
    counting = LineProxy(head_office.server.socket_path)
    yield counting
    kept_line.drop()
    counting.close()


def _through(proxy: LineProxy, made: CentreDesk, head_office: HeadOffice) -> None:
    connect_desk(made.desk, head_office, made.role, made.password, host="127.0.0.1",
                 port=proxy.port)


def _receipt(made: CentreDesk) -> None:
    customer = new_adult(made.desk, "Khách Thị Thử")
    capture_consent(made.desk, customer, ConsentInput(given=frozenset({"service"})),
                    now=NOW + timedelta(minutes=1))


def test_an_empty_sync_takes_one_round_trip_on_the_kept_connection(
        make_desk: MakeDesk, head_office: HeadOffice, proxy: LineProxy) -> None:
    a = make_desk("HN1")
    _through(proxy, a, head_office)
    add_customer(a.desk, "Lê", "Thu")
    _receipt(a)  # a consent chain head to anchor: unchanged, it is not sent again
    first = sync_now(a.desk)
    assert first.pushed > 0
    proxy.reset()
    report = sync_now(a.desk)
    assert (report.pushed, report.pulled) == (0, 0)
    assert proxy.connections == 0
    assert proxy.round_trips == 1  # the pull, nothing else
    assert proxy.round_trips <= 3  # the bound


def test_an_empty_sync_on_a_new_connection_costs_the_authentication_and_the_pull(
        make_desk: MakeDesk, head_office: HeadOffice, proxy: LineProxy) -> None:
    a = make_desk("HN1")
    _through(proxy, a, head_office)
    _receipt(a)
    sync_now(a.desk)
    kept_line.drop()  # as after the program starts again
    proxy.wait_all_closed()
    proxy.reset()
    sync_now(a.desk)
    assert proxy.connections == 1
    # Start-up, SCRAM's two steps, the pull: no GSSAPI probe, no separate query for
    # the centre's offers nor for the unchanged chain head.
    assert proxy.round_trips == 4


def test_a_kept_connection_ended_at_head_office_is_replaced(
        make_desk: MakeDesk, head_office: HeadOffice, proxy: LineProxy) -> None:
    a = make_desk("HN1")
    _through(proxy, a, head_office)
    sync_now(a.desk)
    with head_office.admin() as admin:
        ended = admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE usename = %s", (a.role,)).fetchall()
    assert ended == [(True,)]
    add_customer(a.desk, "Lê", "Thu")
    proxy.reset()
    assert sync_now(a.desk).pushed == 1
    assert proxy.connections == 1


def test_a_kept_connection_that_died_unseen_is_replaced_once(
        make_desk: MakeDesk, head_office: HeadOffice, proxy: LineProxy,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a = make_desk("HN1")
    _through(proxy, a, head_office)
    sync_now(a.desk)
    with head_office.admin() as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE usename = %s", (a.role,))
    monkeypatch.setattr(kept_line, "_alive", lambda conn: True)  # the look misses it
    add_customer(a.desk, "Lê", "Thu")
    proxy.reset()
    assert sync_now(a.desk).pushed == 1
    assert proxy.connections == 1
