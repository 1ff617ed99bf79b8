"""Everything JPF holds about a person (right of access, Law 91 Art. 4), section by section.

Each section comes from one service call, so a feature that lands later adds its section
with one line in SECTIONS. Features that are not installed are skipped, not failed.
The same report is printed (printing.access_report) and exported as JSON.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from jpf_desk.domain.consent import ConsentAction, ConsentMethod, ReceiptStatus
from jpf_desk.domain.customer_fields import CustomerField as F
from jpf_desk.domain.customer_fields import customer_field_label
from jpf_desk.domain.dates import format_date, format_datetime, now_vn
from jpf_desk.domain.disclosure_items import DisclosurePurpose
from jpf_desk.domain.dossier_stages import Stage
from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.domain.id_documents import IdKind
from jpf_desk.domain.labels import label, stored_label
from jpf_desk.domain.money import format_vnd
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.domain.people import Relationship, Sex
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.requests import RequestStatus
from jpf_desk.printing.words import pick_words
from jpf_desk.services.consent.policy import purpose_wording
from jpf_desk.services.courses import enrolments, payments
from jpf_desk.services.customers import records
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights.access_report_words import REPORT_WORDS

Pairs = tuple[tuple[str, str], ...]

def w(enum: type[StrEnum], code: str | None, lang: str) -> str:
    """A stored code in words, in the language of the report."""
    return stored_label(enum, code, lang)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    items: tuple[Pairs, ...]  # each item: (label, value) pairs in display order
    note: str = ""


@dataclass(frozen=True)
class AccessReport:
    customer_id: str
    customer_name: str
    generated_at: datetime
    sections: tuple[Section, ...]
    lang: str = "vi"

    def to_json(self) -> dict[str, Any]:
        return {
            "customer_id": self.customer_id,
            "generated_at": self.generated_at.isoformat(),
            "controller": "Công ty Cổ phần Giáo dục và Đào tạo JPF",
            "law": "Luật 91/2025/QH15; Nghị định 356/2025/NĐ-CP",
            "sections": [
                {"key": s.key, "title": s.title, "note": s.note,
                 "items": [{label: value for label, value in item} for item in s.items]}
                for s in self.sections
            ],
        }


def _d(value: date | None) -> str:
    return format_date(value) if value else ""


def profile(desk: Desk, customer_id: str, lang: str = "vi") -> Section:
    t = pick_words(REPORT_WORDS, lang)
    c = records.get_customer(desk, customer_id)
    item: Pairs = (
        (label(F.FULL_NAME, lang), c.full_name), (label(F.BIRTH_DATE, lang), _d(c.birth_date)),
        (label(F.SEX, lang), w(Sex, c.sex, lang)), (label(F.PHONE_E164, lang), c.phone_national),
        (label(F.EMAIL, lang), c.email or ""),
        (t["id_document"], f"{w(IdKind, c.id_kind, lang)} {c.id_number or ''}".strip()),
        (label(F.ID_EXPIRY, lang), _d(c.id_expiry)),
        (t["address"], ", ".join(p for p in (c.street, c.address_as_written) if p)),
        (t["area_codes"], " / ".join(p for p in (c.province_code, c.commune_code) if p)),
        (label(F.NOTES, lang), c.notes), (t["customer_id"], c.id),
    )
    return Section("profile", t["profile"], (item,))


def history(desk: Desk, customer_id: str, lang: str = "vi") -> Section:
    t = pick_words(REPORT_WORDS, lang)
    return Section("history", t["history"], tuple(
        ((t["field"], customer_field_label(h.field, lang)), (t["old"], h.old_value or ""), (t["new"], h.new_value or ""),
         (t["at"], format_datetime(h.changed_at)), (t["reason"], h.reason))
        for h in records.field_history(desk, customer_id)))


def guardians(desk: Desk, customer_id: str, lang: str = "vi") -> Section:
    t = pick_words(REPORT_WORDS, lang)
    c = records.get_customer(desk, customer_id)
    return Section("guardians", t["guardians"], tuple(
        ((t["full_name"], g.full_name), (t["relationship"], w(Relationship, g.relationship, lang)), (t["phone"], g.phone_national),
         (t["document"], f"{w(IdKind, g.id_kind, lang)} {g.id_number or ''}".strip()))
        for g in c.guardians))


def enrolment_list(desk: Desk, customer_id: str, lang: str = "vi") -> Section:
    t = pick_words(REPORT_WORDS, lang)
    return Section("enrolments", t["enrolments"], tuple(
        ((t["class"], e.class_code), (t["course"], e.course_name), (t["status"], w(EnrolmentStatus, e.status, lang)),
         (t["enrolled_on"], _d(e.enrolled_on)), (t["fee"], format_vnd(e.fee_vnd)),
         (t["paid"], format_vnd(e.paid_vnd)))
        for e in enrolments.enrolments_of_customer(desk, customer_id)))


def payment_list(desk: Desk, customer_id: str, lang: str = "vi") -> Section:
    t = pick_words(REPORT_WORDS, lang)
    items: list[Pairs] = []
    for e in enrolments.enrolments_of_customer(desk, customer_id):
        views, _ = payments.payments_of(desk, e.id)
        items += [((t["class"], e.class_code), (t["instalment"], str(p.instalment_no)),
                   (t["date"], _d(p.paid_on)), (t["amount"], format_vnd(p.amount_vnd)),
                   (t["method"], w(PaymentMethod, p.method, lang)), (t["reference"], p.reference)) for p in views]
    return Section("payments", t["payments"], tuple(items))


def consents(desk: Desk, customer_id: str, lang: str = "vi") -> Section:
    t = pick_words(REPORT_WORDS, lang)
    from jpf_desk.services.consent.queries import current_consents

    return Section("consents", t["consents"], tuple(
        ((t["purpose"], s.partner_name or purpose_wording(s.purpose, lang)), (t["status"], w(ConsentAction, s.state, lang)),
         (t["since"], format_datetime(s.since)))
        for s in current_consents(desk, customer_id)))


def consent_receipts(desk: Desk, customer_id: str, lang: str = "vi") -> Section:
    t = pick_words(REPORT_WORDS, lang)
    from jpf_desk.services.consent.queries import list_receipts

    return Section("consent_receipts", t["consent_receipts"], tuple(
        ((t["receipt"], r.short_code), (t["at"], format_datetime(r.consented_at)),
         (t["collected_by"], w(ConsentMethod, r.method, lang)), (t["receipt_status"], w(ReceiptStatus, r.status, lang)))
        for r in list_receipts(desk, customer_id)))


def dossiers(desk: Desk, customer_id: str, lang: str = "vi") -> Section:
    t = pick_words(REPORT_WORDS, lang)
    from jpf_desk.services.dossiers.documents import checklist
    from jpf_desk.services.dossiers.workflow import dossiers_of_customer

    items: list[Pairs] = []
    for d in dossiers_of_customer(desk, customer_id):
        items.append(((t["dossier"], d.intake_label), (t["stage"], w(Stage, d.stage, lang)),
                      (t["consultant"], d.consultant_name), (t["level"], d.level_sought)))
        items += [((t["document"], doc.kind_name), (t["received_on"], _d(doc.received_on)),
                   (t["file"], doc.file_name), (t["sensitive"], t["yes"] if doc.sensitive else t["no"]))
                  for doc in checklist(desk, d.id) if doc.received_on or doc.has_file]
    return Section("dossiers", t["dossiers"], tuple(items))


def disclosures(desk: Desk, customer_id: str, lang: str = "vi") -> Section:
    t = pick_words(REPORT_WORDS, lang)
    from jpf_desk.services.sharing.disclosures import disclosures_of_customer

    return Section("disclosures", t["disclosures"], tuple(
        ((t["partner"], d.partner_name), (t["purpose"], w(DisclosurePurpose, d.purpose, lang)),
         (t["data"], ", ".join((*d.field_labels, *d.document_labels))),
         (t["at"], format_datetime(d.sent_at)), (t["abroad"], t["yes"] if d.cross_border else t["no"]))
        for d in disclosures_of_customer(desk, customer_id)))


def request_list(desk: Desk, customer_id: str, lang: str = "vi") -> Section:
    t = pick_words(REPORT_WORDS, lang)
    from jpf_desk.services.rights.requests import requests_of_customer

    return Section("requests", t["requests"], tuple(
        ((t["number"], r.number), (t["kind"], w(RequestKind, r.kind, lang)), (t["received_on"], _d(r.received_on)),
         (t["status"], w(RequestStatus, r.status, lang)), (t["answer_due"], _d(r.answer_due)))
        for r in requests_of_customer(desk, customer_id)))


def restriction_list(desk: Desk, customer_id: str, lang: str = "vi") -> Section:
    t = pick_words(REPORT_WORDS, lang)
    from jpf_desk.services.rights.restriction import restrictions_of

    return Section("restrictions", t["restrictions"], tuple(
        ((t["kind"], w(RequestKind, r.kind, lang)), (t["purpose"], ", ".join(purpose_wording(p, lang) for p in r.purposes)),
         (t["in_force"], t["yes"] if r.active else t["no"]))
        for r in restrictions_of(desk, customer_id)))


SECTIONS: tuple[Callable[[Desk, str, str], Section], ...] = (
    profile, history, guardians, enrolment_list, payment_list, consents, consent_receipts,
    dossiers, disclosures, request_list, restriction_list,
)


def build_report(desk: Desk, customer_id: str, lang: str = "vi") -> AccessReport:
    """The report with its titles, labels and coded values in `lang`.

    Section `key`s stay the same in every language so JSON readers can rely on them."""
    name = records.get_customer(desk, customer_id).full_name
    sections = []
    for provider in SECTIONS:
        try:
            sections.append(provider(desk, customer_id, lang))
        except ImportError:  # that feature is not installed in this build
            continue
    return AccessReport(customer_id, name, now_vn(), tuple(sections), lang)
