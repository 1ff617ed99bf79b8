"""The transfer impact dossier: the 60-day filing reminder per destination country.

LAW.md: JPF keeps a transfer impact assessment dossier and files it with the authority
within 60 days of the first transfer abroad. Only JPF's own transfers count (legal basis
"jpf_transfer"); a customer sending their own data with JPF's help is not JPF's transfer.
The first such transfer to a country starts that country's clock; recording the filing
stops the reminder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpf_desk.domain.dates import VN_TZ, today_vn
from jpf_desk.domain.disclosure_items import HOME_COUNTRY, LegalBasis
from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.staff import Action
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import Disclosure, Partner, TransferFiling

FILING_DAYS = 60

register({
    "transfer.no_transfer": {
        "vi": "JPF chưa chuyển dữ liệu sang «{country}»: chưa cần nộp hồ sơ.",
        "fr": "JPF n'a pas transféré de données vers « {country} » : aucun dépôt requis.",
        "en": "JPF has not transferred data to \"{country}\": nothing to file."},
    "transfer.already_filed": {
        "vi": "Hồ sơ cho «{country}» đã được ghi nhận là đã nộp.",
        "fr": "Le dépôt pour « {country} » est déjà enregistré.",
        "en": "The filing for \"{country}\" is already recorded."},
    "transfer.filed_before_transfer": {
        "vi": "Ngày nộp không thể sau hôm nay.",
        "fr": "La date de dépôt ne peut pas être dans le futur.",
        "en": "The filing date cannot be in the future."},
})


@dataclass(frozen=True)
class TransferDossier:
    country: str
    first_transfer_on: date
    file_by: date
    filed_on: date | None

    def days_left(self, today: date) -> int:
        """Negative once the filing is late."""
        return (self.file_by - today).days


def _first_transfers(session: Session) -> dict[str, date]:
    rows = session.execute(
        select(Partner.country, Disclosure.sent_at)
        .join(Partner, Partner.id == Disclosure.partner_id)
        .where(Disclosure.cross_border, Disclosure.legal_basis == LegalBasis.JPF_TRANSFER.value))
    first: dict[str, date] = {}
    for country, sent_at in rows:
        code = country.strip().upper()
        if code == HOME_COUNTRY:
            continue
        day = sent_at.astimezone(VN_TZ).date()
        if code not in first or day < first[code]:
            first[code] = day
    return first


def transfer_dossiers(desk: Desk) -> list[TransferDossier]:
    """Every destination JPF transferred data to, with its filing deadline and state."""
    with desk.tx() as s:
        first = _first_transfers(s)
        # Two desks may both have recorded a country's filing before they synced.
        filed = dict(s.execute(select(TransferFiling.country, func.min(TransferFiling.filed_on))
                               .group_by(TransferFiling.country)).all())
    return sorted((TransferDossier(c, d, d + timedelta(days=FILING_DAYS), filed.get(c))
                   for c, d in first.items()), key=lambda t: (t.file_by, t.country))


def filing_reminders(desk: Desk) -> list[TransferDossier]:
    """Destinations whose impact dossier is not filed yet, most urgent first."""
    return [t for t in transfer_dossiers(desk) if t.filed_on is None]


def record_filing(desk: Desk, country: str, filed_on: date, note: str = "") -> TransferDossier:
    """The manager filed the impact dossier for `country` (recorded once)."""
    code = country.strip().upper()
    if filed_on > today_vn():
        raise ValidationError("transfer.filed_before_transfer", field="filed_on")
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.RECORD_TRANSFER_FILING)
        first = _first_transfers(s).get(code)
        if first is None:
            raise DomainError("transfer.no_transfer", field="country", country=code)
        if s.scalar(select(TransferFiling.id).where(TransferFiling.country == code)):
            raise DomainError("transfer.already_filed", field="country", country=code)
        s.add(TransferFiling(country=code, filed_on=filed_on, filed_by=desk.actor.staff_id,
                             note=note.strip()))
    return TransferDossier(code, first, first + timedelta(days=FILING_DAYS), filed_on)
