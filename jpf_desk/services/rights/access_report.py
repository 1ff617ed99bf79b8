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
from jpf_desk.services.consent.policy import purpose_wording
from jpf_desk.services.courses import enrolments, payments
from jpf_desk.services.customers import records
from jpf_desk.services.desk import Desk

Pairs = tuple[tuple[str, str], ...]

def w(enum: type[StrEnum], code: str | None) -> str:
    """A stored code in words, in Vietnamese (the language of the report)."""
    return stored_label(enum, code)


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


def profile(desk: Desk, customer_id: str) -> Section:
    c = records.get_customer(desk, customer_id)
    item: Pairs = (
        (label(F.FULL_NAME), c.full_name), (label(F.BIRTH_DATE), _d(c.birth_date)),
        (label(F.SEX), w(Sex, c.sex)), (label(F.PHONE_E164), c.phone_national),
        (label(F.EMAIL), c.email or ""),
        ("Giấy tờ tùy thân", f"{w(IdKind, c.id_kind)} {c.id_number or ''}".strip()),
        (label(F.ID_EXPIRY), _d(c.id_expiry)),
        ("Địa chỉ", ", ".join(p for p in (c.street, c.address_as_written) if p)),
        ("Mã tỉnh / xã", " / ".join(p for p in (c.province_code, c.commune_code) if p)),
        (label(F.NOTES), c.notes), ("Mã khách hàng", c.id),
    )
    return Section("profile", "Thông tin cá nhân", (item,))


def history(desk: Desk, customer_id: str) -> Section:
    return Section("history", "Lịch sử thay đổi thông tin", tuple(
        (("Thông tin", customer_field_label(h.field)), ("Cũ", h.old_value or ""), ("Mới", h.new_value or ""),
         ("Lúc", format_datetime(h.changed_at)), ("Lý do", h.reason))
        for h in records.field_history(desk, customer_id)))


def guardians(desk: Desk, customer_id: str) -> Section:
    c = records.get_customer(desk, customer_id)
    return Section("guardians", "Người giám hộ", tuple(
        (("Họ và tên", g.full_name), ("Quan hệ", w(Relationship, g.relationship)), ("Điện thoại", g.phone_national),
         ("Giấy tờ", f"{w(IdKind, g.id_kind)} {g.id_number or ''}".strip()))
        for g in c.guardians))


def enrolment_list(desk: Desk, customer_id: str) -> Section:
    return Section("enrolments", "Đăng ký khóa học", tuple(
        (("Lớp", e.class_code), ("Khóa học", e.course_name), ("Trạng thái", w(EnrolmentStatus, e.status)),
         ("Ngày đăng ký", _d(e.enrolled_on)), ("Học phí", format_vnd(e.fee_vnd)),
         ("Đã trả", format_vnd(e.paid_vnd)))
        for e in enrolments.enrolments_of_customer(desk, customer_id)))


def payment_list(desk: Desk, customer_id: str) -> Section:
    items: list[Pairs] = []
    for e in enrolments.enrolments_of_customer(desk, customer_id):
        views, _ = payments.payments_of(desk, e.id)
        items += [(("Lớp", e.class_code), ("Đợt", str(p.instalment_no)),
                   ("Ngày", _d(p.paid_on)), ("Số tiền", format_vnd(p.amount_vnd)),
                   ("Hình thức", w(PaymentMethod, p.method)), ("Tham chiếu", p.reference)) for p in views]
    return Section("payments", "Thanh toán", tuple(items))


def consents(desk: Desk, customer_id: str) -> Section:
    from jpf_desk.services.consent.queries import current_consents

    return Section("consents", "Sự đồng ý theo từng mục đích", tuple(
        (("Mục đích", s.partner_name or purpose_wording(s.purpose)), ("Trạng thái", w(ConsentAction, s.state)),
         ("Từ", format_datetime(s.since)))
        for s in current_consents(desk, customer_id)))


def consent_receipts(desk: Desk, customer_id: str) -> Section:
    from jpf_desk.services.consent.queries import list_receipts

    return Section("consent_receipts", "Biên nhận sự đồng ý", tuple(
        (("Biên nhận", r.short_code), ("Lúc", format_datetime(r.consented_at)),
         ("Cách thu thập", w(ConsentMethod, r.method)), ("Tình trạng", w(ReceiptStatus, r.status)))
        for r in list_receipts(desk, customer_id)))


def dossiers(desk: Desk, customer_id: str) -> Section:
    from jpf_desk.services.dossiers.documents import checklist
    from jpf_desk.services.dossiers.workflow import dossiers_of_customer

    items: list[Pairs] = []
    for d in dossiers_of_customer(desk, customer_id):
        items.append((("Hồ sơ du học", d.intake_label), ("Giai đoạn", w(Stage, d.stage)),
                      ("Tư vấn viên", d.consultant_name), ("Bậc học", d.level_sought)))
        items += [(("Giấy tờ", doc.kind_name), ("Nhận ngày", _d(doc.received_on)),
                   ("Tệp", doc.file_name), ("Nhạy cảm", "có" if doc.sensitive else "không"))
                  for doc in checklist(desk, d.id) if doc.received_on or doc.has_file]
    return Section("dossiers", "Hồ sơ du học và danh sách giấy tờ", tuple(items))


def disclosures(desk: Desk, customer_id: str) -> Section:
    from jpf_desk.services.sharing.disclosures import disclosures_of_customer

    return Section("disclosures", "Dữ liệu đã chia sẻ với đối tác", tuple(
        (("Đối tác", d.partner_name), ("Mục đích", w(DisclosurePurpose, d.purpose)),
         ("Dữ liệu", ", ".join((*d.field_labels, *d.document_labels))),
         ("Lúc", format_datetime(d.sent_at)), ("Ra nước ngoài", "có" if d.cross_border else "không"))
        for d in disclosures_of_customer(desk, customer_id)))


def request_list(desk: Desk, customer_id: str) -> Section:
    from jpf_desk.services.rights.requests import requests_of_customer

    return Section("requests", "Yêu cầu về dữ liệu cá nhân", tuple(
        (("Số", r.number), ("Loại", w(RequestKind, r.kind)), ("Nhận ngày", _d(r.received_on)),
         ("Trạng thái", w(RequestStatus, r.status)), ("Hạn trả lời", _d(r.answer_due)))
        for r in requests_of_customer(desk, customer_id)))


def restriction_list(desk: Desk, customer_id: str) -> Section:
    from jpf_desk.services.rights.restriction import PURPOSES, restrictions_of

    return Section("restrictions", "Hạn chế / phản đối xử lý", tuple(
        (("Loại", w(RequestKind, r.kind)), ("Mục đích", ", ".join(PURPOSES.get(p, p) for p in r.purposes)),
         ("Đang áp dụng", "có" if r.active else "không"))
        for r in restrictions_of(desk, customer_id)))


SECTIONS: tuple[Callable[[Desk, str], Section], ...] = (
    profile, history, guardians, enrolment_list, payment_list, consents, consent_receipts,
    dossiers, disclosures, request_list, restriction_list,
)


def build_report(desk: Desk, customer_id: str) -> AccessReport:
    name = records.get_customer(desk, customer_id).full_name
    sections = []
    for provider in SECTIONS:
        try:
            sections.append(provider(desk, customer_id))
        except ImportError:  # that feature is not installed in this build
            continue
    return AccessReport(customer_id, name, now_vn(), tuple(sections))
