"""Issue 11 part 4: erasure wins. A stale copy's edit of an erased person, its field
history row, or a "keep this desk's version" of a conflict about the person brings back
nothing: afterwards the erased values are in no desk file and no head-office row."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from jpf_desk.domain.errors import ValidationError
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.conflicts import Keep, list_conflicts, resolve_conflict
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.rights import erasure
from jpf_desk.store.engine import open_store
from tests.helpers.plain_view import decrypted_bytes
from tests.helpers.staff import sign_in_as
from tests.helpers.stores import copy_store, open_raw
from tests.sync.conftest import CentreDesk, HeadOffice, MakeDesk
from tests.sync.helpers import become_another_desk, outbox_size

FAMILY, MIDDLE, GIVEN = "Phạm", "Thu", "Giang"
OLD_PHONE, NEW_PHONE = "0913 222 444", "0988 765 432"
EMAIL = "giang.pham@example.vn"
ID_NUMBER = "001199088812"
OLD_STREET, STALE_STREET, A_STREET = "12 Ngõ Hoà Bình", "7 Phố Trạm Cũ", "45 Đường Láng Mới"
ERASED_VALUES = ("Giang", "913222444", "988765432", EMAIL, ID_NUMBER, "Hoà Bình",
                 "Trạm Cũ", "Láng Mới")


def person(phone: str = OLD_PHONE, street: str = OLD_STREET) -> CustomerInput:
    return CustomerInput(
        family_name=FAMILY, middle_name=MIDDLE, given_name=GIVEN, birth_date=date(1998, 7, 9),
        sex="female", phone=phone, email=EMAIL, id_kind="cccd", id_number=ID_NUMBER,
        street=street)


def copy_of(first: CentreDesk, folder: Path) -> Desk:
    """A copy of the desk's store on a second computer (its own store id)."""
    first.desk.store.close()
    copy_store(first.data_dir, folder)
    first.desk.store = open_store(first.data_dir)
    desk = sign_in_as(open_store(folder), "Trần Văn Thử")
    become_another_desk(desk)
    return desk


def head_office_text(ho: HeadOffice) -> str:
    with ho.admin() as conn:  # every centre's rows, tombstones included
        return "\n".join(str(r[0]) for r in conn.execute("SELECT data::text FROM ho.rows"))


def stored_rows_text(desk: Desk) -> str:
    """Every row of the tables where sync keeps values: outbox, parked and quarantined
    rows, conflicts, field history, customers (read raw, as the file holds them)."""
    conn = open_raw(desk.store.path)
    try:
        texts = []
        for table in ("outbox", "sync_inbox", "sync_conflicts", "field_changes", "customers"):
            texts += [repr(tuple(r)) for r in conn.execute(f"SELECT * FROM {table}")]
        return "\n".join(texts)
    finally:
        conn.close()


def file_bytes(desk: Desk) -> bytes:
    with desk.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return decrypted_bytes(desk.store.path, desk.store.key)


def assert_erased_everywhere(ho: HeadOffice, *desks: Desk) -> None:
    at_head_office = head_office_text(ho)
    for value in ERASED_VALUES:
        assert value not in at_head_office, value
    for desk in desks:
        rows = stored_rows_text(desk)
        raw = file_bytes(desk)
        for value in ERASED_VALUES:
            assert value not in rows, value
            assert unicodedata.normalize("NFC", value).encode() not in raw, value
        with desk.tx() as s:
            from jpf_desk.store.models import Customer

            statuses = {c.status for c in s.query(Customer)}
        assert statuses == {"deleted"}


def test_stale_copy_with_an_unsynced_phone_edit_brings_nothing_back(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    person_id = records.create_customer(a.desk, person()).customer.id
    sync_now(a.desk)
    stale = copy_of(a, tmp_path / "stale-copy")
    try:
        # The copy changes the phone (its history row holds the old phone) and is left
        # unsynced while the person is erased at the first desk.
        records.update_customer(stale, person_id, person(phone=NEW_PHONE, street=STALE_STREET),
                                reason="khách đổi số")
        erasure.erase_customer(a.desk, person_id, "Khách yêu cầu xoá")
        sync_now(a.desk)

        report = sync_now(stale)
        sync_now(a.desk)

        assert report.conflicts == 1  # this desk's edit was dropped: a person is told
        (notice,) = list_conflicts(stale)
        assert notice.erased and notice.row_id == person_id
        assert outbox_size(stale) == 0
        assert_erased_everywhere(head_office, a.desk, stale)
    finally:
        stale.store.close()


def test_keep_local_of_a_conflict_about_an_erased_person_revives_nothing(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    person_id = records.create_customer(a.desk, person()).customer.id
    sync_now(a.desk)
    stale = copy_of(a, tmp_path / "stale-copy")
    try:
        # Both desks change the street: the copy holds a conflict with the person's
        # name, ID number and e-mail in it.
        records.update_customer(a.desk, person_id, person(street=A_STREET), reason="test")
        sync_now(a.desk)
        records.update_customer(stale, person_id, person(street=STALE_STREET), reason="test")
        assert sync_now(stale).conflicts == 1
        (conflict,) = list_conflicts(stale)
        assert not conflict.erased

        erasure.erase_customer(a.desk, person_id, "Khách yêu cầu xoá")
        sync_now(a.desk)
        resolve_conflict(stale, conflict.id, Keep.LOCAL)  # chosen before it pulled
        sync_now(stale)
        sync_now(a.desk)

        (notice,) = list_conflicts(stale)  # the view says the other side is an erasure
        assert notice.erased
        with pytest.raises(ValidationError) as refused:
            resolve_conflict(stale, notice.id, Keep.LOCAL)
        assert refused.value.code == "sync.conflict_erased"
        resolve_conflict(stale, notice.id, Keep.HEAD_OFFICE)
        assert list_conflicts(stale) == []
        sync_now(stale)
        assert_erased_everywhere(head_office, a.desk, stale)
    finally:
        stale.store.close()


def test_head_office_refuses_a_revival_and_history_pushed_without_a_pull(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A desk that pushes before it has pulled the erasure (an older version, or a
    batch left from a cut run): head office itself keeps the person erased."""
    from jpf_desk.services.head_office.sync import store_id
    from jpf_desk.sync.client import SyncRun

    a = make_desk("HN1")
    person_id = records.create_customer(a.desk, person()).customer.id
    sync_now(a.desk)
    stale = copy_of(a, tmp_path / "stale-copy")
    try:
        records.update_customer(stale, person_id, person(phone=NEW_PHONE, street=STALE_STREET),
                                reason="khách đổi số")
        erasure.erase_customer(a.desk, person_id, "Khách yêu cầu xoá")
        sync_now(a.desk)
        with head_office.admin() as conn:  # the record as if pushed on top of the erasure
            conn.execute("UPDATE ho.rows SET revision = 1 WHERE row_id = %s", (person_id,))
        with stale.tx() as s:
            from sqlalchemy import update

            from jpf_desk.store.models import OutboxEntry

            s.execute(update(OutboxEntry).where(OutboxEntry.table_name == "customers")
                      .values(revision=2))
        monkeypatch.setattr(SyncRun, "_pull_all", lambda self, conn, *, first: None)
        report = SyncRun(stale.store, stale.actor.centre_id, store_id(stale)).run()
        assert report.refused == 3  # the record and its history rows (phone, street)
        at_head_office = head_office_text(head_office)
        for value in ERASED_VALUES:
            assert value not in at_head_office, value
        with head_office.admin() as conn:
            assert conn.execute("SELECT data->>'status' FROM ho.rows WHERE row_id = %s",
                                (person_id,)).fetchone() == ("deleted",)
    finally:
        stale.store.close()


def test_a_pulled_revival_or_history_row_of_an_erased_person_is_not_applied(
        desk: Desk) -> None:
    """Defence here too: a desk never stores a version of an erased person that is not
    the erased one, nor a history row about them, whatever head office sends."""
    from jpf_desk.store.models import Customer, FieldChange
    from jpf_desk.sync import inbox
    from jpf_desk.sync.protocol import PulledRow
    from jpf_desk.sync.rows import read_rows, synced_tables

    person_id = records.create_customer(desk, person()).customer.id
    with desk.tx() as s:
        before = next(iter(read_rows(s, synced_tables()["customers"].table, [person_id])))
    erasure.erase_customer(desk, person_id, "Khách yêu cầu xoá")
    centre = desk.actor.centre_id
    revived = PulledRow("customers", person_id, centre, 9, {**before, "revision": 9},
                        False, "another-desk", 10_001)
    history = PulledRow("field_changes", "h-1", centre, 1, {
        "id": "h-1", "centre_id": centre, "created_at": before["created_at"],
        "updated_at": before["updated_at"], "changed_by": None, "revision": 1,
        "table_name": "customers", "row_id": person_id, "field": "email",
        "old_value": EMAIL, "new_value": "moi@example.vn", "reason": ""},
        False, "another-desk", 10_002)
    with desk.store.session(centre, None) as s:
        inbox.apply_page(s, [revived, history], 10_002, centre)
    with desk.tx() as s:
        found = s.get(Customer, person_id)
        assert found is not None and found.status == "deleted" and found.email is None
        assert s.get(FieldChange, "h-1") is None
