"""A change head office turns away is never re-sent in silence.

Head office applies a change only on top of the revision it was made on (issue 11, "never
back"). The pull that follows a refusal takes the row up: merged per field and put on
head office's revision, a conflict for a person, or given way to an erasure. Erasures
escaped all of those twice (made on another desk; made before pulling a later edit; both
fixed): the desk sent them again at every sync, head office refused them again, and
nothing anywhere said so. Whatever the cause, a refused change still standing on a
revision head office no longer holds once the pull is done becomes a conflict on the whole
row, for a person to decide.

The case below is a restored copy's stale edit (refused, then merged into a conflict
today); the merge is switched off to stand for any cause nobody foresaw.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jpf_desk.services.head_office.conflicts import list_conflicts
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.engine import open_store
from jpf_desk.store.models import Customer
from jpf_desk.sync import merge
from jpf_desk.sync.protocol import PulledRow
from jpf_desk.sync.rows import SyncedTable
from tests.helpers.staff import sign_in_as
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer, outbox_size
from tests.sync.test_restored_desk import copy_store, notes_at_head_office


def a_merge_that_takes_nothing_up(_session: object, _spec: SyncedTable, _row: PulledRow,
                                  _local_rev: int) -> int:
    return 0


def test_a_refused_change_nothing_took_up_is_held_as_a_conflict(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a = make_desk("HN1")
    other = add_customer(a.desk, "Võ", "Zung")
    sync_now(a.desk)
    copy_store(a, tmp_path / "backup")
    with a.desk.tx() as s:  # after the copy
        found = s.get(Customer, other)
        assert found is not None
        found.notes = "ghi chú ở văn phòng"
    sync_now(a.desk)
    a.close()  # the disk fails; the backup is put back

    store = open_store(tmp_path / "backup")
    try:
        restored = sign_in_as(store, "Trần Văn Thử")
        with restored.tx() as s:
            stale = s.get(Customer, other)
            assert stale is not None
            stale.notes = "ghi chú trên bản sao cũ"
        monkeypatch.setattr(merge, "meet", a_merge_that_takes_nothing_up)

        report = sync_now(restored)

        assert report.conflicts == 1
        (conflict,) = list_conflicts(restored)
        assert (conflict.table_name, conflict.row_id) == ("customers", other)
        notes = next(f for f in conflict.fields if f.name == "notes")
        assert (notes.local, notes.remote) == ("ghi chú trên bản sao cũ", "ghi chú ở văn phòng")
        assert outbox_size(restored) == 1  # waiting for the decision, not sent
        assert notes_at_head_office(head_office, other) == "ghi chú ở văn phòng"
        again = sync_now(restored)  # held, so not sent and refused again
        assert (again.batches, again.conflicts) == (0, 1)
    finally:
        store.close()
