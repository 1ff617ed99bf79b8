"""Producing the package for a partner (zip: cover sheet + chosen files) and logging it.

The checks run first (consent, scope, legal basis, files present); the package is
written outside the data directory the user chose; the disclosure is recorded only
once the package exists, and the package is removed again if recording fails.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zipfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import format_date, format_datetime
from jpf_desk.domain.disclosure_items import (
    field_label,
    split_items,
)
from jpf_desk.domain.dossier_stages import intake_label
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import label
from jpf_desk.domain.people import Sex
from jpf_desk.domain.staff import Action
from jpf_desk.printing.dossier_cover import CoverFile, CoverSheet, build_cover_sheet
from jpf_desk.services.access_log.record import record_access
from jpf_desk.services.consent.records import short_code_for
from jpf_desk.services.customers.views import national
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers import documents
from jpf_desk.services.dossiers.document_kinds import kind_names
from jpf_desk.services.sharing.disclosures import (
    Clearance,
    DisclosureView,
    SendRequest,
    clearance,
    disclosure_view,
    now,
    record_disclosure,
)
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import (
    Centre,
    Customer,
    Dossier,
    DossierDocument,
    ProgrammeChoice,
    Staff,
)


def field_values(session: Session, dossier: Dossier, codes: list[str],
                 lang: str = "vi") -> list[tuple[str, str]]:
    """(label, value) of each chosen field, as the partner will read it, in `lang`."""
    c = session.get(Customer, dossier.customer_id)
    assert c is not None
    programmes = session.scalars(select(ProgrammeChoice)
                                 .where(ProgrammeChoice.dossier_id == dossier.id)
                                 .order_by(ProgrammeChoice.rank))
    values = {
        "full_name": c.full_name,
        "birth_date": format_date(c.birth_date) if c.birth_date else "",
        "sex": label(Sex(c.sex), lang) if c.sex else "",
        "phone": national(c.phone_e164),
        "email": c.email or "",
        "address": c.address_as_written or c.street,
        "id_document": f"{(c.id_kind or '').upper()} {c.id_number or ''}".strip(),
        "intake": intake_label(dossier.intake_season, dossier.intake_year),
        "level_sought": dossier.level_sought,
        "programmes": "; ".join(f"{p.school} – {p.programme} ({p.city})" for p in programmes),
    }
    return [(field_label(code, lang), values.get(code, "")) for code in codes]


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")[:40] or "partner"


def _documents(session: Session, dossier_id: str, kinds: list[str]) -> list[DossierDocument]:
    rows = {d.kind_code: d for d in session.scalars(
        select(DossierDocument).where(DossierDocument.dossier_id == dossier_id,
                                      DossierDocument.kind_code.in_(kinds)))}
    missing = [k for k in kinds if k not in rows or not rows[k].file_sha256]
    if missing:
        names = kind_names(session)
        raise DomainError("disclosure.document_missing", field="items",
                          items=", ".join(names.get(k, k) for k in missing))
    return [rows[k] for k in kinds]


def _cover(session: Session, desk: Desk, req: SendRequest, clear: Clearance,
           dossier: Dossier, files: list[CoverFile], field_codes: list[str],
           sent_text: str, lang: str) -> CoverSheet:
    centre = session.get(Centre, desk.actor.centre_id)
    staff = session.get(Staff, desk.actor.staff_id)
    customer = session.get(Customer, dossier.customer_id)
    abroad = clear.cross_border and req.legal_basis is not None
    return CoverSheet(
        centre_name=centre.name if centre else "", sent_at_text=sent_text,
        partner_name=clear.partner_name, partner_country=clear.partner_country,
        purpose_label=label(req.purpose, lang),
        customer_name=customer.full_name if customer else "",
        dossier_label=f"{intake_label(dossier.intake_season, dossier.intake_year)}"
                      f" · {dossier.level_sought}",
        consent_code=short_code_for(clear.consent_receipt_id),
        channel_label=label(req.channel, lang),
        sent_by=staff.full_name if staff else "",
        transfer_text=label(req.legal_basis, lang) if req.legal_basis and abroad else "",
        fields=tuple(field_values(session, dossier, field_codes, lang)), files=tuple(files),
        cross_border=abroad, lang=lang,
    )


def send_to_partner(desk: Desk, req: SendRequest, out_dir: Path, *,
                    lang: str = "vi") -> DisclosureView:
    """Check, write `<out_dir>/<date>-<partner>.zip` (its cover sheet in `lang`), record
    the disclosure; or refuse."""
    field_codes, kinds = split_items(list(req.items))
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.SEND_TO_PARTNER)
        clear = clearance(s, req)
        dossier = s.get(Dossier, req.dossier_id)
        assert dossier is not None
        docs = [(d.id, d.kind_code) for d in _documents(s, req.dossier_id, kinds)]
        names = kind_names(s)
    sent_at = now()
    payloads: list[tuple[str, bytes]] = []
    cover_files = []
    for n, (doc_id, kind) in enumerate(docs, start=1):
        file_name, content = documents.read_document(desk, doc_id)
        arcname = f"{n:02d}-{kind}{Path(file_name).suffix.lower()}"
        payloads.append((arcname, content))
        cover_files.append(CoverFile(names.get(kind, kind), arcname,
                                     hashlib.sha256(content).hexdigest()))
    with desk.tx() as s:
        dossier = s.get(Dossier, req.dossier_id)
        assert dossier is not None
        cover = build_cover_sheet(_cover(s, desk, req, clear, dossier, cover_files,
                                         field_codes, format_datetime(sent_at), lang))
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{sent_at:%Y%m%d-%H%M%S}-{_slug(clear.partner_name)}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("00-phieu-gui.pdf", cover)
        for arcname, content in payloads:
            zf.writestr(arcname, content)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        with desk.tx(reason="disclosure") as s:
            # Checked again in the recording transaction: consent may have been withdrawn.
            clear = clearance(s, req)
            row = record_disclosure(s, desk, req, clear, digest, sent_at)
            record_access(s, desk, AccessKind.DISCLOSURE_PACKAGE, customer_id=row.customer_id,
                          subject_id=row.id, detail=digest[:16])
            return disclosure_view(s, row, path)
    except BaseException:
        path.unlink(missing_ok=True)
        raise

