"""Issue 11, erasure wins: rows about a person that head office accepted from ANOTHER
desk before the erasure reached it (a guardian, a data request and its values, a
dossier with its note and a document, a history row about the guardian) are put in
their erased form or made tombstones at head office when the erasure arrives, and
that desk receives them at its next pull: no desk file and no head-office row holds
the person's values any more (nor the document's file on that desk)."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from pathlib import Path

from jpf_desk.services.customers import records
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.conflicts import list_conflicts
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.rights import erasure
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import outbox_size
from tests.sync.test_erasure_wins import (
    ERASED_VALUES,
    copy_of,
    file_bytes,
    head_office_text,
    person,
    stored_rows_text,
)

# What desk B wrote about the person, unseen by desk A when A erased them.
GUARDIAN_PHONE, NEWER_GUARDIAN_PHONE = "+84912345670", "+84977700011"
B_VALUES = ("Quang Vĩnh", "912345670", "977700011", "Mimosa", "Grenoble", "Lyon",
            "hochieu_giang")


def b_writes_about(desk: Desk, person_id: str) -> dict[str, str]:
    """Desk B's rows about the person (ids by table)."""
    from jpf_desk.store.models import (
        DataRequest,
        Dossier,
        DossierDocument,
        Guardian,
        RequestFieldChange,
    )

    today = date(2026, 11, 20)
    with desk.tx() as s:
        guardian = Guardian(minor_id=person_id, relationship="father", family_name="Lưu",
                            middle_name="Quang", given_name="Vĩnh", full_name="Lưu Quang Vĩnh",
                            phone_e164=GUARDIAN_PHONE)
        request = DataRequest(number="YC-B-1", customer_id=person_id, kind="rectify",
                              channel="desk", received_on=today, requester="customer",
                              identity_check="cccd", details="Sửa hồ sơ sức khoẻ Mimosa",
                              identity_note="CCCD xem tại quầy, Grenoble",
                              acknowledge_due=today + timedelta(days=2),
                              answer_due=today + timedelta(days=30), day_count="calendar")
        dossier = Dossier(customer_id=person_id, consultant_id=desk.actor.staff_id,
                          intake_season="september", intake_year=2027, stage="intake",
                          stage_since=today, note="Muốn học ở Lyon")
        s.add_all([guardian, request, dossier])
        s.flush()
        value = RequestFieldChange(request_id=request.id, field="street",
                                   old_value="9 Phố Grenoble", new_value="10 Phố Lyon")
        document = DossierDocument(dossier_id=dossier.id, kind_code="passport",
                                   file_name="hochieu_giang.pdf",
                                   file_path="files/hochieu_giang.sealed",
                                   file_sha256="ab" * 32, file_size=1200)
        s.add_all([value, document])
        s.flush()
        ids = {"guardians": guardian.id, "data_requests": request.id,
               "data_request_fields": value.id, "dossiers": dossier.id,
               "dossier_documents": document.id}
    with desk.tx() as s:  # a history row about the guardian holds the old phone
        found = s.get(Guardian, ids["guardians"])
        assert found is not None
        found.phone_e164 = NEWER_GUARDIAN_PHONE
    return ids


def head_office_row(ho: HeadOffice, table: str, row_id: str) -> tuple[object, ...]:
    with ho.admin() as conn:
        found = conn.execute("SELECT deleted, data FROM ho.rows WHERE table_name = %s "
                             "AND row_id = %s", (table, row_id)).fetchone()
    assert found is not None
    return tuple(found)


def test_rows_another_desk_synced_before_the_erasure_are_erased_there_too(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    person_id = records.create_customer(a.desk, person()).customer.id
    sync_now(a.desk)
    b = copy_of(a, tmp_path / "desk-b")
    try:
        ids = b_writes_about(b, person_id)
        scan = b.store.path.parent / "files" / "hochieu_giang.sealed"  # its sealed file
        scan.parent.mkdir(exist_ok=True)
        scan.write_bytes(b"sealed scan of the passport")
        assert sync_now(b).refused == 0  # head office accepts them: nobody is erased yet
        erasure.erase_customer(a.desk, person_id, "Khách yêu cầu xoá")  # A never pulled
        assert sync_now(a.desk).refused == 0
        sync_now(b)
        sync_now(a.desk)

        at_head_office = head_office_text(head_office)
        for value in (*ERASED_VALUES, *B_VALUES):
            assert value not in at_head_office, value
        for desk in (a.desk, b):
            rows = stored_rows_text(desk)
            raw = file_bytes(desk)
            for value in (*ERASED_VALUES, *B_VALUES):
                assert value not in rows, value
                assert unicodedata.normalize("NFC", value).encode() not in raw, value
        assert outbox_size(b) == 0
        assert not scan.exists()  # the document's file left desk B's data folder

        # The rows stay, in the form the erasure leaves them (kept for the law's proof
        # or the accounts), with their codes.
        deleted, guardian = head_office_row(head_office, "guardians", ids["guardians"])
        assert not deleted and isinstance(guardian, dict)
        assert (guardian["given_name"], guardian["full_name"], guardian["phone_e164"],
                guardian["relationship"]) == ("(đã xoá)", "(đã xoá)", None, "father")
        deleted, request = head_office_row(head_office, "data_requests",
                                           ids["data_requests"])
        assert not deleted and isinstance(request, dict)
        assert (request["number"], request["details"], request["identity_note"]) == (
            "YC-B-1", "", "")
        deleted, document = head_office_row(head_office, "dossier_documents",
                                            ids["dossier_documents"])
        assert not deleted and isinstance(document, dict)
        assert (document["kind_code"], document["file_name"], document["file_sha256"]) == (
            "passport", "", "")
        from jpf_desk.store.models import DataRequest, Guardian

        for desk in (a.desk, b):
            with desk.tx() as s:
                kept = s.get(Guardian, ids["guardians"])
                assert kept is not None and kept.full_name == "(đã xoá)"
                asked = s.get(DataRequest, ids["data_requests"])
                assert asked is not None and asked.details == ""
    finally:
        b.store.close()


def test_a_pending_edit_of_a_row_head_office_made_a_tombstone_goes_without_a_conflict(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    """Desk B synced a programme choice of the person (a row the erasure keeps nothing
    of), then changed it and had not synced when the erasure reached head office: the
    tombstone wins over the pending edit, no conflict is left to decide, and nothing of
    the choice stays on B."""
    from jpf_desk.store.models import Dossier, ProgrammeChoice

    a = make_desk("HN1")
    person_id = records.create_customer(a.desk, person()).customer.id
    sync_now(a.desk)
    b = copy_of(a, tmp_path / "desk-b")
    try:
        today = date(2026, 11, 20)
        with b.tx() as s:
            dossier = Dossier(customer_id=person_id, consultant_id=b.actor.staff_id,
                              intake_season="september", intake_year=2027, stage="intake",
                              stage_since=today)
            s.add(dossier)
            s.flush()
            choice = ProgrammeChoice(dossier_id=dossier.id, school="Université Mimosa",
                                     city="Grenoble")
            s.add(choice)
            s.flush()
            choice_id = choice.id
        sync_now(b)
        with b.tx() as s:
            found = s.get(ProgrammeChoice, choice_id)
            assert found is not None
            found.city = "Lyon"  # pending when the erasure arrives
        erasure.erase_customer(a.desk, person_id, "Khách yêu cầu xoá")
        sync_now(a.desk)

        sync_now(b)
        assert [(c.table_name, c.row_id) for c in list_conflicts(b)] == []
        assert outbox_size(b) == 0
        with b.tx() as s:
            assert s.get(ProgrammeChoice, choice_id) is None
        assert head_office_row(head_office, "programme_choices", choice_id) == (True, {})
        raw = file_bytes(b)
        for value in ("Mimosa", "Grenoble", "Lyon"):
            assert value.encode() not in raw, value
    finally:
        b.store.close()


def test_a_consent_receipt_made_on_another_desk_is_redacted_when_the_erasure_arrives(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    """Desk B took the person's consent (the receipt names them) and synced; desk A,
    which had not pulled it, erases the person. B redacts its receipt when the erasure
    reaches it (chained there, as its own erasure would) and sends it: head office's
    copy names no one either."""
    import json

    from jpf_desk.services.consent.capture import ConsentInput, capture_consent
    from jpf_desk.services.consent.verify import verify_consents
    from tests.consent.builders import NOW

    a = make_desk("HN1")
    person_id = records.create_customer(a.desk, person()).customer.id
    sync_now(a.desk)
    b = copy_of(a, tmp_path / "desk-b")
    try:
        receipt = capture_consent(b, person_id, ConsentInput(given=frozenset({"service"})),
                                  now=NOW)
        sync_now(b)
        erasure.erase_customer(a.desk, person_id, "Khách yêu cầu xoá")  # A never pulled
        sync_now(a.desk)
        sync_now(b)
        sync_now(a.desk)

        with head_office.admin() as conn:
            found = conn.execute("SELECT data->>'content' FROM ho.rows WHERE row_id = %s",
                                 (receipt.id,)).fetchone()
        assert found is not None
        assert json.loads(str(found[0]))["customer"]["full_name"] is None
        at_head_office = head_office_text(head_office)
        for value in ERASED_VALUES:
            assert value not in at_head_office, value
        for desk in (a.desk, b):
            raw = file_bytes(desk)
            for value in ERASED_VALUES:
                assert unicodedata.normalize("NFC", value).encode() not in raw, value
        report = verify_consents(b)
        assert report.ok and report.redacted == 1
        assert outbox_size(b) == 0
    finally:
        b.store.close()
