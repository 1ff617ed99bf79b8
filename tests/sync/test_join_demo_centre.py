"""A join of a whole demo centre after 2,000 edits on its first desk (issue 11): every
synced table has the same count on both desks, the joined desk's consent chain
verifies, and nothing is left parked."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.verify import verify_consents
from jpf_desk.services.demo.build import fill_demo
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.join import join_centre
from jpf_desk.services.head_office.sync import (
    connection_settings,
    set_aside_rows,
    sync_now,
    sync_status,
)
from jpf_desk.store.engine import open_store
from jpf_desk.store.models import Customer
from jpf_desk.sync.rows import synced_tables
from tests.helpers.stores import copy_store
from tests.sync.conftest import MakeDesk
from tests.sync.helpers import bulk_edit


def table_counts(desk: Desk) -> dict[str, int]:
    with desk.tx() as s:
        return {name: s.scalar(select(func.count()).select_from(spec.table)) or 0
                for name, spec in synced_tables().items()}


def test_join_after_many_edits_gets_every_row(make_desk: MakeDesk,
                                              tmp_path: Path, empty_store: Path) -> None:
    first = make_desk("HN1")
    fill_demo(first.desk.store, 150, seed=11, desk=first.desk)
    # The catalogue the demo made is offered to head office; the centre's desks get it.
    assert sync_now(first.desk).settled.offered > 50
    rng = random.Random(7)
    with first.desk.tx() as s:
        customers = sorted(s.scalars(select(Customer.id)))
        adults = sorted(s.scalars(select(Customer.id).where(
            Customer.birth_date < date(2000, 1, 1))))
    edits = 0
    for round_no in range(13):  # 13 x 150 customer edits, synced in between
        bulk_edit(first.desk, customers, f"gọi lại lần {round_no}")
        edits += len(customers)
        if round_no % 2:
            sync_now(first.desk)
    for customer in rng.sample(adults, min(60, len(adults))):  # consent changes
        capture_consent(first.desk, customer, ConsentInput(
            given=frozenset({"service", "contact"})))
        edits += 1
    assert edits >= 2000, edits
    sync_now(first.desk)

    folder = tmp_path / "joined"
    copy_store(empty_store, folder)
    store = open_store(folder)
    try:
        joined = join_centre(store, connection_settings(first.desk), first.password,
                             "Trần Văn Thử")  # the first desk's manager: no new staff row
        counts = table_counts(first.desk)
        assert sum(counts.values()) > 3000
        assert table_counts(joined) == counts
        assert verify_consents(joined).mismatch is None
        assert set_aside_rows(joined) == []
        status = sync_status(joined)
        assert (status.parked, status.quarantined, status.pending_changes) == (0, 0, 0)
    finally:
        store.close()
