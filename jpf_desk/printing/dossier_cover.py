"""The cover sheet that goes inside every package sent to a partner.

It says who sends what to whom, why, under which consent receipt, and lists each
file with its SHA-256 so the partner (and JPF) can check the package is complete.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from jpf_desk.printing.fonts import nfc, register_fonts


@dataclass(frozen=True)
class CoverFile:
    label: str
    file_name: str
    sha256: str


@dataclass(frozen=True)
class CoverSheet:
    centre_name: str
    sent_at_text: str
    partner_name: str
    partner_country: str
    purpose_label: str
    customer_name: str
    dossier_label: str
    consent_code: str
    channel_label: str
    sent_by: str
    transfer_text: str
    fields: tuple[tuple[str, str], ...]
    files: tuple[CoverFile, ...]


def styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=15, leading=19,
                                spaceAfter=6),
        "h": ParagraphStyle("h", fontName=bold, fontSize=11, leading=14, spaceBefore=8,
                            spaceAfter=4),
        "p": ParagraphStyle("p", fontName=regular, fontSize=9.5, leading=12.5),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8, leading=10,
                                textColor=colors.HexColor("#444444")),
    }


def esc(text: str) -> str:
    return nfc(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def grid(rows: list[list[str]], widths: list[float], st: dict[str, ParagraphStyle],
         header: bool = True) -> Table:
    cells = [[Paragraph(esc(c), st["p"]) for c in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")))
    table.setStyle(TableStyle(style))
    return table


def build_cover_sheet(sheet: CoverSheet) -> bytes:
    st = styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Phiếu gửi hồ sơ cho đối tác", author=nfc(sheet.centre_name))
    facts = [
        ["Đơn vị gửi", sheet.centre_name],
        ["Thời điểm gửi", sheet.sent_at_text],
        ["Đối tác nhận", f"{sheet.partner_name} ({sheet.partner_country})"],
        ["Mục đích", sheet.purpose_label],
        ["Khách hàng", sheet.customer_name],
        ["Hồ sơ", sheet.dossier_label],
        ["Phiếu đồng ý số", sheet.consent_code],
        ["Hình thức gửi", sheet.channel_label],
        ["Người gửi", sheet.sent_by],
        ["Chuyển ra nước ngoài", sheet.transfer_text],
    ]
    story = [
        Paragraph(esc("PHIẾU GỬI HỒ SƠ CHO ĐỐI TÁC"), st["title"]),
        grid(facts, [45 * mm, 129 * mm], st, header=False),
    ]
    if sheet.fields:
        story += [Paragraph(esc("Thông tin được gửi"), st["h"]),
                  grid([["Thông tin", "Nội dung"], *[list(f) for f in sheet.fields]],
                       [45 * mm, 129 * mm], st)]
    if sheet.files:
        story += [Paragraph(esc("Giấy tờ được gửi"), st["h"]),
                  grid([["Giấy tờ", "Tệp", "SHA-256"],
                        *[[f.label, f.file_name, f.sha256] for f in sheet.files]],
                       [45 * mm, 50 * mm, 79 * mm], st)]
    story += [Spacer(1, 6 * mm), Paragraph(esc(
        "Dữ liệu cá nhân này được chia sẻ theo sự đồng ý của khách hàng cho đúng đối tác và "
        "mục đích nêu trên (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15; Nghị định "
        "356/2025/NĐ-CP). Đối tác chỉ được sử dụng cho mục đích này."), st["small"])]
    doc.build(story)
    return out.getvalue()
