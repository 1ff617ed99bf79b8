"""The printed consent receipt (A4), drawn from a ReceiptSheet.

It carries the 16 items of CONSENT-RECEIPT.md. The service fills the sheet from the
receipt's stored content; a reprint draws the same content with a "copy" banner and the
reprint time, the only things (with the status) not taken from the hashed content.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from jpf_desk.printing.fonts import register_fonts
from jpf_desk.printing.layout import (
    CONTENT_WIDTH,
    MARGIN,
    Styles,
    banner,
    fields_table,
    grid_table,
    make_styles,
    para,
    qr_code,
    signature_block,
)

RED = colors.Color(0.7, 0.1, 0.1)
HALF = (CONTENT_WIDTH - 6 * mm) / 2
ERASED = "(đã xóa theo yêu cầu xóa dữ liệu)"


@dataclass(frozen=True)
class ReceiptGuardian:
    full_name: str
    relationship: str  # labelled
    contact: str  # "—" when none


@dataclass(frozen=True)
class ReceiptPurpose:
    choice: str  # labelled ("ĐỒNG Ý"...)
    text: str
    required: bool


@dataclass(frozen=True)
class ReceiptPartner:
    choice: str  # labelled
    partner_name: str
    text: str
    cross_border: bool


@dataclass(frozen=True)
class ReceiptSheet:
    """What the receipt shows, every value ready to print (moments with their offset)."""

    receipt_id: str
    short_code: str
    status: str  # labelled
    supersedes: str  # "—" when none
    qr_payload: str
    copy: bool
    printed_at: str
    customer_erased: bool  # names blanked by a lawful erasure; the proof stays
    customer_name: str
    birth_date: str  # "—" when unknown
    contact: str  # "—" when none
    id_document: str  # masked; "—" when none
    guardian: ReceiptGuardian | None
    child_consented: bool | None
    consented_at: str
    method: str  # labelled
    signed_on: str | None  # the date a paper form was signed
    centre_name: str
    staff_name: str
    language: str  # labelled
    controller: str
    controller_contact: str  # "—" when none
    policy_version: str
    policy_sha256: str
    purposes: tuple[ReceiptPurpose, ...]
    partners: tuple[ReceiptPartner, ...]
    sensitive_involved: bool
    sensitive_kinds: tuple[str, ...]  # labelled
    rights: str
    chain_position: int
    store_id: str
    content_hash: str
    previous_hash: str


def _header(r: ReceiptSheet, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if r.copy:
        out += [banner(f"BẢN SAO – in lại lúc {r.printed_at}", st, RED),
                Spacer(1, 1 * mm)]
    title = para("PHIẾU XÁC NHẬN ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN", st.title)
    sub = para("Consent receipt – Reçu de consentement", st.small)
    code = para(f"Mã phiếu: {r.short_code} | 16. Trạng thái: {r.status}", st.heading)
    ids = fields_table([
        ("1. Mã phiếu (ID)", r.receipt_id),
        ("Thay thế phiếu", r.supersedes),
        ("2. Pháp luật áp dụng", "Việt Nam (VN) – Luật 91/2025/QH15; Nghị định 356/2025/NĐ-CP"),
    ], st, label_width=34 * mm, width=CONTENT_WIDTH - 34 * mm)
    qr = [qr_code(r.qr_payload), para("Mã QR: ID | SHA-256, để đối chiếu bản in", st.small)]
    head = Table([[[title, sub, code, ids], qr]],
                 colWidths=[CONTENT_WIDTH - 32 * mm, 32 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (0, 0), 0),
                              ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    out.append(head)
    return out


def _people(r: ReceiptSheet, st: Styles) -> list[Flowable]:
    if r.customer_erased:
        return [para("6–7. Khách hàng", st.heading),
                fields_table([("Họ và tên", ERASED)], st, label_width=36 * mm, width=HALF)]
    rows: list[tuple[str, object]] = [
        ("Họ và tên", r.customer_name), ("Ngày sinh", r.birth_date),
        ("Liên hệ", r.contact),
        ("Giấy tờ tùy thân", r.id_document),
    ]
    g = r.guardian
    if g is not None:
        rows += [
            ("Người giám hộ", g.full_name),
            ("Quan hệ", g.relationship),
            ("Liên hệ người giám hộ", g.contact),
            ("Người giám hộ đồng ý", "Có"),
        ]
    if r.child_consented is not None:
        rows.append(("Trẻ (từ 7 tuổi) đồng ý", "Có" if r.child_consented else "Không"))
    return [para("6–7. Khách hàng", st.heading),
            fields_table(rows, st, label_width=36 * mm, width=HALF)]


def _collection(r: ReceiptSheet, st: Styles) -> list[Flowable]:
    rows: list[tuple[str, object]] = [
        ("Thời điểm đồng ý", r.consented_at),
        ("Thời điểm in", r.printed_at),
        ("Hình thức", r.method),
    ]
    if r.signed_on:
        rows.append(("Ngày ký mẫu giấy", r.signed_on))
    rows += [
        ("Cơ sở", r.centre_name), ("Nhân viên", r.staff_name),
        ("Ngôn ngữ của mẫu", r.language),
    ]
    return [para("3–5. Thu thập", st.heading),
            fields_table(rows, st, label_width=30 * mm, width=HALF)]


def _controller(r: ReceiptSheet, st: Styles) -> list[Flowable]:
    rows: list[tuple[str, object]] = [
        ("Bên kiểm soát dữ liệu", r.controller),
        ("Liên hệ yêu cầu về dữ liệu", r.controller_contact),
        ("Phiên bản chính sách", r.policy_version),
        ("SHA-256 văn bản chính sách", para(r.policy_sha256, st.mono)),
    ]
    return [para("8–9. Bên kiểm soát và chính sách", st.heading),
            fields_table(rows, st, label_width=48 * mm)]


def _purposes(r: ReceiptSheet, st: Styles) -> list[Flowable]:
    rows = [[p.choice, p.text + (" (bắt buộc để ghi danh)" if p.required else "")]
            for p in r.purposes]
    out: list[Flowable] = [para("10. Mục đích và lựa chọn của khách hàng", st.heading),
                           grid_table(["Lựa chọn", "Mục đích"], rows, st,
                                      [32 * mm, CONTENT_WIDTH - 32 * mm])]
    out.append(para("11. Chia sẻ với đối tác", st.heading))
    if r.partners:
        prow = [[p.choice, p.partner_name, p.text, "Có" if p.cross_border else "Không"]
                for p in r.partners]
        out.append(grid_table(["Lựa chọn", "Đối tác", "Mục đích", "Ra nước ngoài"], prow, st,
                              [32 * mm, 45 * mm, CONTENT_WIDTH - 99 * mm, 22 * mm]))
    else:
        out.append(para("Không có chia sẻ với đối tác nào được đồng ý trên phiếu này.", st.body))
    kinds = ", ".join(r.sensitive_kinds)
    out += [para("12. Dữ liệu nhạy cảm", st.heading),
            para(f"Có: {kinds}" if r.sensitive_involved else "Không xử lý dữ liệu nhạy cảm.",
                 st.body)]
    return out


def _rights_and_integrity(r: ReceiptSheet, st: Styles) -> list[Flowable]:
    integrity = fields_table([
        ("Vị trí trong chuỗi", f"{r.chain_position} (máy {r.store_id})"),
        ("SHA-256 của phiếu", para(r.content_hash, st.mono)),
        ("SHA-256 phiếu trước", para(r.previous_hash, st.mono)),
    ], st, label_width=48 * mm)
    return [para("13. Quyền của khách hàng", st.heading),
            para(r.rights, st.small),
            KeepTogether([para("15. Tính toàn vẹn", st.heading), integrity])]


def _signatures(r: ReceiptSheet, st: Styles) -> list[Flowable]:
    roles = [("Khách hàng", r.customer_name)]
    if r.guardian is not None:
        roles.append(("Người giám hộ", r.guardian.full_name))
    roles.append(("Nhân viên JPF", r.staff_name))
    return [KeepTogether([para("14. Chữ ký", st.heading), signature_block(roles, st)])]


def receipt_story(r: ReceiptSheet) -> list[Flowable]:
    st = make_styles()
    story = _header(r, st)
    columns = Table([[_collection(r, st), _people(r, st)]],
                    colWidths=[HALF + 3 * mm, HALF + 3 * mm])
    columns.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(columns)
    story += _controller(r, st)
    story += _purposes(r, st)
    rights_integrity = _rights_and_integrity(r, st)
    story += rights_integrity[:2]
    story += _signatures(r, st)
    story += rights_integrity[2:]
    return story


def render_receipt(r: ReceiptSheet) -> bytes:
    """The receipt as PDF bytes; `r.copy` marks a reprint (same content, reprint time shown)."""
    register_fonts()
    buffer = io.BytesIO()
    code, copy = r.short_code, r.copy

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont("JPFSans", 7)
        canvas.setFillColor(colors.Color(0.4, 0.4, 0.4))
        label = f"Phiếu {code} – trang {doc.page}" + (" – BẢN SAO" if copy else "")
        canvas.drawRightString(doc.pagesize[0] - MARGIN, 8 * mm, label)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer, pagesize=(210 * mm, 297 * mm), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=10 * mm, bottomMargin=13 * mm, title=f"Phiếu đồng ý {code}",
        author="JPF Desk", subject="Consent receipt",
    )
    doc.build(receipt_story(r), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
