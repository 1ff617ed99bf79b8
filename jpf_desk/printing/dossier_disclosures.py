""""Who received my data": every disclosure of one customer's data, for the customer.

JPF's policy grants the right to follow exchanges with partners; this printout is
that right made concrete. Landscape, one row per disclosure.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from jpf_desk.printing.dossier_cover import esc, grid, styles
from jpf_desk.printing.fonts import nfc


@dataclass(frozen=True)
class DisclosureLine:
    sent_at_text: str
    partner: str
    purpose: str
    what: str
    how: str
    sent_by: str
    consent_code: str
    transfer: str


@dataclass(frozen=True)
class DisclosureReport:
    centre_name: str
    customer_name: str
    customer_ref: str
    printed_at_text: str
    lines: tuple[DisclosureLine, ...]


def build_disclosure_report(report: DisclosureReport) -> bytes:
    st = styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=12 * mm,
                            rightMargin=12 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title="Ai đã nhận dữ liệu của tôi", author=nfc(report.centre_name))
    story = [
        Paragraph(esc("AI ĐÃ NHẬN DỮ LIỆU CỦA TÔI?"), st["title"]),
        Paragraph(esc(f"Khách hàng: {report.customer_name}  ·  Mã: {report.customer_ref}"),
                  st["p"]),
        Paragraph(esc(f"{report.centre_name}  ·  In lúc: {report.printed_at_text}"), st["p"]),
        Spacer(1, 4 * mm),
    ]
    if report.lines:
        rows = [["Thời điểm", "Đối tác nhận", "Mục đích", "Dữ liệu, giấy tờ", "Hình thức",
                 "Người gửi", "Phiếu đồng ý", "Ra nước ngoài"]]
        rows += [[ln.sent_at_text, ln.partner, ln.purpose, ln.what, ln.how, ln.sent_by,
                  ln.consent_code, ln.transfer] for ln in report.lines]
        widths = [25, 36, 34, 56, 24, 30, 33, 35]  # 33 mm: even "WWWW-WWWW" fits one line
        story.append(grid(rows, [w * mm for w in widths], st))
    else:
        story.append(Paragraph(esc("JPF chưa gửi dữ liệu của bạn cho đối tác nào."), st["p"]))
    story += [Spacer(1, 5 * mm), Paragraph(esc(
        "Theo chính sách bảo vệ dữ liệu của JPF, bạn có quyền theo dõi việc trao đổi dữ liệu "
        "của mình giữa JPF và các đối tác (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, "
        "Nghị định 356/2025/NĐ-CP). Mỗi lần gửi đều dựa trên một phiếu đồng ý còn hiệu lực "
        "của bạn; bạn có thể rút đồng ý bất cứ lúc nào tại quầy."), st["small"])]
    doc.build(story)
    return out.getvalue()
