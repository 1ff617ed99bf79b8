"""Cancel takes effect while a pulled page is being applied, not only between pages.

The window's sync and join tasks pass their `check_cancelled`; the sync calls it as it
applies a page too. What it raises rolls the page's transaction back: none of the page's
rows stay, the cursor has not moved, and the next sync takes every row.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from jpf_desk.services.head_office.sync import store_id
from jpf_desk.store.models import Customer, SyncState
from jpf_desk.sync import inbox
from jpf_desk.sync.client import JOIN_PAGE_ROWS, SyncRun
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import local_rows
from tests.sync.test_pull_bytes import desk_b_behind


class _Cancelled(Exception):
    """What the window's Cancel raises in the sync (ui/tasks.Cancelled)."""


def test_cancel_while_a_page_is_applied_keeps_nothing_of_it_and_the_next_sync_resumes(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with desk_b_behind(make_desk, tmp_path, 1500) as (a, b, ids):
        with b.tx() as s:
            cursor = s.get(SyncState, 1).cursor  # type: ignore[union-attr]
            customers_before = s.scalar(select(func.count()).select_from(Customer))

        # Rows of the page already written in its transaction when Cancel is pressed.
        written: list[int] = []
        real_upsert = inbox.upsert_rows

        def counting_upsert(session: Any, table: Any, rows: Any, **kwargs: Any) -> None:
            rows = list(rows)
            real_upsert(session, table, rows, **kwargs)
            if table.name == "customers":
                written.append(len(rows))

        monkeypatch.setattr(inbox, "upsert_rows", counting_upsert)
        pressed: list[int] = []

        def cancel_once_rows_are_written() -> None:
            if written and not pressed:
                pressed.append(sum(written))
                raise _Cancelled()

        with pytest.raises(_Cancelled) as stopped:
            SyncRun(b.store, b.actor.centre_id, store_id(b), page_size=JOIN_PAGE_ROWS,
                    check_cancelled=cancel_once_rows_are_written).run()
        # Raised inside the page's application, with customers written already.
        assert "apply_page" in {f.f_code.co_name for f, _line in traceback.walk_tb(
            stopped.value.__traceback__)}
        assert 0 < pressed[0] < 1500
        with b.tx() as s:
            assert s.scalar(select(func.count()).select_from(Customer)) == customers_before
            assert set(s.scalars(select(Customer.id))) & ids == set()
            assert s.get(SyncState, 1).cursor == cursor  # type: ignore[union-attr]

        SyncRun(b.store, b.actor.centre_id, store_id(b), page_size=JOIN_PAGE_ROWS).run()
        with b.tx() as s:
            assert set(s.scalars(select(Customer.id))) >= ids
        assert local_rows(b) == local_rows(a.desk)
