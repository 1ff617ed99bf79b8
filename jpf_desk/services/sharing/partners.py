"""The partner registry and the scope agreed with each partner, purpose by purpose."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.disclosure_items import (
    DOC_PREFIX,
    FIELD_PREFIX,
    DisclosureField,
    DisclosurePurpose,
    PartnerKind,
    is_cross_border,
)
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.text import clean
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.read_only import refuse_if_managed
from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.store.models import Partner, PartnerScope

register({
    "partner.name_required": {
        "vi": "Cần nhập tên đối tác.",
        "fr": "Le nom du partenaire est obligatoire.",
        "en": "The partner needs a name.",
    },
    "partner.country_invalid": {
        "vi": "Mã quốc gia gồm 2 chữ cái (VN, FR...).",
        "fr": "Le code pays a 2 lettres (VN, FR...).",
        "en": "The country code has 2 letters (VN, FR...).",
    },
    "partner.item_invalid": {
        "vi": "Mục dữ liệu không hợp lệ trong phạm vi thỏa thuận.",
        "fr": "Élément invalide dans le périmètre convenu.",
        "en": "Invalid item in the agreed scope.",
    },
})


@dataclass(frozen=True)
class PartnerInput:
    name: str
    kind: PartnerKind
    country: str
    contact: str = ""
    active: bool = True


@dataclass(frozen=True)
class PartnerView:
    id: str
    name: str
    kind: PartnerKind
    country: str
    contact: str
    active: bool
    # purpose -> agreed items ("field:x" / "doc:y")
    scope: dict[DisclosurePurpose, frozenset[str]]

    @property
    def cross_border(self) -> bool:
        return is_cross_border(self.country)


def _scope(session: Session, partner_id: str) -> dict[DisclosurePurpose, frozenset[str]]:
    grouped: dict[DisclosurePurpose, set[str]] = {}
    for purpose, item in session.execute(select(PartnerScope.purpose, PartnerScope.item)
                                         .where(PartnerScope.partner_id == partner_id)):
        grouped.setdefault(DisclosurePurpose(purpose), set()).add(item)
    return {p: frozenset(items) for p, items in grouped.items()}


def _view(session: Session, p: Partner) -> PartnerView:
    return PartnerView(p.id, p.name, PartnerKind(p.kind), p.country, p.contact, p.active,
                       _scope(session, p.id))


def load_partner(session: Session, partner_id: str) -> Partner:
    row = session.get(Partner, partner_id)
    if row is None:
        raise not_found("partner", partner_id)
    return row


def _validate(data: PartnerInput) -> tuple[str, str]:
    name = clean(data.name)
    if not name:
        raise ValidationError("partner.name_required", field="name")
    country = data.country.strip().upper()
    if len(country) != 2 or not country.isascii() or not country.isalpha():
        raise ValidationError("partner.country_invalid", field="country")
    return name, country


def save_partner(desk: Desk, data: PartnerInput, partner_id: str | None = None) -> PartnerView:
    name, country = _validate(data)
    with desk.tx() as s:
        refuse_if_managed(s, "partners")
        if partner_id is None:
            row = Partner(centre_id=SHARED_CENTRE)
            s.add(row)
        else:
            row = load_partner(s, partner_id)
        row.name, row.kind, row.country = name, data.kind.value, country
        row.contact, row.active = data.contact.strip(), data.active
        s.flush()
        return _view(s, row)


def _check_items(items: Iterable[str]) -> list[str]:
    out = []
    for item in items:
        field_ok = item.startswith(FIELD_PREFIX) and item[len(FIELD_PREFIX):] in set(DisclosureField)
        if not (field_ok or (item.startswith(DOC_PREFIX) and len(item) > len(DOC_PREFIX))):
            raise ValidationError("partner.item_invalid", field="scope")
        out.append(item)
    return out


def set_scope(desk: Desk, partner_id: str, purpose: DisclosurePurpose,
              items: Iterable[str]) -> PartnerView:
    """Replace what may be sent to this partner for this purpose."""
    wanted = set(_check_items(items))
    with desk.tx(reason="partner scope") as s:
        refuse_if_managed(s, "partner_scopes")
        row = load_partner(s, partner_id)
        # ORM deletes (not a Core DELETE) so the outbox sees every removed item.
        existing = s.scalars(select(PartnerScope).where(PartnerScope.partner_id == partner_id,
                                                        PartnerScope.purpose == purpose.value))
        for old in existing:
            if old.item in wanted:
                wanted.discard(old.item)
            else:
                s.delete(old)
        for item in sorted(wanted):
            s.add(PartnerScope(centre_id=SHARED_CENTRE, partner_id=partner_id,
                               purpose=purpose.value, item=item))
        s.flush()
        return _view(s, row)


def list_partners(desk: Desk, *, include_inactive: bool = False) -> list[PartnerView]:
    with desk.tx() as s:
        query = select(Partner).order_by(Partner.kind, Partner.name)
        if not include_inactive:
            query = query.where(Partner.active)
        return [_view(s, p) for p in s.scalars(query)]


def partner_names(session: Session) -> dict[str, tuple[str, str]]:
    """id -> (name, country) for every partner, for reports."""
    rows = session.execute(select(Partner.id, Partner.name, Partner.country))
    return {pid: (name, country) for pid, name, country in rows}
