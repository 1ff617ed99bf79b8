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
from sqlalchemy import insert

from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.base import new_id, utcnow
from jpf_desk.store.models import Customer
from jpf_desk.store.tracking import record_bulk
from jpf_desk.sync import kept_line
from jpf_desk.sync.client import FIRST_BATCH
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


def _many_customers(made: CentreDesk, count: int) -> None:
    """`count` new customers in one transaction: more than the first batch takes."""
    ids = [new_id() for _ in range(count)]
    now = utcnow()
    with made.desk.tx() as s:
        s.execute(insert(Customer), [
            {"id": i, "centre_id": made.desk.actor.centre_id, "created_at": now,
             "updated_at": now, "revision": 1, "family_name": "Khách", "given_name": "Thử",
             "full_name": "Khách Thử", "search_key": "khach thu", "street": "",
             "notes": ""} for i in ids])
        record_bulk(s, "customers", ids, "insert")


def test_a_push_on_two_lanes_keeps_both_connections(
        make_desk: MakeDesk, head_office: HeadOffice, proxy: LineProxy) -> None:
    """The push's second lane is kept too: the next sync of several batches opens no
    connection (a new one costs three round trips and a cold head-office backend)."""
    a = make_desk("HN1")
    _through(proxy, a, head_office)
    _many_customers(a, FIRST_BATCH + 50)
    sync_now(a.desk)
    _many_customers(a, FIRST_BATCH + 50)
    proxy.reset()
    assert sync_now(a.desk).pushed == FIRST_BATCH + 50
    assert proxy.connections == 0
    assert len(head_office.rows("customers")) == 2 * (FIRST_BATCH + 50)


def test_kept_connections_that_died_unseen_are_replaced(
        make_desk: MakeDesk, head_office: HeadOffice, proxy: LineProxy,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a = make_desk("HN1")
    _through(proxy, a, head_office)
    _many_customers(a, FIRST_BATCH + 50)
    sync_now(a.desk)
    with head_office.admin() as admin:
        ended = admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE usename = %s", (a.role,)).fetchall()
    assert ended == [(True,), (True,)]  # both lanes were kept
    monkeypatch.setattr(kept_line, "_alive", lambda conn: True)  # the look misses them
    _many_customers(a, FIRST_BATCH + 50)
    proxy.reset()
    assert sync_now(a.desk).pushed == FIRST_BATCH + 50
    assert proxy.connections == 2
    assert len(head_office.rows("customers")) == 2 * (FIRST_BATCH + 50)
