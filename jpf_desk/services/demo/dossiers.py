"""Demo data for dossiers: partners with agreed scopes, dossiers at every stage, disclosures.

Called by `jpf-desk demo` (services/demo.py DEMO_EXTENSIONS) after the customers exist.
Writes in a few transactions so it stays fast; no files are attached (the demo must run
on a machine without a keyring), so disclosures send fields and document kinds only as
a record, without producing packages.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.consent import ConsentAction
from jpf_desk.domain.dates import VN_TZ, today_vn
from jpf_desk.domain.disclosure_items import (
    DisclosureChannel,
    DisclosurePurpose,
    LegalBasis,
    PartnerKind,
    doc_item,
    field_item,
    split_items,
)
from jpf_desk.domain.dossier_stages import EXPECTED_DAYS, ORDERED_STAGES, Stage
from jpf_desk.domain.people import is_minor
from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.consent.capture import ConsentInput, add_partner_consents, capture_consent
from jpf_desk.services.consent.content import PartnerChoice
from jpf_desk.services.consent.policy import SERVICE
from jpf_desk.services.consent.queries import consent_states, has_active_consent
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.document_kinds import SENSITIVE_CATEGORY
from jpf_desk.services.dossiers.documents import create_checklist
from jpf_desk.services.sharing.disclosures import SendRequest, clearance, record_disclosure
from jpf_desk.services.sharing.partners import PartnerInput, PartnerView, save_partner, set_scope
from jpf_desk.store.models import Customer, Dossier, DossierDocument, DossierStageChange

BASIC = (field_item("full_name"), field_item("birth_date"), field_item("email"),
         field_item("phone"))
PARTNERS: tuple[tuple[str, PartnerKind, str, str, DisclosurePurpose, tuple[str, ...]], ...] = (
    ("Espace Campus France Hà Nội", PartnerKind.CAMPUS_FRANCE, "FR",
     "hanoi@campusfrance.example", DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
     BASIC + (field_item("programmes"), doc_item("passport"), doc_item("transcripts"),
              doc_item("diplomas"), doc_item("french_certificate"), doc_item("cv"),
              doc_item("motivation_letter"))),
    ("Université Lumière Lyon 2 (ví dụ)", PartnerKind.SCHOOL, "FR",
     "admissions@univ-lyon2.example", DisclosurePurpose.SCHOOL_APPLICATION,
     BASIC + (doc_item("transcripts"), doc_item("diplomas"), doc_item("motivation_letter"),
              doc_item("french_certificate"))),
    ("Trung tâm tiếp nhận hồ sơ visa Pháp (ví dụ)", PartnerKind.VISA_CENTRE, "VN",
     "visa@visacentre.example", DisclosurePurpose.VISA_APPLICATION,
     BASIC + (field_item("address"), field_item("id_document"), doc_item("passport"),
              doc_item("bank_statements"), doc_item("acceptance_letter"),
              doc_item("housing_certificate"), doc_item("insurance"))),
    ("Văn phòng dịch thuật Hoàn Kiếm (ví dụ)", PartnerKind.TRANSLATOR, "VN",
     "dichthuat@example.vn", DisclosurePurpose.TRANSLATION,
     (field_item("full_name"), doc_item("birth_certificate"), doc_item("transcripts"),
      doc_item("diplomas"))),
    ("Bảo hiểm Sinh viên Pháp (ví dụ)", PartnerKind.INSURER, "FR",
     "contact@assurance-etudiant.example", DisclosurePurpose.INSURANCE,
     BASIC + (field_item("address"),)),
    ("Trung tâm thi TCF Hà Nội (ví dụ)", PartnerKind.EXAM_CENTRE, "VN",
     "tcf@examcentre.example", DisclosurePurpose.EXAM_REGISTRATION,
     BASIC + (field_item("id_document"),)),
)
# The case of each transfer abroad (LAW.md): the student submits their own Études en
# France file and school applications with JPF's help; JPF itself sends the insurer's
# subscription. Domestic partners need none.
PLAUSIBLE_BASIS: dict[DisclosurePurpose, LegalBasis] = {
    DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE: LegalBasis.OWN_SUBMISSION,
    DisclosurePurpose.SCHOOL_APPLICATION: LegalBasis.OWN_SUBMISSION,
    DisclosurePurpose.VISA_APPLICATION: LegalBasis.OWN_SUBMISSION,
    DisclosurePurpose.INSURANCE: LegalBasis.JPF_TRANSFER,
    DisclosurePurpose.HOUSING: LegalBasis.JPF_TRANSFER,
    DisclosurePurpose.BLOCKED_ACCOUNT: LegalBasis.JPF_TRANSFER,
    DisclosurePurpose.TRANSLATION: LegalBasis.JPF_TRANSFER,
    DisclosurePurpose.EXAM_REGISTRATION: LegalBasis.JPF_TRANSFER,
}
LEVELS = ("Cử nhân", "Thạc sĩ", "Dự bị đại học", "Thạc sĩ", "Cao đẳng", "Tiến sĩ")
NOTES = ("", "Gọi lại sau Tết", "Chờ kết quả TCF", "Phụ huynh muốn gặp trực tiếp", "")


def _partners(desk: Desk) -> list[tuple[PartnerView, DisclosurePurpose]]:
    made = []
    for name, kind, country, contact, purpose, items in PARTNERS:
        partner = save_partner(desk, PartnerInput(name, kind, country, contact))
        made.append((set_scope(desk, partner.id, purpose, items), purpose))
    return made


def _adults(desk: Desk, ids: Sequence[str], today: date) -> list[str]:
    with desk.tx() as s:
        rows = s.execute(select(Customer.id, Customer.birth_date)
                         .where(Customer.id.in_(list(ids)))).all()
    return [cid for cid, born in rows if born is not None and not is_minor(born, today)]


def _dossiers(desk: Desk, customer_ids: list[str], consultants: list[str],
              rng: random.Random, today: date) -> list[tuple[str, str, Stage]]:
    """Two dossiers per stage (17 stages); about a third late. One transaction."""
    made: list[tuple[str, str, Stage]] = []
    stages = [st for st in Stage for _ in range(2)]
    with desk.tx() as s:
        for customer_id, stage in zip(customer_ids, stages, strict=False):
            path = list(ORDERED_STAGES[: (ORDERED_STAGES.index(stage) + 1
                                           if stage in ORDERED_STAGES else rng.randint(2, 10))])
            if stage not in ORDERED_STAGES:
                path.append(stage)
            days = [EXPECTED_DAYS.get(st, 20) for st in path]
            late = rng.random() < 0.35
            days[-1] = days[-1] + rng.randint(3, 40) if late else rng.randint(0, days[-1])
            day = today - timedelta(days=sum(days))
            consultant = rng.choice(consultants)
            dossier = Dossier(customer_id=customer_id, consultant_id=consultant,
                              intake_season=rng.choice(("september", "february")),
                              intake_year=today.year + rng.choice((1, 1, 2)),
                              level_sought=rng.choice(LEVELS),
                              budget_vnd=rng.choice((None, 400, 600, 800, 1200)),
                              stage=stage.value, stage_since=today - timedelta(days=days[-1]),
                              note=rng.choice(NOTES))
            if dossier.budget_vnd:
                dossier.budget_vnd *= 1_000_000
            s.add(dossier)
            s.flush()
            previous: str | None = None
            for st, spent in zip(path, days, strict=True):
                s.add(DossierStageChange(dossier_id=dossier.id, from_stage=previous,
                                         to_stage=st.value, changed_on=day,
                                         consultant_id=consultant, note=""))
                previous, day = st.value, day + timedelta(days=spent)
            create_checklist(s, dossier.id)
            made.append((dossier.id, customer_id, stage))
        _tick_documents(s, made, consultants, rng, today)
    return made


def _tick_documents(s: Session, made: list[tuple[str, str, Stage]], staff: list[str],
                    rng: random.Random, today: date) -> None:
    for dossier_id, _customer, stage in made:
        progress = (ORDERED_STAGES.index(stage) + 1) / 14 if stage in ORDERED_STAGES else 0.5
        for doc in s.scalars(select(DossierDocument)
                             .where(DossierDocument.dossier_id == dossier_id)):
            if rng.random() < progress:
                doc.received_on = today - timedelta(days=rng.randint(1, 120))
                doc.received_by = rng.choice(staff)
                doc.checked = rng.random() < 0.7
            if doc.kind_code in ("passport", "cccd", "bank_statements", "insurance"):
                doc.expiry_date = today + timedelta(days=rng.randint(-20, 900))


def _consent_for(desk: Desk, customer_id: str, sends: list[tuple[str, ...]]) -> None:
    """The customer's consent before the demo sends: "service", and explicitly each kind
    of sensitive data the sent documents hold (a passport is an ID image, bank statements
    are bank data), keeping the consent demo's other choices."""
    _fields, docs = split_items([i for items in sends for i in items])
    sensitive = sorted({SENSITIVE_CATEGORY[d] for d in docs if d in SENSITIVE_CATEGORY})
    with desk.tx() as s:
        has_service = has_active_consent(s, customer_id, SERVICE)
        given = {c.purpose for c in consent_states(s, customer_id)
                 if c.partner_id is None and c.state == ConsentAction.GIVEN}
    if has_service and not sensitive:
        return
    capture_consent(desk, customer_id, ConsentInput(given=frozenset(given | {SERVICE}),
                                                    sensitive_kinds=tuple(sensitive)))


def _disclosures(desk: Desk, made: list[tuple[str, str, Stage]],
                 partners: list[tuple[PartnerView, DisclosurePurpose]], rng: random.Random,
                 today: date) -> int:
    """Dossiers past Campus France review get a consent and one or two disclosures."""
    count = 0
    for dossier_id, customer_id, stage in made:
        if stage not in ORDERED_STAGES or ORDERED_STAGES.index(stage) < 6:
            continue
        chosen = [(p, purpose, tuple(sorted(p.scope[purpose]))[: rng.randint(2, 5)])
                  for p, purpose in rng.sample(partners, 2)]
        _consent_for(desk, customer_id, [items for _p, _purpose, items in chosen])
        add_partner_consents(desk, customer_id, [
            PartnerChoice(p.id, purpose.value, True) for p, purpose, _items in chosen])
        with desk.tx() as s:
            for partner, purpose, items in chosen:
                req = SendRequest(dossier_id, partner.id, purpose, items,
                                  rng.choice(list(DisclosureChannel)),
                                  PLAUSIBLE_BASIS[purpose] if partner.cross_border else None)
                sent = datetime.combine(today - timedelta(days=rng.randint(1, 60)),
                                        time(9 + rng.randint(0, 8), rng.randint(0, 59)),
                                        tzinfo=VN_TZ)
                record_disclosure(s, desk, req, clearance(s, req), "", sent)
                count += 1
    return count


def demo_dossiers(desk: Desk, customer_ids: Sequence[str], rng: random.Random) -> int:
    """Partners, 34 dossiers (two per stage, on hold/withdrawn/closed included) and
    their disclosures; returns how many disclosures were recorded."""
    today = today_vn()
    consultants = [setup.add_staff(desk, name, Role.CONSULTANT).id
                   for name in ("Đỗ Quang Vinh", "Trần Ngọc Lan", "Vũ Hải Đăng")]
    partners = _partners(desk)
    adults = _adults(desk, customer_ids[:400], today)
    made = _dossiers(desk, rng.sample(adults, min(len(adults), 34)), consultants, rng, today)
    return _disclosures(desk, made, partners, rng, today)
