"""The consent receipt's page rebuilt in plain reportlab: the baseline of bench/receipt.py.

Same words (bench/receipt.py checks the two PDFs' extracted words are identical), same
A4 page, same embedded font and sizes, the same tables and QR, written straight against
reportlab (Paragraph, Table, SimpleDocTemplate) with none of the program's helpers. The
QR's modules are encoded by reportlab once, before timing, like a payload that never
changes; each page draws them, as the program does. So the ratio is what the program's
own code adds to the least reportlab needs to lay out this page.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from jpf_desk.printing.receipt import ReceiptSheet

FONT, BOLD = "JPFSans", "JPFSans-Bold"  # registered by the program's register_fonts()
W = A4[0] - 30 * mm - 12
HALF = (W - 6 * mm) / 2
GREY, LIGHT = colors.Color(0.35, 0.35, 0.35), colors.Color(0.92, 0.92, 0.92)
BODY = ParagraphStyle("b", fontName=FONT, fontSize=8.4, leading=10.3)
TITLE = ParagraphStyle("t", fontName=BOLD, fontSize=13.5, leading=17)
HEAD = ParagraphStyle("h", fontName=BOLD, fontSize=9.2, leading=11.5, spaceBefore=4, spaceAfter=1)
SMALL = ParagraphStyle("s", fontName=FONT, fontSize=7.2, leading=9, textColor=GREY)
LABEL = ParagraphStyle("l", parent=BODY, textColor=GREY)
MONO = ParagraphStyle("m", fontName=FONT, fontSize=7.4, leading=9)
TH = ParagraphStyle("th", parent=BODY, fontName=BOLD)
PAD = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
       ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
       ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]


def encode_qr(payload: str) -> list[list[bool]]:
    widget = QrCodeWidget(payload, barLevel="M")
    widget.qr.make()
    return [[bool(m) for m in row] for row in widget.qr.modules]


class Qr(Flowable):  # type: ignore[misc]
    def __init__(self, modules: list[list[bool]], size: float = 28 * mm) -> None:
        super().__init__()
        self.modules, self.width, self.height = modules, size, size

    def draw(self) -> None:
        box = self.width / (len(self.modules) + 4)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            for c, dark in enumerate(row):
                if dark:
                    path.rect((c + 2) * box, self.height - (r + 3) * box, box, box)
        self.canv.drawPath(path, stroke=0, fill=1)


def p(value: object, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(escape(str(value)), style)


def fields(rows: list[tuple[str, object]], label: float, width: float = W) -> Table:
    table = Table([[p(k, LABEL), v if isinstance(v, Flowable) else p(v)] for k, v in rows],
                  colWidths=[label, width - label])
    table.setStyle(TableStyle(PAD))
    return table


def grid(header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    table = Table([[p(h, TH) for h in header]] + [[p(c) for c in row] for row in rows],
                  colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GREY),
                               ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def story(r: ReceiptSheet, qr: list[list[bool]]) -> list[Flowable]:
    ids = fields([("1. Mã phiếu (ID)", r.receipt_id), ("Thay thế phiếu", r.supersedes),
                  ("2. Pháp luật áp dụng",
                   "Việt Nam (VN) – Luật 91/2025/QH15; Nghị định 356/2025/NĐ-CP")],
                 34 * mm, W - 34 * mm)
    head = Table([[[p("PHIẾU XÁC NHẬN ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN", TITLE),
                    p("Consent receipt – Reçu de consentement", SMALL),
                    p(f"Mã phiếu: {r.short_code} | 16. Trạng thái: {r.status}", HEAD), ids],
                   [Qr(qr), p("Mã QR: ID | SHA-256, để đối chiếu bản in", SMALL)]]],
                 colWidths=[W - 32 * mm, 32 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    collected = [("Thời điểm đồng ý", r.consented_at), ("Thời điểm in", r.printed_at),
                 ("Hình thức", r.method)]
    collected += [("Ngày ký mẫu giấy", r.signed_on)] if r.signed_on else []
    collected += [("Cơ sở", r.centre_name), ("Nhân viên", r.staff_name),
                  ("Ngôn ngữ của mẫu", r.language)]
    people: list[tuple[str, object]] = [("Họ và tên", r.customer_name),
                                        ("Ngày sinh", r.birth_date), ("Liên hệ", r.contact),
                                        ("Giấy tờ tùy thân", r.id_document)]
    g = r.guardian
    if g is not None:
        people += [("Người giám hộ", g.full_name), ("Quan hệ", g.relationship),
                   ("Liên hệ người giám hộ", g.contact), ("Người giám hộ đồng ý", "Có")]
    if r.child_consented is not None:
        people.append(("Trẻ (từ 7 tuổi) đồng ý", "Có" if r.child_consented else "Không"))
    columns = Table([[[p("3–5. Thu thập", HEAD), fields(collected, 30 * mm, HALF)],
                      [p("6–7. Khách hàng", HEAD), fields(people, 36 * mm, HALF)]]],
                    colWidths=[HALF + 3 * mm, HALF + 3 * mm])
    columns.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out: list[Flowable] = [head, columns, p("8–9. Bên kiểm soát và chính sách", HEAD), fields([
        ("Bên kiểm soát dữ liệu", r.controller),
        ("Liên hệ yêu cầu về dữ liệu", r.controller_contact),
        ("Phiên bản chính sách", r.policy_version),
        ("SHA-256 văn bản chính sách", p(r.policy_sha256, MONO))], 48 * mm)]
    out += [p("10. Mục đích và lựa chọn của khách hàng", HEAD),
            grid(["Lựa chọn", "Mục đích"],
                 [[x.choice, x.text + (" (bắt buộc để ghi danh)" if x.required else "")]
                  for x in r.purposes], [32 * mm, W - 32 * mm]),
            p("11. Chia sẻ với đối tác", HEAD)]
    if r.partners:
        out.append(grid(["Lựa chọn", "Đối tác", "Mục đích", "Ra nước ngoài"],
                        [[x.choice, x.partner_name, x.text, "Có" if x.cross_border else "Không"]
                         for x in r.partners], [32 * mm, 45 * mm, W - 99 * mm, 22 * mm]))
    else:
        out.append(p("Không có chia sẻ với đối tác nào được đồng ý trên phiếu này."))
    kinds = ", ".join(r.sensitive_kinds)
    out += [p("12. Dữ liệu nhạy cảm", HEAD),
            p(f"Có: {kinds}" if r.sensitive_involved else "Không xử lý dữ liệu nhạy cảm."),
            p("13. Quyền của khách hàng", HEAD), p(r.rights, SMALL)]
    signers = [("Khách hàng", r.customer_name)]
    signers += [("Người giám hộ", g.full_name)] if g is not None else []
    signers.append(("Nhân viên JPF", r.staff_name))
    signatures = Table([[p(role, LABEL) for role, _ in signers], [Spacer(1, 11 * mm)] * len(signers),
                        [p(name) for _, name in signers]])
    signatures.setStyle(TableStyle([("LINEBELOW", (0, 1), (-1, 1), 0.6, colors.black)]))
    out += [p("14. Chữ ký", HEAD), signatures, p("15. Tính toàn vẹn", HEAD), fields([
        ("Vị trí trong chuỗi", f"{r.chain_position} (máy {r.store_id})"),
        ("SHA-256 của phiếu", p(r.content_hash, MONO)),
        ("SHA-256 phiếu trước", p(r.previous_hash, MONO))], 48 * mm)]
    return out


def plain_page(r: ReceiptSheet, qr: list[list[bool]]) -> bytes:
    buffer = io.BytesIO()

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.setFont(FONT, 7)
        canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, f"Phiếu {r.short_code} – trang {doc.page}")

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=10 * mm, bottomMargin=13 * mm)
    doc.build(story(r, qr), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
