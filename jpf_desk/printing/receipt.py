"""The printed consent receipt (A4), made only from the receipt's stored content.

It carries the 16 items of CONSENT-RECEIPT.md. A reprint draws the same content with a
"copy" banner and the reprint time; status and print time are the only things not
taken from the hashed content.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from jpf_desk.domain.dates import VN_TZ, format_date
from jpf_desk.printing.fonts import register_fonts
from jpf_desk.printing.labels import (
    CHOICE,
    LANGUAGE,
    METHOD,
    RELATIONSHIP,
    STATUS,
    sensitive_label,
)
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
from jpf_desk.services.consent.policy import policy_version
from jpf_desk.services.consent.views import Receipt

RED = colors.Color(0.7, 0.1, 0.1)
HALF = (CONTENT_WIDTH - 6 * mm) / 2


def format_moment(iso_or_dt: str | datetime) -> str:
    """dd/mm/yyyy HH:MM:SS with the +07:00 offset written out (proof of when)."""
    moment = datetime.fromisoformat(iso_or_dt) if isinstance(iso_or_dt, str) else iso_or_dt
    local = moment.astimezone(VN_TZ)
    offset = local.strftime("%z")
    return f"{format_date(local.date())} {local:%H:%M:%S} ({offset[:3]}:{offset[3:]})"


def _header(receipt: Receipt, c: dict[str, Any], printed_at: datetime, copy: bool,
            st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if copy:
        out += [banner(f"BẢN SAO – in lại lúc {format_moment(printed_at)}", st, RED),
                Spacer(1, 1 * mm)]
    title = para("PHIẾU XÁC NHẬN ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN", st.title)
    sub = para("Consent receipt – Reçu de consentement", st.small)
    code = para(f"Mã phiếu: {c['short_code']} | 16. Trạng thái: {STATUS[receipt.status]}",
                st.heading)
    ids = fields_table([
        ("1. Mã phiếu (ID)", receipt.id),
        ("Thay thế phiếu", c["supersedes"] or "—"),
        ("2. Pháp luật áp dụng", "Việt Nam (VN) – Luật 91/2025/QH15; Nghị định 356/2025/NĐ-CP"),
    ], st, label_width=34 * mm, width=CONTENT_WIDTH - 34 * mm)
    qr = [qr_code(receipt.qr_payload), para("Mã QR: ID | SHA-256, để đối chiếu bản in", st.small)]
    head = Table([[[title, sub, code, ids], qr]],
                 colWidths=[CONTENT_WIDTH - 32 * mm, 32 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (0, 0), 0),
                              ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    out.append(head)
    return out


ERASED = "(đã xóa theo yêu cầu xóa dữ liệu)"


def _people(c: dict[str, Any], st: Styles) -> list[Flowable]:
    cu = c["customer"]
    if "redacted_by_erasure" in c:  # names blanked by a lawful erasure; the proof stays
        return [para("6–7. Khách hàng", st.heading),
                fields_table([("Họ và tên", ERASED)], st, label_width=36 * mm, width=HALF)]
    born = format_date(date.fromisoformat(cu["birth_date"])) if cu["birth_date"] else "—"
    rows: list[tuple[str, object]] = [
        ("Họ và tên", cu["full_name"]), ("Ngày sinh", born),
        ("Liên hệ", cu["contact"] or "—"),
        ("Giấy tờ tùy thân", cu["id_document"] or "—"),
    ]
    g = c["guardian"]
    if g is not None:
        rows += [
            ("Người giám hộ", g["full_name"]),
            ("Quan hệ", RELATIONSHIP.get(g["relationship"], g["relationship"])),
            ("Liên hệ người giám hộ", g["contact"] or "—"),
            ("Người giám hộ đồng ý", "Có"),
        ]
    if c["child_consented"] is not None:
        rows.append(("Trẻ (từ 7 tuổi) đồng ý", "Có" if c["child_consented"] else "Không"))
    return [para("6–7. Khách hàng", st.heading),
            fields_table(rows, st, label_width=36 * mm, width=HALF)]


def _collection(receipt: Receipt, c: dict[str, Any], printed_at: datetime,
                st: Styles) -> list[Flowable]:
    rows: list[tuple[str, object]] = [
        ("Thời điểm đồng ý", format_moment(c["consented_at"])),
        ("Thời điểm in", format_moment(printed_at)),
        ("Hình thức", METHOD.get(c["method"], c["method"])),
    ]
    if c["signed_on"]:
        rows.append(("Ngày ký mẫu giấy", format_date(date.fromisoformat(c["signed_on"]))))
    rows += [
        ("Cơ sở", c["centre"]["name"]), ("Nhân viên", c["staff"]["full_name"]),
        ("Ngôn ngữ của mẫu", LANGUAGE.get(c["language"], c["language"])),
    ]
    return [para("3–5. Thu thập", st.heading),
            fields_table(rows, st, label_width=30 * mm, width=HALF)]


def _controller(c: dict[str, Any], st: Styles) -> list[Flowable]:
    ct, pol = c["controller"], c["policy"]
    contact = ", ".join(x for x in (ct["contact_point"], ct["address"], ct["phone"],
                                    ct["email"]) if x)
    rows: list[tuple[str, object]] = [
        ("Bên kiểm soát dữ liệu", f"{ct['name']} ({ct['brand']})"),
        ("Liên hệ yêu cầu về dữ liệu", contact or "—"),
        ("Phiên bản chính sách", pol["version"]),
        ("SHA-256 văn bản chính sách", para(pol["sha256"], st.mono)),
    ]
    return [para("8–9. Bên kiểm soát và chính sách", st.heading),
            fields_table(rows, st, label_width=48 * mm)]


def _purposes(c: dict[str, Any], st: Styles) -> list[Flowable]:
    rows = [[CHOICE[p["choice"]], p["text"] + (" (bắt buộc để ghi danh)" if p["required"] else "")]
            for p in c["purposes"]]
    out: list[Flowable] = [para("10. Mục đích và lựa chọn của khách hàng", st.heading),
                           grid_table(["Lựa chọn", "Mục đích"], rows, st,
                                      [32 * mm, CONTENT_WIDTH - 32 * mm])]
    out.append(para("11. Chia sẻ với đối tác", st.heading))
    if c["partners"]:
        prow = [[CHOICE[p["choice"]], p["partner_name"], p["text"],
                 "Có" if p["cross_border"] else "Không"] for p in c["partners"]]
        out.append(grid_table(["Lựa chọn", "Đối tác", "Mục đích", "Ra nước ngoài"], prow, st,
                              [32 * mm, 45 * mm, CONTENT_WIDTH - 99 * mm, 22 * mm]))
    else:
        out.append(para("Không có chia sẻ với đối tác nào được đồng ý trên phiếu này.", st.body))
    sens = c["sensitive"]
    kinds = ", ".join(sensitive_label(k) for k in sens["kinds"])
    out += [para("12. Dữ liệu nhạy cảm", st.heading),
            para(f"Có: {kinds}" if sens["involved"] else "Không xử lý dữ liệu nhạy cảm.",
                 st.body)]
    return out


def _rights_and_integrity(receipt: Receipt, c: dict[str, Any], st: Styles) -> list[Flowable]:
    policy = policy_version(c["policy"]["version"])
    integrity = fields_table([
        ("Vị trí trong chuỗi", f"{receipt.chain_position} (máy {receipt.store_id})"),
        ("SHA-256 của phiếu", para(receipt.content_hash, st.mono)),
        ("SHA-256 phiếu trước", para(receipt.previous_hash, st.mono)),
    ], st, label_width=48 * mm)
    return [para("13. Quyền của khách hàng", st.heading),
            para(policy.rights.get(c["language"], policy.rights["vi"]), st.small),
            KeepTogether([para("15. Tính toàn vẹn", st.heading), integrity])]


def _signatures(c: dict[str, Any], st: Styles) -> list[Flowable]:
    roles = [("Khách hàng", c["customer"]["full_name"] or "")]
    if c["guardian"] is not None:
        roles.append(("Người giám hộ", c["guardian"]["full_name"] or ""))
    roles.append(("Nhân viên JPF", c["staff"]["full_name"]))
    return [KeepTogether([para("14. Chữ ký", st.heading), signature_block(roles, st)])]


def receipt_story(receipt: Receipt, printed_at: datetime, copy: bool) -> list[Flowable]:
    st = make_styles()
    c = receipt.content
    story = _header(receipt, c, printed_at, copy, st)
    columns = Table([[_collection(receipt, c, printed_at, st), _people(c, st)]],
                    colWidths=[HALF + 3 * mm, HALF + 3 * mm])
    columns.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(columns)
    story += _controller(c, st)
    story += _purposes(c, st)
    rights_integrity = _rights_and_integrity(receipt, c, st)
    story += rights_integrity[:2]
    story += _signatures(c, st)
    story += rights_integrity[2:]
    return story


def render_receipt(receipt: Receipt, *, printed_at: datetime, copy: bool = False) -> bytes:
    """The receipt as PDF bytes; `copy` marks a reprint (same content, reprint time shown)."""
    register_fonts()
    buffer = io.BytesIO()
    code = receipt.short_code

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
    doc.build(receipt_story(receipt, printed_at, copy), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
