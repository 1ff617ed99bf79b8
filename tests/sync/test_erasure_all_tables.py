"""Issue 11, erasure wins for every table about a person: a stale copy's new guardian,
dossier note edit and data request for an erased person reach no head-office row and
no other desk, while the rows the erasure itself writes (blanked, or kept by law) pass."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from pathlib import Path

from jpf_desk.services.customers import records
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.workflow import DossierInput, create_dossier
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.rights import erasure
from jpf_desk.sync import erased_rows
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer
from tests.sync.test_erasure_wins import copy_of, file_bytes, head_office_text, person

GUARDIAN_NAME, GUARDIAN_PHONE = "Lưu Quang Vĩnh", "+84912345670"
STALE_NOTE = "Muốn học ở Lyon, bố mẹ ly hôn"
REQUEST_TEXT = "Xin bản sao hồ sơ sức khoẻ Mimosa"
STALE_VALUES = ("Quang Vĩnh", "912345670", "Lyon", "Mimosa")


def _stale_changes(stale: Desk, person_id: str, dossier_id: str) -> None:
    """What a copy left unsynced does to the person while they are erased elsewhere."""
    from jpf_desk.store.models import DataRequest, Dossier, Guardian

    today = date(2026, 11, 20)
    with stale.tx() as s:
        s.add(Guardian(minor_id=person_id, relationship="father", family_name="Lưu",
                       middle_name="Quang", given_name="Vĩnh", full_name=GUARDIAN_NAME,
                       phone_e164=GUARDIAN_PHONE))
        dossier = s.get(Dossier, dossier_id)
        assert dossier is not None
        dossier.note = STALE_NOTE
        s.add(DataRequest(number="YC-STALE-1", customer_id=person_id, kind="access",
                          channel="desk", received_on=today, requester="customer",
                          identity_check="cccd", details=REQUEST_TEXT,
                          acknowledge_due=today + timedelta(days=2),
                          answer_due=today + timedelta(days=30), day_count="calendar"))


def outbox_tables(desk: Desk) -> set[str]:
    from sqlalchemy import select

    from jpf_desk.store.models import OutboxEntry

    with desk.tx() as s:
        return set(s.scalars(select(OutboxEntry.table_name)))


def test_a_stale_copys_guardian_note_and_request_of_an_erased_person_reach_no_one(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    person_id = records.create_customer(a.desk, person()).customer.id
    dossier_id = create_dossier(a.desk, DossierInput(
        customer_id=person_id, consultant_id=a.desk.actor.staff_id, intake_season="september",
        intake_year=2027, note="hồ sơ mới")).id
    sync_now(a.desk)
    other = copy_of(a, tmp_path / "other-desk")
    stale = copy_of(a, tmp_path / "stale-copy")
    try:
        sync_now(other)
        _stale_changes(stale, person_id, dossier_id)
        erasure.erase_customer(a.desk, person_id, "Khách yêu cầu xoá")
        assert sync_now(a.desk).refused == 0  # the erasure's own blanked rows all pass

        report = sync_now(stale)
        sync_now(a.desk)
        sync_now(other)

        # The dossier edit met the erasure on the pull and went (erasure wins); the new
        # guardian and request were pushed and refused, the desk told.
        assert report.refused == 2
        assert outbox_tables(stale) == set()  # nothing of the person left to send
        at_head_office = head_office_text(head_office)
        for value in STALE_VALUES:
            assert value not in at_head_office, value
        for desk in (a.desk, other, stale):  # the refused rows left the stale copy too
            raw = file_bytes(desk)
            for value in STALE_VALUES:
                assert unicodedata.normalize("NFC", value).encode() not in raw, value
        with head_office.admin() as conn:
            assert conn.execute("SELECT data->>'note' FROM ho.rows WHERE row_id = %s",
                                (dossier_id,)).fetchone() == ("",)
    finally:
        stale.store.close()
        other.store.close()


def test_the_erased_name_is_the_one_the_erasure_writes() -> None:
    assert erased_rows.ERASED_NAME == erasure.ERASED_NAME


def test_which_rows_of_an_erased_person_may_stay() -> None:
    assert erased_rows.may_stay("consent_events", {"customer_id": "c"})
    assert erased_rows.may_stay("dossiers", {"customer_id": "c", "note": ""})
    assert not erased_rows.may_stay("dossiers", {"customer_id": "c", "note": "Lyon"})
    assert erased_rows.may_stay("guardians", {"minor_id": "c", "full_name": "(đã xoá)",
                                              "given_name": "(đã xoá)", "phone_e164": None})
    assert not erased_rows.may_stay("guardians", {"minor_id": "c", "full_name": "Vĩnh"})
    assert not erased_rows.may_stay("partner_requests", {"customer_id": "c"})
    parents = {("enrolments", "e1"): {"customer_id": "c"}, ("guardians", "g1"): {
        "minor_id": "m"}}
    look = lambda t, i: parents.get((t, i))  # noqa: E731
    assert erased_rows.belongs_to("payments", "p1", {"enrolment_id": "e1"}, look) == "c"
    assert erased_rows.belongs_to("field_changes", "h1", {
        "table_name": "guardians", "row_id": "g1"}, look) == "m"
    assert erased_rows.belongs_to("courses", "k1", {"name": "A1"}, look) is None


def test_a_pulled_row_of_an_erased_person_is_applied_only_as_erased(desk: Desk) -> None:
    """Defence at the desk too: a guardian, a dossier version or a data request of an
    erased person that head office sends holding values is not stored; the dossier
    in its erased form is."""
    from jpf_desk.store.models import DataRequest, Dossier, Guardian
    from jpf_desk.sync import inbox
    from jpf_desk.sync.protocol import PulledRow
    from jpf_desk.sync.rows import read_rows, synced_tables

    person_id = records.create_customer(desk, person()).customer.id
    dossier_id = create_dossier(desk, DossierInput(
        customer_id=person_id, consultant_id=desk.actor.staff_id, intake_season="september",
        intake_year=2027)).id
    erasure.erase_customer(desk, person_id, "Khách yêu cầu xoá")
    centre = desk.actor.centre_id
    with desk.tx() as s:
        dossier = next(iter(read_rows(s, synced_tables()["dossiers"].table, [dossier_id])))
    stamps = {"centre_id": centre, "created_at": dossier["created_at"],
              "updated_at": dossier["updated_at"], "changed_by": None, "revision": 1}
    guardian = PulledRow("guardians", "g-1", centre, 1, {
        **stamps, "id": "g-1", "minor_id": person_id, "linked_customer_id": None,
        "relationship": "father", "family_name": "Lưu", "middle_name": "Quang",
        "given_name": "Vĩnh", "full_name": GUARDIAN_NAME, "phone_e164": GUARDIAN_PHONE,
        "id_kind": None, "id_number": None}, False, "another-desk", 20_001)
    noted = PulledRow("dossiers", dossier_id, centre, 9, {
        **dossier, "revision": 9, "note": STALE_NOTE}, False, "another-desk", 20_002)
    request = PulledRow("data_requests", "r-1", centre, 1, {
        **stamps, "id": "r-1", "number": "YC-X-1", "customer_id": person_id,
        "kind": "access", "channel": "desk", "received_on": "2026-11-20",
        "requester": "customer", "identity_check": "cccd", "details": REQUEST_TEXT,
        "acknowledge_due": "2026-11-22", "answer_due": "2026-12-20",
        "day_count": "calendar", "requester_guardian_id": None, "identity_note": "",
        "purposes": "", "status": "received", "partners_involved": False, "day_off": None,
        "extension_days": 0, "extension_reason": "", "outcome": "", "refusal_reason": "",
        "decided_by": None, "customer_told_on": None, "closed_at": None},
        False, "another-desk", 20_003)
    with desk.store.session(centre, None) as s:
        inbox.apply_page(s, [guardian, noted, request], 20_003, centre)
    with desk.tx() as s:
        assert s.get(Guardian, "g-1") is None
        assert s.get(DataRequest, "r-1") is None
        stored = s.get(Dossier, dossier_id)
        assert stored is not None and stored.note == ""

    blank = PulledRow("data_requests", "r-2", centre, 1, {
        **request.data, "id": "r-2", "number": "YC-X-2", "details": ""}, False,
        "another-desk", 20_004)
    with desk.store.session(centre, None) as s:
        inbox.apply_page(s, [blank], 20_004, centre)
    with desk.tx() as s:
        assert s.get(DataRequest, "r-2") is not None  # nothing of the person in it


def test_head_office_finds_the_person_through_a_parent_in_the_batch_or_its_own_rows(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    """Pushed straight to head office (no pull first): a row keyed to an erased person
    through its parent, at head office or in the same batch, is refused unless blank
    or kept by law; the rest of the batch lands."""
    import json

    from jpf_desk.store.base import new_id
    from jpf_desk.sync.protocol import push_batch

    a = make_desk("HN1")
    person_id = records.create_customer(a.desk, person()).customer.id
    other_id = add_customer(a.desk, "Đỗ", "Chi")
    sync_now(a.desk)
    erasure.erase_customer(a.desk, person_id, "Khách yêu cầu xoá")
    sync_now(a.desk)
    centre = a.desk.actor.centre_id

    def batch(*rows: tuple[str, str, dict[str, object]]) -> str:
        return "".join(f"{t}\t{i}\t{centre}\t1\t{json.dumps({'id': i, **d})}\tf\tf\t0\n"
                       for t, i, d in rows)

    first = batch(("enrolments", "e-1", {"customer_id": person_id, "note": ""}))
    second = batch(
        ("payments", "p-1", {"enrolment_id": "e-1", "note": "Lyon"}),
        ("payments", "p-2", {"enrolment_id": "e-1", "note": ""}),
        ("dossiers", "d-1", {"customer_id": person_id, "note": ""}),
        ("dossier_documents", "dd-1", {"dossier_id": "d-1", "file_name": "Mimosa.pdf"}),
        ("consent_events", "ce-1", {"customer_id": person_id, "event": "withdrawn"}),
        ("partner_requests", "pr-1", {"customer_id": person_id, "request_note": "Lyon"}),
        ("field_changes", "h-1", {"table_name": "enrolments", "row_id": "e-1",
                                  "field": "note", "new_value": "Mimosa"}),
        ("enrolments", "e-2", {"customer_id": other_id, "note": "Lyon"}))
    with head_office.as_role(a.role, a.password) as conn:
        assert not push_batch(conn, new_id(), "store-x", 0, first.encode(), 1).forbidden
        result = push_batch(conn, new_id(), "store-x", 0, second.encode(), 8)
    refused_as_erased = {("payments", "p-1"), ("dossier_documents", "dd-1"),
                         ("partner_requests", "pr-1"), ("field_changes", "h-1")}
    assert result.forbidden == refused_as_erased and result.erased == refused_as_erased
    landed = {r[1] for r in head_office.rows()}
    assert {"e-1", "p-2", "d-1", "ce-1", "e-2"} <= landed
    assert not {"p-1", "dd-1", "pr-1", "h-1"} & landed
