"""The local erasure reaches every table about the person, on a desk never connected.

Issue 11, "erasure wins": head office erases a dossier's programme choices, partner
requests and follow-up notes by the rules of sync/erased_rows.py; the erasing desk must
do the same itself (a desk may never sync): the values leave its store file at once.
"""

from __future__ import annotations

import hashlib
import unicodedata

from sqlalchemy import select

from jpf_desk.domain.disclosure_items import DisclosurePurpose
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.dossiers import documents
from jpf_desk.services.dossiers.programmes import ProgrammeInput, add_programme
from jpf_desk.services.dossiers.workflow import DossierInput, create_dossier
from jpf_desk.services.rights import erasure, requests, update_decision
from jpf_desk.services.rights.requests import RequestInput
from jpf_desk.services.sharing.partner_requests import log_request
from jpf_desk.store.models import (
    Dossier,
    FieldChange,
    FollowUpTask,
    OutboxEntry,
    Partner,
    PartnerRequest,
    ProgrammeChoice,
)
from tests.dossiers.helpers import make_customer
from tests.helpers.plain_view import decrypted_bytes
from tests.requests.builders import TODAY
from tests.requests.test_request_partners import sent_to_campus_france

SCHOOL = "Lycée Zéphyrin Quatremer"
CITY = "Besançon-Zêta"
PROGRAMME = "Master Zythologie Hương Sơn"
PARTNER_NOTE = "Xin bổ sung học bạ lớp 12 của Zenobia"
FOLLOW_UP_NOTE = "Đã gọi cho Campus France lúc 9 giờ, chị Quỳnh Xuân nhận"
WRITTEN_OUT = (SCHOOL, CITY, PROGRAMME, PARTNER_NOTE, FOLLOW_UP_NOTE)


def file_bytes(desk) -> bytes:
    with desk.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return decrypted_bytes(desk.store.path, desk.store.key)


def encoded(value: str) -> bytes:
    return unicodedata.normalize("NFC", value).encode("utf-8")


def test_erasure_deletes_programme_choices_and_partner_requests_and_blanks_follow_ups(
        desk, second_manager, tmp_path):
    customer_id = sent_to_campus_france(desk, tmp_path)
    with desk.tx() as s:
        dossier_id = s.scalars(select(Dossier.id).where(Dossier.customer_id == customer_id)).one()
        partner_id = s.scalars(select(Partner.id)
                               .where(Partner.name == "Espace Campus France Hà Nội")).one()
    choice = add_programme(desk, dossier_id, ProgrammeInput(
        school=SCHOOL, city=CITY, programme=PROGRAMME, level="Master"))
    asked = log_request(desk, dossier_id, partner_id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                        ("field:email",), PARTNER_NOTE, asked_on=TODAY)
    update = requests.file_request(desk, RequestInput(
        customer_id=customer_id, kind=RequestKind.UPDATE, received_on=TODAY,
        changes={"email": "hoa.moi@example.vn"}), today=TODAY)
    update_decision.approve_update(second_manager, update.id, today=TODAY)
    [task] = update_decision.open_follow_ups(desk)
    update_decision.finish_follow_up(desk, task.id, FOLLOW_UP_NOTE)
    before = file_bytes(desk)
    for value in WRITTEN_OUT:
        assert encoded(value) in before, value

    tomb = erasure.erase_customer(desk, customer_id, "Khách yêu cầu xoá")

    raw = file_bytes(desk)
    for value in WRITTEN_OUT:
        assert encoded(value) not in raw, value
    with desk.tx() as s:
        assert s.get(ProgrammeChoice, choice.id) is None
        assert s.get(PartnerRequest, asked.id) is None
        follow_up = s.get(FollowUpTask, task.id)
        assert follow_up is not None and follow_up.note == ""
        assert follow_up.status == "done"  # the record of the follow-up stays
        deletes = set(s.execute(select(OutboxEntry.table_name, OutboxEntry.row_id)
                                .where(OutboxEntry.op == "delete")))
        assert ("programme_choices", choice.id) in deletes
        assert ("partner_requests", asked.id) in deletes
        assert ("follow_up_tasks", task.id) in set(s.execute(
            select(OutboxEntry.table_name, OutboxEntry.row_id)
            .where(OutboxEntry.op == "update")))
    erased = {p.what: p.count for p in tomb.erased}
    assert erased["programme_choices"] == 1
    assert erased["partner_requests"] == 1
    assert erased["follow_up_notes"] == 1


def test_erasure_deletes_the_history_of_a_document_file_hash(desk):
    """A document's file hash is blanked by the erasure: the history rows holding the
    hashes of its earlier files go too (head office tombstones them the same way)."""
    first, second = b"%PDF-1.4 scan one of Zenobia", b"%PDF-1.4 scan two of Zenobia"
    customer_id = make_customer(desk)
    dossier_id = create_dossier(desk, DossierInput(
        customer_id=customer_id, consultant_id=desk.actor.staff_id, intake_season="september",
        intake_year=2027)).id
    item = next(i for i in documents.checklist(desk, dossier_id) if i.kind_code == "passport")
    documents.attach_file(desk, item.id, "hc.pdf", first)
    documents.attach_file(desk, item.id, "hc.pdf", second)
    with desk.tx() as s:
        hash_history = list(s.scalars(select(FieldChange.id).where(
            FieldChange.table_name == "dossier_documents", FieldChange.row_id == item.id,
            FieldChange.field == "file_sha256")))
    assert len(hash_history) == 2  # '' -> first, first -> second
    first_hash = hashlib.sha256(first).hexdigest().encode()
    assert first_hash in file_bytes(desk)

    erasure.erase_customer(desk, customer_id, "Khách yêu cầu xoá")

    assert first_hash not in file_bytes(desk)
    with desk.tx() as s:
        left = s.scalars(select(FieldChange.field).where(
            FieldChange.table_name == "dossier_documents",
            FieldChange.row_id == item.id)).all()
    assert left == ["received_on"]  # a date, not blanked by the erasure: kept
    with desk.tx() as s:
        deletes = set(s.scalars(select(OutboxEntry.row_id).where(
            OutboxEntry.table_name == "field_changes", OutboxEntry.op == "delete")))
    assert set(hash_history) <= deletes
