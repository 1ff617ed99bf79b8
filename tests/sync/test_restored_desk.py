"""A desk put back from an older copy of its own store (issue 11, finding 3): it says
so, takes back its own rows written after the copy, and the copy's change to a row
changed since is a conflict, never written over head office's newer version."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from jpf_desk.services.head_office.conflicts import list_conflicts
from jpf_desk.services.head_office.sync import sync_now, sync_status
from jpf_desk.store.engine import open_store
from jpf_desk.store.models import Customer
from tests.helpers.staff import sign_in_as
from tests.helpers.stores import copy_store as copy_store_files
from tests.sync.conftest import CentreDesk, HeadOffice, MakeDesk
from tests.sync.helpers import add_customer, outbox_size


def copy_store(desk: CentreDesk, to: Path) -> None:
    """A backup of the desk's store file (and its key note), taken with the desk closed."""
    desk.desk.store.close()
    copy_store_files(desk.data_dir, to)
    desk.desk.store = open_store(desk.data_dir)


def notes_at_head_office(ho: HeadOffice, row_id: str) -> object:
    with ho.admin() as conn:
        row = conn.execute("SELECT data->>'notes' FROM ho.rows WHERE row_id = %s",
                           (row_id,)).fetchone()
    return row[0] if row else None


def test_restored_copy_says_so_and_gets_its_own_later_rows(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    z = add_customer(a.desk, "Võ", "Zung")
    sync_now(a.desk)
    copy_store(a, tmp_path / "backup")

    n = add_customer(a.desk, "Ngô", "Nam", "0987654321")  # made after the copy
    with a.desk.tx() as s:
        found = s.get(Customer, z)
        assert found is not None
        found.notes = "v2"
    sync_now(a.desk)
    a.close()  # the disk fails; the backup is put back

    store = open_store(tmp_path / "backup")
    try:
        restored = sign_in_as(store, "Trần Văn Thử")  # the desk's manager signs in
        with restored.tx() as s:  # someone works on the old copy before it syncs
            stale = s.get(Customer, z)
            assert stale is not None and stale.notes == ""
            stale.notes = "sửa trên bản sao cũ"
        report = sync_now(restored)
        assert report.restored
        with restored.tx() as s:
            assert s.get(Customer, n) is not None
            assert set(s.scalars(select(Customer.id))) == {z, n}
        # Z's v2 from head office meets the stale edit as a conflict; nothing overwrote it.
        assert [(c.table_name, c.row_id) for c in list_conflicts(restored)] == [
            ("customers", z)]
        assert notes_at_head_office(head_office, z) == "v2"
        assert sync_status(restored).restored_at is not None
        assert outbox_size(restored) > 0  # the stale edit waits for the person's decision

        again = sync_now(restored)  # said once
        assert not again.restored and again.conflicts == 1
        assert notes_at_head_office(head_office, z) == "v2"
    finally:
        store.close()


def test_a_desk_that_was_not_restored_never_says_so(make_desk: MakeDesk) -> None:
    a = make_desk("HN1")
    for round_no in range(3):
        add_customer(a.desk, "Lê", ("An", "Bình", "Chi")[round_no], f"09876543{round_no:02d}")
        report = sync_now(a.desk)
        assert not report.restored and report.pushed >= 1
    assert sync_status(a.desk).restored_at is None
