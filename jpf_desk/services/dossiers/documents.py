"""A dossier's document checklist: received, checked, expiry, and the file itself.

The file goes to the vault (inside the data directory, encrypted when the kind is
sensitive); the row keeps only where it is, its SHA-256 and size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.disclosure_items import split_items
from jpf_desk.domain.dossiers import DocumentState
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.staff import Action
from jpf_desk.services.access_log.record import note_access
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers import file_vault
from jpf_desk.services.dossiers.document_kinds import active_kinds, kind_names
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.base import new_id
from jpf_desk.store.models import Disclosure, Dossier, DossierDocument, Partner, Staff

EXPIRY_WARNING_DAYS = 90


@dataclass(frozen=True)
class DocumentItem:
    id: str
    kind_code: str
    kind_name: str
    required: bool
    sensitive: bool
    received_on: date | None
    received_by_name: str
    checked: bool
    expiry_date: date | None
    file_name: str
    file_sha256: str
    file_size: int
    encrypted: bool
    state: DocumentState
    sent_to: tuple[str, ...] = ()  # partners that received this document (disclosure log)
    # Its scan is in this desk's data folder: a scan stays on the desk it was attached on
    # (files never go through head office), or was removed from the folder by hand.
    file_here: bool = False

    @property
    def has_file(self) -> bool:
        return bool(self.file_sha256)


@dataclass(frozen=True)
class ChecklistSummary:
    missing_required: int
    expiring: int
    expired: int
    received: int
    total: int


def doc_state(received_on: date | None, checked: bool, expiry: date | None,
              today: date) -> DocumentState:
    if received_on is None:
        return DocumentState.MISSING
    if expiry is not None:
        if expiry < today:
            return DocumentState.EXPIRED
        if expiry <= today + timedelta(days=EXPIRY_WARNING_DAYS):
            return DocumentState.EXPIRING
    return DocumentState.CHECKED if checked else DocumentState.RECEIVED


def create_checklist(session: Session, dossier_id: str) -> None:
    """One item per active kind of the template, with the kind's current settings."""
    for kind in active_kinds(session):
        session.add(DossierDocument(dossier_id=dossier_id, kind_code=kind.code,
                                    required=kind.required, sensitive=kind.sensitive))
    session.flush()


def _sent_to(session: Session, dossier_id: str) -> dict[str, list[str]]:
    """Document kind -> partner names it was disclosed to, oldest first, no repeats."""
    sent: dict[str, list[str]] = {}
    rows = session.execute(select(Disclosure.items, Partner.name)
                           .join(Partner, Partner.id == Disclosure.partner_id)
                           .where(Disclosure.dossier_id == dossier_id)
                           .order_by(Disclosure.sent_at)).all()
    for items, partner in rows:
        for kind in split_items(items.split())[1]:
            if partner not in sent.setdefault(kind, []):
                sent[kind].append(partner)
    return sent


def _items(session: Session, dossier_id: str, today: date, folder: Path) -> list[DocumentItem]:
    names = kind_names(session)
    staff = dict(session.execute(select(Staff.id, Staff.full_name)).all())
    sent = _sent_to(session, dossier_id)
    rows = session.scalars(select(DossierDocument)
                           .where(DossierDocument.dossier_id == dossier_id))
    order = {code: i for i, code in enumerate(names)}
    items = [
        DocumentItem(
            d.id, d.kind_code, names.get(d.kind_code, d.kind_code), d.required, d.sensitive,
            d.received_on, staff.get(d.received_by or "", ""), d.checked, d.expiry_date,
            d.file_name, d.file_sha256, d.file_size, d.encrypted,
            doc_state(d.received_on, d.checked, d.expiry_date, today),
            tuple(sent.get(d.kind_code, ())),
            bool(d.file_sha256 and d.file_path and (folder / d.file_path).is_file()),
        )
        for d in rows
    ]
    return sorted(items, key=lambda i: (not i.required, order.get(i.kind_code, 999)))


def checklist(desk: Desk, dossier_id: str, *, today: date | None = None) -> list[DocumentItem]:
    with desk.tx() as s:
        return _items(s, dossier_id, today or today_vn(), file_vault.data_dir(desk))


def summarise(items: list[DocumentItem]) -> ChecklistSummary:
    return ChecklistSummary(
        missing_required=sum(1 for i in items if i.required and i.state is DocumentState.MISSING),
        expiring=sum(1 for i in items if i.state is DocumentState.EXPIRING),
        expired=sum(1 for i in items if i.state is DocumentState.EXPIRED),
        received=sum(1 for i in items if i.state is not DocumentState.MISSING),
        total=len(items),
    )


def checklist_summaries(desk: Desk, dossier_ids: list[str],
                        *, today: date | None = None) -> dict[str, ChecklistSummary]:
    """Summaries for the board, one query for all dossiers shown."""
    today = today or today_vn()
    result: dict[str, list[DocumentState]] = {i: [] for i in dossier_ids}
    required: dict[str, list[bool]] = {i: [] for i in dossier_ids}
    with desk.tx() as s:
        rows = s.execute(select(DossierDocument.dossier_id, DossierDocument.required,
                                DossierDocument.received_on, DossierDocument.checked,
                                DossierDocument.expiry_date)
                         .where(DossierDocument.dossier_id.in_(dossier_ids))).all()
    for dossier_id, req, received, checked, expiry in rows:
        result[dossier_id].append(doc_state(received, checked, expiry, today))
        required[dossier_id].append(req)
    out = {}
    for dossier_id, states in result.items():
        reqs = required[dossier_id]
        out[dossier_id] = ChecklistSummary(
            sum(1 for st, r in zip(states, reqs, strict=True) if r and st is DocumentState.MISSING),
            states.count(DocumentState.EXPIRING), states.count(DocumentState.EXPIRED),
            sum(1 for st in states if st is not DocumentState.MISSING), len(states))
    return out


def _load(session: Session, item_id: str) -> DossierDocument:
    row = session.get(DossierDocument, item_id)
    if row is None:
        raise not_found("document", item_id)
    return row


def _one(session: Session, row: DossierDocument, today: date, folder: Path) -> DocumentItem:
    return next(i for i in _items(session, row.dossier_id, today, folder) if i.id == row.id)


def set_received(desk: Desk, item_id: str, received: bool, *, on: date | None = None,
                 expiry: date | None = None) -> DocumentItem:
    """Tick (or untick) an item as received today by the staff at the desk."""
    on = on or today_vn()
    with desk.tx() as s:
        row = _load(s, item_id)
        row.received_on = on if received else None
        row.received_by = desk.actor.staff_id if received else None
        if not received:
            row.checked = False
        if expiry is not None:
            row.expiry_date = expiry
        return _one(s, row, today_vn(), file_vault.data_dir(desk))


def set_checked(desk: Desk, item_id: str, checked: bool) -> DocumentItem:
    with desk.tx() as s:
        row = _load(s, item_id)
        if row.received_on is None and checked:
            row.received_on, row.received_by = today_vn(), desk.actor.staff_id
        row.checked = checked
        return _one(s, row, today_vn(), file_vault.data_dir(desk))


def set_expiry(desk: Desk, item_id: str, expiry: date | None) -> DocumentItem:
    with desk.tx() as s:
        row = _load(s, item_id)
        row.expiry_date = expiry
        return _one(s, row, today_vn(), file_vault.data_dir(desk))


def attach_file(desk: Desk, item_id: str, file_name: str, content: bytes,
                *, on: date | None = None) -> DocumentItem:
    """Store the file (encrypted when the item is sensitive) and mark the item received."""
    with desk.tx() as s:
        row = _load(s, item_id)
        sensitive, dossier_id, old_path = row.sensitive, row.dossier_id, row.file_path
    # A fresh name per version: the previous file stays valid until the row points away.
    stored = file_vault.store_file(desk, dossier_id, new_id(), content, sensitive=sensitive)
    with desk.tx(reason="document file") as s:
        row = _load(s, item_id)
        row.file_name = PurePath(file_name).name[:255]
        row.file_path, row.file_sha256 = stored.relative_path, stored.sha256
        row.file_size, row.encrypted = stored.size, stored.encrypted
        if row.received_on is None:
            row.received_on, row.received_by = on or today_vn(), desk.actor.staff_id
        item = _one(s, row, today_vn(), file_vault.data_dir(desk))
    if old_path and old_path != stored.relative_path:
        file_vault.remove_file(desk, old_path)
    return item


def file_id_of(relative_path: str) -> str:
    return PurePath(relative_path).stem


def read_document(desk: Desk, item_id: str) -> tuple[str, bytes]:
    """(file name, original bytes) of an item's file, decrypted and hash-checked."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.OPEN_DOCUMENT)
        row = _load(s, item_id)
        path, name, enc, digest = row.file_path, row.file_name, row.encrypted, row.file_sha256
        dossier = s.get(Dossier, row.dossier_id)
        customer_id = dossier.customer_id if dossier is not None else None
    if not path:
        raise not_found("document_file", item_id)
    content = file_vault.read_file(desk, path, file_id_of(path), encrypted=enc, sha256=digest)
    note_access(desk, AccessKind.DOCUMENT_OPENED, customer_id=customer_id, subject_id=item_id)
    return name, content
