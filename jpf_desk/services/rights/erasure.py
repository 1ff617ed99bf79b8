"""Erasing a person's data where no other legal basis applies (Law 91 Art. 4).

Erased: the customer's and their guardians' names, contacts, ID numbers, addresses,
notes; the field history holding old values of those; free text of requests and the
values of update requests; dossier notes and document files; programme choices, partner
requests and follow-up notes (erasure_children.py, head office's rules). Kept, with the reason shown
on the tombstone: payments (accounting law), enrolments, consent proof (hash and events,
content redacted), the disclosure log and request records (proof the law was followed).

SQLite keeps deleted bytes in free pages, in the unused space of pages and in the WAL;
the FTS index keeps old tokens until its segments merge. So the erasure transaction runs
with secure_delete on, merges the FTS index, and afterwards the file is vacuumed and the
WAL checkpointed and truncated: the name is then gone from the .db and -wal files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.staff import Action
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights.consent_redaction import redact_receipts
from jpf_desk.services.rights.erasure_children import erase_remaining_rows
from jpf_desk.services.rights.requests import close_in_session, load_request
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.base import new_id, utcnow
from jpf_desk.store.migrate import BACKUP_DIR
from jpf_desk.store.models import (
    Customer,
    DataRequest,
    Enrolment,
    ErasureTombstone,
    FieldChange,
    Guardian,
    OutboxEntry,
    Payment,
    RequestFieldChange,
)
from jpf_desk.store.scrub import compact_store_file, merge_search_index, secure_delete
from jpf_desk.store.tracking import record_bulk

ERASED_NAME = "(đã xoá)"

register({
    "erasure.manager_only": {
        "vi": "Chỉ quản lý mới được xoá dữ liệu của khách hàng.",
        "fr": "Seul un responsable peut effacer les données d'un client.",
        "en": "Only a manager can erase a customer's data."},
    "erasure.reason_required": {
        "vi": "Cần ghi lý do xoá.", "fr": "Indiquez la raison de l'effacement.",
        "en": "Give the reason for the erasure."},
    "erasure.already_erased": {
        "vi": "Dữ liệu của khách hàng này đã được xoá.",
        "fr": "Les données de ce client ont déjà été effacées.",
        "en": "This customer's data was already erased."},
})

KEPT_REASONS: dict[str, str] = {
    "payments": "Chứng từ kế toán: số tiền, ngày, hình thức thanh toán (Luật Kế toán 2015, "
                "lưu tối thiểu 10 năm)",
    "enrolments": "Căn cứ của chứng từ kế toán: lớp, học phí",
    "consent": "Bằng chứng về sự đồng ý (Nghị định 356/2025 Điều 6): mã biên nhận, mã băm, "
               "mục đích và lựa chọn; họ tên trên biên nhận đã được xoá",
    "disclosures": "Nhật ký chia sẻ dữ liệu với đối tác (chứng minh việc chia sẻ hợp pháp)",
    "requests": "Hồ sơ xử lý yêu cầu (chứng minh đã thực hiện quyền của chủ thể dữ liệu); "
                "nội dung cá nhân đã được xoá",
}


@dataclass(frozen=True)
class ErasedPart:
    what: str
    count: int


@dataclass(frozen=True)
class KeptPart:
    what: str
    count: int
    reason: str


@dataclass(frozen=True)
class TombstoneView:
    id: str
    customer_id: str
    request_id: str | None
    erased_at: datetime
    erased_by: str
    reason: str
    erased: tuple[ErasedPart, ...]
    kept: tuple[KeptPart, ...]
    store_compacted: bool = False
    # Copies of the store taken before migrations (store.migrate) still hold the erased
    # data: the manager is told, and decides with the lead how long those copies live.
    backups_holding: int = 0


def _has_table(session: Session, name: str) -> bool:
    """Tables of features that may not be installed yet (dossiers, disclosures)."""
    found = session.execute(text("SELECT 1 FROM sqlite_master WHERE type='table' AND name=:n"),
                            {"n": name}).first()
    return found is not None


def _count(session: Session, table: str, sql: str, customer_id: str) -> int:
    if not _has_table(session, table):
        return 0
    return int(session.execute(text(sql), {"c": customer_id}).scalar() or 0)


def _stamp(desk: Desk) -> dict[str, object]:
    return {"updated_at": utcnow(), "changed_by": desk.actor.staff_id}


def _erase_person_rows(session: Session, desk: Desk, customer_id: str) -> list[ErasedPart]:
    guardian_ids = list(session.scalars(select(Guardian.id)
                                        .where(Guardian.minor_id == customer_id)))
    session.execute(update(Customer).where(Customer.id == customer_id).values(
        family_name="", middle_name="", given_name=ERASED_NAME, full_name=ERASED_NAME,
        search_key="", sort_key="", birth_date=None, sex=None, phone_e164=None,
        phone_digits=None, phone_rev=None, email=None, id_kind=None, id_number=None,
        id_rev=None, id_expiry=None, province_code=None, commune_code=None, street="",
        address_as_written="", notes="", status="deleted", revision=Customer.revision + 1,
        **_stamp(desk)))
    if guardian_ids:
        session.execute(update(Guardian).where(Guardian.id.in_(guardian_ids)).values(
            family_name="", middle_name="", given_name=ERASED_NAME, full_name=ERASED_NAME,
            phone_e164=None, id_kind=None, id_number=None, linked_customer_id=None,
            revision=Guardian.revision + 1, **_stamp(desk)))
    history = list(session.scalars(select(FieldChange.id).where(
        ((FieldChange.table_name == "customers") & (FieldChange.row_id == customer_id))
        | ((FieldChange.table_name == "guardians") & FieldChange.row_id.in_(guardian_ids)))))
    record_bulk(session, "field_changes", history, "delete")  # before the rows go
    session.execute(delete(FieldChange).where(FieldChange.id.in_(history)))
    # Pending changes keep the values they were based on (for merging per field): the
    # person's old values must not stay there either.
    session.execute(update(OutboxEntry).where(
        ((OutboxEntry.table_name == "customers") & (OutboxEntry.row_id == customer_id))
        | ((OutboxEntry.table_name == "guardians") & OutboxEntry.row_id.in_(guardian_ids)))
        .values(base=None))
    record_bulk(session, "customers", [customer_id], "update")
    record_bulk(session, "guardians", guardian_ids, "update")
    return [ErasedPart("customer_profile", 1), ErasedPart("guardians", len(guardian_ids)),
            ErasedPart("field_history", len(history))]


def _erase_free_text(session: Session, desk: Desk, customer_id: str) -> list[ErasedPart]:
    request_ids = list(session.scalars(select(DataRequest.id)
                                       .where(DataRequest.customer_id == customer_id)))
    session.execute(update(DataRequest).where(DataRequest.id.in_(request_ids)).values(
        details="", identity_note="", revision=DataRequest.revision + 1, **_stamp(desk)))
    value_ids = list(session.scalars(select(RequestFieldChange.id)
                                     .where(RequestFieldChange.request_id.in_(request_ids))))
    session.execute(update(RequestFieldChange).where(RequestFieldChange.id.in_(value_ids))
                    .values(old_value=None, new_value=None,
                            revision=RequestFieldChange.revision + 1, **_stamp(desk)))
    enrolment_ids = list(session.scalars(select(Enrolment.id)
                                         .where(Enrolment.customer_id == customer_id)))
    session.execute(update(Enrolment).where(Enrolment.id.in_(enrolment_ids))
                    .values(note="", revision=Enrolment.revision + 1, **_stamp(desk)))
    payment_ids = list(session.scalars(select(Payment.id)
                                       .where(Payment.enrolment_id.in_(enrolment_ids))))
    session.execute(update(Payment).where(Payment.id.in_(payment_ids))
                    .values(note="", revision=Payment.revision + 1, **_stamp(desk)))
    # Bulk updates pass by the flush-time outbox: written here so head office gets them.
    record_bulk(session, "data_requests", request_ids, "update")
    record_bulk(session, "data_request_fields", value_ids, "update")
    record_bulk(session, "enrolments", enrolment_ids, "update")
    record_bulk(session, "payments", payment_ids, "update")
    return [ErasedPart("request_texts", len(request_ids)),
            ErasedPart("update_request_values", len(value_ids)),
            ErasedPart("enrolment_and_payment_notes", len(enrolment_ids))]


def _erase_dossiers(session: Session, customer_id: str) -> tuple[list[ErasedPart], list[str]]:
    """Dossier notes and document files (the files are removed after commit)."""
    if _count(session, "dossiers", "SELECT count(*) FROM dossiers WHERE customer_id = :c",
              customer_id) == 0:
        return [], []
    from jpf_desk.store.models import Dossier, DossierDocument

    dossier_ids = list(session.scalars(select(Dossier.id)
                                       .where(Dossier.customer_id == customer_id)))
    docs = session.execute(select(DossierDocument.id, DossierDocument.file_path).where(
        DossierDocument.dossier_id.in_(dossier_ids), DossierDocument.file_path != "")).all()
    doc_ids = [d[0] for d in docs]
    session.execute(update(Dossier).where(Dossier.id.in_(dossier_ids))
                    .values(note="", revision=Dossier.revision + 1))
    session.execute(update(DossierDocument).where(DossierDocument.id.in_(doc_ids))
                    .values(file_name="", file_path="", file_sha256="", file_size=0,
                            revision=DossierDocument.revision + 1))
    record_bulk(session, "dossiers", dossier_ids, "update")
    record_bulk(session, "dossier_documents", doc_ids, "update")
    return ([ErasedPart("dossier_notes", len(dossier_ids)),
             ErasedPart("dossier_files", len(docs))], [d[1] for d in docs])


def _kept(session: Session, customer_id: str, receipts: int) -> list[KeptPart]:
    c = customer_id
    counts = {
        "payments": _count(session, "payments", "SELECT count(*) FROM payments p JOIN "
                           "enrolments e ON e.id = p.enrolment_id WHERE e.customer_id = :c", c),
        "enrolments": _count(session, "enrolments",
                             "SELECT count(*) FROM enrolments WHERE customer_id = :c", c),
        "consent": receipts,
        "disclosures": _count(session, "disclosures",
                              "SELECT count(*) FROM disclosures WHERE customer_id = :c", c),
        "requests": _count(session, "data_requests",
                           "SELECT count(*) FROM data_requests WHERE customer_id = :c", c),
    }
    return [KeptPart(k, n, KEPT_REASONS[k]) for k, n in counts.items() if n]


def _check(session: Session, desk: Desk, customer_id: str, reason: str) -> None:
    if not reason.strip():
        raise ValidationError("erasure.reason_required", field="reason")
    check(session, desk.actor.staff_id, Action.ERASE)
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise not_found("customer", customer_id)
    if customer.status == "deleted":
        raise DomainError("erasure.already_erased")


def erase_customer(desk: Desk, customer_id: str, reason: str, *,
                   request_id: str | None = None, told_on: date | None = None) -> TombstoneView:
    """Erase what no other legal basis keeps; leave a tombstone; scrub the store file."""
    from jpf_desk.services.dossiers.file_vault import remove_file

    with desk.tx() as s:
        secure_delete(s)
        _check(s, desk, customer_id, reason)
        tomb_id = new_id()
        erased = _erase_person_rows(s, desk, customer_id) + _erase_free_text(s, desk, customer_id)
        dossier_parts, files = _erase_dossiers(s, customer_id)
        remaining = erase_remaining_rows(s, desk.actor.staff_id, customer_id)
        receipts = redact_receipts(s, customer_id, tomb_id)
        erased += [*dossier_parts, *(ErasedPart(w, n) for w, n in remaining),
                   ErasedPart("consent_receipt_names", receipts)]
        kept = _kept(s, customer_id, receipts)
        tomb = ErasureTombstone(
            id=tomb_id, customer_id=customer_id, request_id=request_id, erased_at=utcnow(),
            erased_by=desk.actor.staff_id, reason=reason.strip(),
            erased=json.dumps([{"what": e.what, "count": e.count} for e in erased]),
            kept=json.dumps([{"what": k.what, "count": k.count, "reason": k.reason}
                             for k in kept], ensure_ascii=False))
        s.add(tomb)
        if request_id is not None:
            close_in_session(s, desk, load_request(s, request_id),
                             "Đã xoá dữ liệu cá nhân; giữ lại: " + ", ".join(k.what for k in kept),
                             told_on)
        merge_search_index(s)
        s.flush()
        view = TombstoneView(tomb.id, customer_id, request_id, tomb.erased_at, tomb.erased_by,
                             tomb.reason, tuple(erased), tuple(kept))
    for path in files:
        remove_file(desk, path)
    compacted = scrub_store_file(desk)
    backups = len(list((desk.store.path.parent / BACKUP_DIR).glob("*.db")))
    return TombstoneView(**{**view.__dict__, "store_compacted": compacted,
                            "backups_holding": backups})


def scrub_store_file(desk: Desk) -> bool:
    """Rewrite the file without free pages (VACUUM) and empty the WAL into it.

    True when the WAL could be truncated (no other reader held an old snapshot).
    """
    return compact_store_file(desk.store.engine)


def tombstones_of(desk: Desk, customer_id: str) -> list[TombstoneView]:
    with desk.tx() as s:
        rows = s.scalars(select(ErasureTombstone)
                         .where(ErasureTombstone.customer_id == customer_id)
                         .order_by(ErasureTombstone.erased_at))
        return [TombstoneView(
            t.id, t.customer_id, t.request_id, t.erased_at, t.erased_by, t.reason,
            tuple(ErasedPart(e["what"], e["count"]) for e in json.loads(t.erased)),
            tuple(KeptPart(k["what"], k["count"], k["reason"]) for k in json.loads(t.kept)))
            for t in rows]
