"""A pulled page is bounded in bytes as well as in rows, and the cursor never skips a row.

Head office stops a page once its rows' JSON text reaches the budget, the row crossing
it included (so a page always moves on); the desk refuses a page that goes on past the
budget before holding it. Rows of known sizes are written at head office by its owner
(tests/sync/test_quarantine.py `owner_writes`), each exactly 1,000 bytes of JSON text.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.sync import store_id, sync_now
from jpf_desk.store.models import Customer, SyncState
from jpf_desk.sync import client, pull
from jpf_desk.sync.client import SyncRun
from jpf_desk.sync.errors import SyncFailed
from jpf_desk.sync.pull import PageTooLarge, fetch_page
from tests.sync.conftest import CentreDesk, HeadOffice, MakeDesk
from tests.sync.helpers import bulk_customers, local_rows
from tests.sync.test_conflicts import second_desk
from tests.sync.test_quarantine import owner_writes

ROW_BYTES = 1000  # `{"id": "r01", "pad": "xx…"}`: 21 bytes of frame, 3 of id, 976 of pad
THIS_STORE = "store-of-this-desk"


@contextmanager
def desk_b_behind(make_desk: MakeDesk, tmp_path: Path,
                  customers: int) -> Iterator[tuple[CentreDesk, Desk, set[str]]]:
    """(desk A, desk B, ids): A made `customers` customers and synced them; B, the
    centre's second desk, has not pulled them yet. B is closed afterwards."""
    a = make_desk("HN1")
    sync_now(a.desk)
    b = second_desk(a, tmp_path)
    try:
        ids = set(bulk_customers(a.desk, customers))
        sync_now(a.desk)
        yield a, b, ids
    finally:
        b.store.close()


def _rows_of_known_size(ho: HeadOffice, centre: str, ids: list[str],
                        origin: dict[str, str] | None = None) -> int:
    """The rows at head office in this order; returns the sequence number before them."""
    with ho.admin() as conn:
        (before,) = conn.execute("SELECT coalesce(max(ho_seq), 0) FROM ho.rows").fetchone()
    for row_id in ids:
        owner_writes(ho, "customers", row_id, {"id": row_id, "pad": "x" * 976}, centre=centre)
    with ho.admin() as conn:
        sizes = conn.execute("SELECT row_id, octet_length(data::text) FROM ho.rows "
                             "WHERE ho_seq > %s", (before,)).fetchall()
        for row_id, store in (origin or {}).items():
            conn.execute("UPDATE ho.rows SET origin_store = %s WHERE row_id = %s",
                         (store, row_id))
    assert dict(sizes) == dict.fromkeys(ids, ROW_BYTES)  # the fixture is what it says
    return int(before)


def _pages(made: CentreDesk, ho: HeadOffice, start: int, *, limit: int = 100,
           budget: int) -> list[tuple[list[str], bool]]:
    """Every page from `start` on, as (row ids, cut), the cursor moved as a desk does."""
    pages: list[tuple[list[str], bool]] = []
    cursor = start
    with ho.as_role(made.role, made.password) as conn:
        for _ in range(50):  # a cursor that stopped moving fails here, never loops
            page = fetch_page(conn, cursor, THIS_STORE, limit, budget=budget).page()
            pages.append(([r.row_id for r in page.rows], page.more))
            assert page.cursor >= cursor
            if not page.more:
                return pages
            cursor = page.cursor
    raise AssertionError(f"no last page after 50: {pages[-3:]}")


TEN = [f"r{n:02d}" for n in range(1, 11)]


def test_a_page_ends_once_its_bytes_reach_the_budget_and_the_next_starts_after_it(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    start = _rows_of_known_size(head_office, a.desk.actor.centre_id, TEN)

    # 2,500 bytes: rows starting at 0, 1,000 and 2,000 bytes; the fourth would start at
    # 3,000, past the budget.
    assert _pages(a, head_office, start, budget=2500) == [
        (["r01", "r02", "r03"], True), (["r04", "r05", "r06"], True),
        (["r07", "r08", "r09"], True), (["r10"], False)]
    # Exactly 3,000: the third row ends on the budget, the fourth would start on it.
    assert _pages(a, head_office, start, budget=3000) == [
        (["r01", "r02", "r03"], True), (["r04", "r05", "r06"], True),
        (["r07", "r08", "r09"], True), (["r10"], False)]
    # One byte more and the fourth row starts inside the budget.
    assert _pages(a, head_office, start, budget=3001) == [
        (["r01", "r02", "r03", "r04"], True), (["r05", "r06", "r07", "r08"], True),
        (["r09", "r10"], False)]
    # A budget smaller than one row: one row per page, never none.
    assert _pages(a, head_office, start, budget=1) == [
        ([row], True) for row in TEN] + [([], False)]
    # The row bound still holds under a large budget.
    assert _pages(a, head_office, start, limit=4, budget=10**6) == [
        (["r01", "r02", "r03", "r04"], True), (["r05", "r06", "r07", "r08"], True),
        (["r09", "r10"], False)]
    # Ten rows of 1,000 bytes fill a 10,000-byte page exactly: cut, then an empty end.
    assert _pages(a, head_office, start, budget=10_000) == [(TEN, True), ([], False)]
    assert _pages(a, head_office, start, budget=10_001) == [(TEN, False)]


def test_this_desks_own_rows_are_passed_without_counting_or_skipping_others(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    own = {"r02": THIS_STORE, "r03": THIS_STORE, "r07": THIS_STORE, "r10": THIS_STORE}
    start = _rows_of_known_size(head_office, a.desk.actor.centre_id, TEN, own)
    assert _pages(a, head_office, start, budget=2500) == [
        (["r01", "r04", "r05"], True), (["r06", "r08", "r09"], True), ([], False)]
    with head_office.as_role(a.role, a.password) as conn:
        last = fetch_page(conn, start, THIS_STORE, 100, budget=10**6)
        (top,) = conn.execute("SELECT max(ho_seq) FROM ho.rows").fetchone()  # type: ignore[misc]
    assert (last.more, last.cursor) == (False, top)  # past r10, this desk's own


@pytest.fixture
def careless_head_office(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Head office answers as if no bound had been asked for, of bytes or of rows (a
    hostile or broken one); returns the count of lines the desk read of each answer."""
    real = pull._stream
    read: list[int] = []

    def ignoring_the_budget(conn: Any, query: str, params: dict[str, Any]
                            ) -> Iterator[tuple[Any, ...]]:
        read.append(0)
        for line in real(conn, query, {**params, "budget": 10**9, "limit": 10**6}):
            read[-1] += 1
            yield line

    monkeypatch.setattr(pull, "_stream", ignoring_the_budget)
    return read


def test_a_page_bigger_than_asked_is_refused_before_it_is_read_whole(
        make_desk: MakeDesk, head_office: HeadOffice, careless_head_office: list[int]
        ) -> None:
    a = make_desk("HN1")
    start = _rows_of_known_size(head_office, a.desk.actor.centre_id, TEN)
    with head_office.as_role(a.role, a.password) as conn:
        with pytest.raises(PageTooLarge) as refused:
            fetch_page(conn, start, THIS_STORE, 100, budget=2500)
        assert conn.closed  # the rest of the answer is not read
    assert refused.value.code == "sync.page_too_large"
    assert careless_head_office == [4]  # three rows within the budget, the fourth refused
    with head_office.as_role(a.role, a.password) as conn:
        with pytest.raises(PageTooLarge):
            fetch_page(conn, start, THIS_STORE, 2, budget=10**6)
        assert conn.closed
    assert careless_head_office == [4, 3]  # two rows asked for, the third refused


def test_a_refused_page_keeps_nothing_and_a_later_sync_takes_every_row(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with desk_b_behind(make_desk, tmp_path, 40) as (a, b, ids):
        with b.tx() as s:
            cursor = s.get(SyncState, 1).cursor  # type: ignore[union-attr]
        real = pull._stream
        monkeypatch.setattr(pull, "_stream", lambda conn, query, params: real(
            conn, query, {**params, "budget": 10**9}))
        with pytest.raises(SyncFailed) as failed:
            SyncRun(b.store, b.actor.centre_id, store_id(b), page_bytes=4000).run()
        assert failed.value.code == "sync.page_too_large"
        with b.tx() as s:
            assert set(s.scalars(select(Customer.id))) & ids == set()
            assert s.get(SyncState, 1).cursor == cursor  # type: ignore[union-attr]
        monkeypatch.setattr(pull, "_stream", real)
        SyncRun(b.store, b.actor.centre_id, store_id(b), page_bytes=4000).run()
        with b.tx() as s:
            assert set(s.scalars(select(Customer.id))) >= ids
        assert local_rows(b) == local_rows(a.desk)


def test_a_sync_in_pages_of_a_few_rows_each_ends_with_every_row(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with desk_b_behind(make_desk, tmp_path, 60) as (a, b, ids):
        pages: list[tuple[int, bool]] = []

        def counted(*args: Any, **kwargs: Any) -> pull.FetchedPage:
            fetched = fetch_page(*args, **kwargs)
            pages.append((len(fetched.lines), fetched.more))
            return fetched

        monkeypatch.setattr(client, "fetch_page", counted)
        run = SyncRun(b.store, b.actor.centre_id, store_id(b), page_bytes=3000)
        pulled = run.run().pulled  # the customers and a's rows about its sync
        with b.tx() as s:
            assert set(s.scalars(select(Customer.id))) >= ids
        assert local_rows(b) == local_rows(a.desk)
        # A customer's JSON is some hundreds of bytes: a few rows a page, many pages,
        # each but the last cut by its bytes (none by its 2,000 rows).
        assert len(pages) > 6 and all(0 < n < 10 for n, _more in pages[:-1])
        assert [more for _n, more in pages] == [True] * (len(pages) - 1) + [False]
        assert sum(n for n, _more in pages) == pulled
