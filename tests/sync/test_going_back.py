"""An old copy of a desk put back cannot undo what was synced since (issue 11,
finding 2): head office refuses going back, and the copy gets a conflict to decide."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.conflicts import list_conflicts
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.engine import STORE_FILE, open_store
from jpf_desk.store.models import Customer
from tests.helpers.staff import sign_in_as
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer
from tests.sync.test_conflicts import rename, second_desk


def given_name(desk: Desk, customer_id: str) -> tuple[str, int]:
    with desk.tx() as s:
        row = s.get(Customer, customer_id)
        assert row is not None
        return row.given_name, row.revision


def reopen(folder: Path) -> Desk:
    return sign_in_as(open_store(folder), "Trần Văn Thử")


@pytest.mark.parametrize("more_edits", [0, 2])
def test_an_old_copy_put_back_does_not_bring_back_old_data(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path, more_edits: int) -> None:
    """With more edits on the copy its revision passes head office's (4 > 3): the
    change was still made on revision 1, not on head office's 3."""
    one = make_desk("HN1")
    z = add_customer(one.desk, "Nguyễn", "Zung")
    sync_now(one.desk)
    sync_now(one.desk)  # the cursor past its own rows: the copy does not pull them back
    two = second_desk(one, tmp_path)
    folder = Path(two.store.engine.url.database or "").parent
    saved = tmp_path / "copy-of-desk-2"
    try:
        rename(two, z, "Một")  # v1, revision 2, not synced yet
        two.store.close()
        saved.mkdir()
        for f in folder.glob(STORE_FILE + "*"):
            shutil.copy2(f, saved / f.name)
        two = reopen(folder)
        rename(two, z, "Hai")  # v2, revision 3
        sync_now(two)
        sync_now(one.desk)
        assert given_name(one.desk, z) == ("Hai", 3)

        two.store.close()  # the copy is put back, and syncs
        for f in folder.glob(STORE_FILE + "*"):
            f.unlink()
        for f in saved.iterdir():
            shutil.copy2(f, folder / f.name)
        two = reopen(folder)
        assert given_name(two, z) == ("Một", 2)
        for name in ("Ba", "Bốn")[:more_edits]:
            rename(two, z, name)
        report = sync_now(two)
        assert report.conflicts == 1
        (conflict,) = list_conflicts(two)
        assert (conflict.row_id, conflict.local_revision, conflict.remote_revision) == (
            z, 2 + more_edits, 3)

        with head_office.admin() as conn:
            assert conn.execute("SELECT revision, data->>'given_name' FROM ho.rows "
                                "WHERE row_id = %s", (z,)).fetchone() == (3, "Hai")
        sync_now(one.desk)
        assert given_name(one.desk, z) == ("Hai", 3)
    finally:
        two.store.close()
