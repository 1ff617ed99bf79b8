"""A join of a whole demo centre after 2,000 edits on its first desk (issue 11): every
synced table has the same count on both desks, the joined desk's consent chain
verifies, and nothing is left parked."""

from __future__ import annotations

import json
import random
import shutil
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
from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.store.engine import STORE_FILE, open_store
from jpf_desk.store.models import Customer
from jpf_desk.sync.rows import read_rows, synced_tables
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import bulk_edit


def table_counts(desk: Desk) -> dict[str, int]:
    with desk.tx() as s:
        return {name: s.scalar(select(func.count()).select_from(spec.table)) or 0
                for name, spec in synced_tables().items()}


def publish_shared_rows(ho: HeadOffice, desk: Desk) -> int:
    """The demo builder makes the shared catalogue (courses, partners, document kinds)
    on the desk; in a real centre head office writes it. Head office's owner writes the
    same rows, as they are on the desk."""
    published = 0
    with desk.tx() as s, ho.admin() as conn:
        for name, spec in synced_tables().items():
            ids = list(s.scalars(select(spec.table.c.id)
                                 .where(spec.table.c.centre_id == SHARED_CENTRE)))
            for data in read_rows(s, spec.table, ids):
                conn.execute(
                    "INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
                    "origin_store, ho_seq) VALUES (%s, %s, %s, %s, %s, 'head-office', 0)",
                    (name, data["id"], SHARED_CENTRE, data["revision"], json.dumps(data)))
                published += 1
    return published


def test_join_after_many_edits_gets_every_row(make_desk: MakeDesk, head_office: HeadOffice,
                                              tmp_path: Path, empty_store: Path) -> None:
    first = make_desk("HN1")
    fill_demo(first.desk.store, 150, seed=11)
    assert sync_now(first.desk).refused > 0  # the shared catalogue: head office's to write
    assert publish_shared_rows(head_office, first.desk) > 50
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
    folder.mkdir()
    shutil.copyfile(empty_store / STORE_FILE, folder / STORE_FILE)
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
