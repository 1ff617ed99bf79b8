"""Sending dossier data to a partner, only under consent and agreed scope, and the log.

A send is refused before anything is produced when the customer restricted, objected
to or withdrew the service, has no active consent for that partner and purpose, when
an item lies outside the scope agreed with the partner, when a transfer abroad has no
legal basis, or when a document holds sensitive data the customer has not consented to. Otherwise the package
is written and the disclosure appended to a log the customer can be shown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.dates import now_vn
from jpf_desk.domain.disclosure_items import (
    DisclosureChannel,
    DisclosurePurpose,
    LegalBasis,
    field_label,
    is_cross_border,
    split_items,
)
from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import register
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.processing import ProcessingRefusal, ProcessingRefused
from jpf_desk.domain.staff import Action
from jpf_desk.services.consent.policy import SERVICE, current_policy, purpose_wording
from jpf_desk.services.consent.queries import active_partner_consent, latest_receipt_row
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.document_kinds import (
    SENSITIVE_CATEGORY,
    kind_names,
    sensitive_kind_codes,
)
from jpf_desk.services.rights import processing
from jpf_desk.services.sharing.partners import load_partner, partner_names
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import Disclosure, Dossier, Staff

register({
    "disclosure.nothing_selected": {
        "vi": "Chưa chọn thông tin hay giấy tờ nào để gửi.",
        "fr": "Aucune donnée ni aucun document choisi.",
        "en": "Nothing was chosen to send.",
    },
    "disclosure.no_consent": {
        "vi": "Không thể gửi: khách hàng chưa đồng ý (hoặc đã rút đồng ý) cho việc chia sẻ "
              "với «{partner}» cho mục đích «{purpose}». Hãy lấy đồng ý này trước.",
        "fr": "Envoi refusé : le client n'a pas consenti (ou a retiré son consentement) au "
              "partage avec « {partner} » pour « {purpose} ». Recueillez ce consentement.",
        "en": "Refused: the customer has not consented (or has withdrawn consent) to sharing "
              "with \"{partner}\" for \"{purpose}\". Capture that consent first.",
    },
    "disclosure.out_of_scope": {
        "vi": "Không thể gửi: thỏa thuận với «{partner}» cho mục đích «{purpose}» không bao "
              "gồm: {items}.",
        "fr": "Envoi refusé : l'accord avec « {partner} » pour « {purpose} » ne couvre pas : "
              "{items}.",
        "en": "Refused: the agreement with \"{partner}\" for \"{purpose}\" does not cover: "
              "{items}.",
    },
    "disclosure.legal_basis_required": {
        "vi": "Dữ liệu được gửi ra nước ngoài: hãy chọn căn cứ chuyển dữ liệu.",
        "fr": "Les données quittent le Vietnam : choisissez la base du transfert.",
        "en": "The data leaves Vietnam: choose the basis of the transfer.",
    },
    "disclosure.document_missing": {
        "vi": "Chưa có tệp cho: {items}.",
        "fr": "Aucun fichier pour : {items}.",
        "en": "No file yet for: {items}.",
    },
    "disclosure.partner_inactive": {
        "vi": "Đối tác này đã ngừng hợp tác.",
        "fr": "Ce partenaire n'est plus actif.",
        "en": "This partner is no longer active.",
    },
})


@dataclass(frozen=True)
class SendRequest:
    dossier_id: str
    partner_id: str
    purpose: DisclosurePurpose
    items: tuple[str, ...]
    channel: DisclosureChannel
    legal_basis: LegalBasis | None = None
    note: str = ""


@dataclass(frozen=True)
class DisclosureView:
    id: str
    customer_id: str
    dossier_id: str | None
    partner_id: str
    partner_name: str
    partner_country: str
    purpose: DisclosurePurpose
    items: tuple[str, ...]
    field_labels: tuple[str, ...]
    document_labels: tuple[str, ...]
    consent_receipt_id: str
    sent_at: datetime
    channel: DisclosureChannel
    sent_by_name: str
    cross_border: bool
    legal_basis: LegalBasis | None
    package_sha256: str
    note: str
    package_path: Path | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Clearance:
    """What a check found: the consent receipt that allows the send, and the partner."""

    consent_receipt_id: str
    customer_id: str
    partner_name: str
    partner_country: str
    cross_border: bool


def item_labels(session: Session, items: tuple[str, ...] | list[str]) -> list[str]:
    fields, docs = split_items(list(items))
    names = kind_names(session)
    return [field_label(f) for f in fields] + [names.get(d, d) for d in docs]


def clearance(session: Session, req: SendRequest) -> Clearance:
    """Raise the reason a send is not allowed, or return what allows it."""
    if not req.items:
        raise ValidationError("disclosure.nothing_selected", field="items")
    dossier = session.get(Dossier, req.dossier_id)
    if dossier is None:
        raise not_found("dossier", req.dossier_id)
    partner = load_partner(session, req.partner_id)
    if not partner.active:
        raise DomainError("disclosure.partner_inactive", field="partner")
    purpose_label = label(req.purpose)
    stopped = processing.refusal(session, dossier.customer_id, SERVICE)
    if stopped not in (None, ProcessingRefusal.NO_CONSENT):
        raise ProcessingRefused(stopped, field="partner", purpose=purpose_wording(SERVICE))
    receipt = active_partner_consent(session, dossier.customer_id, partner.id, req.purpose.value)
    if receipt is None:
        raise DomainError("disclosure.no_consent", field="partner",
                          partner=partner.name, purpose=purpose_label)
    from jpf_desk.store.models import PartnerScope

    agreed = set(session.scalars(select(PartnerScope.item).where(
        PartnerScope.partner_id == partner.id, PartnerScope.purpose == req.purpose.value)))
    outside = [i for i in req.items if i not in agreed]
    if outside:
        raise DomainError("disclosure.out_of_scope", field="items", partner=partner.name,
                          purpose=purpose_label, items=", ".join(item_labels(session, outside)))
    abroad = is_cross_border(partner.country)
    if abroad and req.legal_basis is None:
        raise ValidationError("disclosure.legal_basis_required", field="legal_basis")
    require_sensitive_consent(session, dossier.customer_id, req.items)
    return Clearance(receipt, dossier.customer_id, partner.name, partner.country, abroad)


def consented_sensitive_kinds(session: Session, customer_id: str) -> set[str]:
    """The sensitive-data kinds the customer's current receipt consents to."""
    row = latest_receipt_row(session, customer_id)
    if row is None:
        return set()
    return set(json.loads(row.content)["sensitive"]["kinds"])


def require_sensitive_consent(session: Session, customer_id: str,
                              items: tuple[str, ...] | list[str]) -> None:
    """A document holding sensitive data goes out only under the customer's consent for
    that kind of data (LAW.md: Decree 356 Art. 4; the consent must say so explicitly)."""
    _fields, docs = split_items(list(items))
    sensitive = sensitive_kind_codes(session)
    given = consented_sensitive_kinds(session, customer_id)
    missing = [d for d in docs if d in sensitive and SENSITIVE_CATEGORY.get(d) not in given]
    if not missing:
        return
    names = kind_names(session)
    words = current_policy().sensitive_kinds
    kinds = dict.fromkeys(
        words[c]["vi"] if (c := SENSITIVE_CATEGORY.get(d)) in words else names.get(d, d)
        for d in missing)
    raise ProcessingRefused(ProcessingRefusal.NO_SENSITIVE_CONSENT, field="items",
                            kinds=", ".join(kinds),
                            items=", ".join(names.get(d, d) for d in missing))


def record_disclosure(session: Session, desk: Desk, req: SendRequest, clear: Clearance,
                      package_sha256: str, sent_at: datetime) -> Disclosure:
    row = Disclosure(
        customer_id=clear.customer_id, dossier_id=req.dossier_id, partner_id=req.partner_id,
        purpose=req.purpose.value, items=" ".join(req.items),
        consent_receipt_id=clear.consent_receipt_id, sent_at=sent_at,
        channel=req.channel.value, sent_by=desk.actor.staff_id,
        cross_border=clear.cross_border,
        legal_basis=req.legal_basis.value if clear.cross_border and req.legal_basis else "",
        package_sha256=package_sha256, note=req.note.strip(),
    )
    session.add(row)
    session.flush()
    return row


def _view(session: Session, d: Disclosure, partners: dict[str, tuple[str, str]],
          staff: dict[str, str], path: Path | None = None) -> DisclosureView:
    items = tuple(d.items.split())
    fields, docs = split_items(list(items))
    names = kind_names(session)
    name, country = partners.get(d.partner_id, ("", ""))
    return DisclosureView(
        d.id, d.customer_id, d.dossier_id, d.partner_id, name, country,
        DisclosurePurpose(d.purpose),
        items, tuple(field_label(f) for f in fields),
        tuple(names.get(k, k) for k in docs), d.consent_receipt_id, d.sent_at,
        DisclosureChannel(d.channel), staff.get(d.sent_by, ""), d.cross_border,
        LegalBasis(d.legal_basis) if d.legal_basis else None, d.package_sha256, d.note, path,
    )


def disclosure_view(session: Session, d: Disclosure, path: Path | None = None) -> DisclosureView:
    staff = dict(session.execute(select(Staff.id, Staff.full_name)).all())
    return _view(session, d, partner_names(session), staff, path)


def disclosures_of_customer(desk: Desk, customer_id: str) -> list[DisclosureView]:
    """Every disclosure of the customer's data, oldest first (the customer's right to
    follow exchanges with partners; also used by access reports)."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        partners = partner_names(s)
        staff = dict(s.execute(select(Staff.id, Staff.full_name)).all())
        rows = s.scalars(select(Disclosure).where(Disclosure.customer_id == customer_id)
                         .order_by(Disclosure.sent_at, Disclosure.id))
        return [_view(s, d, partners, staff) for d in rows]


def disclosures_of_dossier(desk: Desk, dossier_id: str) -> list[DisclosureView]:
    with desk.tx() as s:
        partners = partner_names(s)
        staff = dict(s.execute(select(Staff.id, Staff.full_name)).all())
        rows = s.scalars(select(Disclosure).where(Disclosure.dossier_id == dossier_id)
                         .order_by(Disclosure.sent_at, Disclosure.id))
        return [_view(s, d, partners, staff) for d in rows]


def now() -> datetime:
    return now_vn()
