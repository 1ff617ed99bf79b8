"""Issue 11: what a stale copy (a desk put back from an older copy of its store) keeps
of the rows head office refused. A row refused as "going back" is a conflict shown to a
person, with head office's version pulled again beside it; a row refused because its
person was erased leaves no value of theirs in the file."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from jpf_desk.services.customers import records
from jpf_desk.services.head_office.conflicts import list_conflicts
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.rights import erasure
from jpf_desk.store.engine import open_store
from jpf_desk.store.models import Customer, Guardian
from tests.helpers.staff import sign_in_as
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer, outbox_size
from tests.sync.test_erasure_wins import (
    ERASED_VALUES,
    file_bytes,
    head_office_text,
    person,
    stored_rows_text,
)
from tests.sync.test_restored_desk import copy_store

GUARDIAN_NAME, GUARDIAN_PHONE = "Lưu Quang Vĩnh", "+84912345670"
COPY_VALUES = ("Quang Vĩnh", "912345670")


def test_a_restored_copy_keeps_conflicts_to_decide_and_nothing_of_an_erased_person(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    erased_id = records.create_customer(a.desk, person()).customer.id
    other = add_customer(a.desk, "Võ", "Zung")
    sync_now(a.desk)
    copy_store(a, tmp_path / "backup")

    with a.desk.tx() as s:  # after the copy: another customer's notes change, and
        found = s.get(Customer, other)  # the person is erased
        assert found is not None
        found.notes = "ghi chú ở văn phòng"
    erasure.erase_customer(a.desk, erased_id, "Khách yêu cầu xoá")
    sync_now(a.desk)
    a.close()  # the disk fails; the backup is put back

    store = open_store(tmp_path / "backup")
    try:
        restored = sign_in_as(store, "Trần Văn Thử")
        with restored.tx() as s:  # work on the old copy before it syncs
            stale = s.get(Customer, other)
            assert stale is not None
            stale.notes = "ghi chú trên bản sao cũ"
            s.add(Guardian(minor_id=erased_id, relationship="father", family_name="Lưu",
                           middle_name="Quang", given_name="Vĩnh", full_name=GUARDIAN_NAME,
                           phone_e164=GUARDIAN_PHONE))
        report = sync_now(restored)
        assert report.restored
        assert report.refused == 1  # the guardian: its person is erased

        # Going back: a conflict for a person, head office's version beside this one's.
        (conflict,) = list_conflicts(restored)
        assert (conflict.table_name, conflict.row_id) == ("customers", other)
        notes = next(f for f in conflict.fields if f.name == "notes")
        assert (notes.local, notes.remote, notes.in_conflict) == (
            "ghi chú trên bản sao cũ", "ghi chú ở văn phòng", True)

        # Erased: nothing of the person is left in the file, nor waits to be sent.
        with restored.tx() as s:
            guardians = list(s.query(Guardian).filter(Guardian.minor_id == erased_id))
            assert [(g.full_name, g.phone_e164) for g in guardians] in (
                [], [("(đã xoá)", None)])
            found = s.get(Customer, erased_id)
            assert found is not None and found.status == "deleted"
        assert outbox_size(restored) == 1  # only the notes edit, waiting for its decision
        rows = stored_rows_text(restored)
        raw = file_bytes(restored)
        for value in (*ERASED_VALUES, *COPY_VALUES):
            assert value not in rows, value
            assert unicodedata.normalize("NFC", value).encode() not in raw, value
        at_head_office = head_office_text(head_office)
        for value in (*ERASED_VALUES, *COPY_VALUES):
            assert value not in at_head_office, value
    finally:
        store.close()
