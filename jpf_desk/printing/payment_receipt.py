"""The printed payment receipt (biên lai thu tiền), A5, drawn from a PaymentReceiptSheet.

The customer keeps it as proof of payment: its number, the amount in figures and in
words, who paid, for what, what is still due, and who took the money. A reprint says
"BẢN SAO" (copy) at the top and at the foot, so that a second paper cannot pass for a
second payment. Every value comes ready from the service (services/courses/receipts.py).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from jpf_desk.printing.fonts import register_fonts
from jpf_desk.printing.layout import ALERT, make_styles, numbered_canvas, para

MARGIN = 11 * mm
WIDTH = A5[0] - 2 * MARGIN - 12
COPY_WORD = "BẢN SAO"


@dataclass(frozen=True)
class PaymentReceiptSheet:
    number: str
    copy: bool  # a reprint
    centre_name: str
    centre_address: str
    payer_name: str
    purpose: str  # "Học phí lớp B1-01 – Tiếng Pháp B1, lần 2"
    amount_figures: str  # "2.500.000 ₫"
    amount_words: str  # "Hai triệu năm trăm nghìn đồng"
    method: str  # labelled
    reference: str
    paid_on_text: str
    fee_text: str
    paid_before_text: str
    balance_text: str  # what is still due after this payment
    staff_name: str
    printed_at_text: str
    print_count: int  # 1 for the original


def _pairs(rows: list[tuple[str, str]], bold_rows: set[int]) -> Table:
    st = make_styles()
    data = [[para(label, st.label), para(value, st.body_bold if i in bold_rows else st.body)]
            for i, (label, value) in enumerate(rows)]
    table = Table(data, colWidths=[36 * mm, WIDTH - 36 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def _copy_banner(sheet: PaymentReceiptSheet) -> Table:
    st = make_styles()
    table = Table([[para(f"{COPY_WORD} – in lần {sheet.print_count}", st.banner)]],
                  colWidths=[WIDTH])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ALERT)]))
    return table


def payment_receipt_story(sheet: PaymentReceiptSheet) -> list[Flowable]:
    st = make_styles()
    story: list[Flowable] = []
    if sheet.copy:
        story.append(_copy_banner(sheet))
    story += [
        para(sheet.centre_name, st.body_bold),
        para(sheet.centre_address, st.small),
        Spacer(1, 3 * mm),
        para("BIÊN LAI THU TIỀN", st.title),
        para(f"Số: {sheet.number}", st.heading),
        Spacer(1, 2 * mm),
        _pairs([
            ("Người nộp tiền", sheet.payer_name),
            ("Nội dung", sheet.purpose),
            ("Số tiền", sheet.amount_figures),
            ("Bằng chữ", sheet.amount_words),
            ("Hình thức", sheet.method + (f" ({sheet.reference})" if sheet.reference else "")),
            ("Ngày nộp", sheet.paid_on_text),
            ("Học phí", sheet.fee_text),
            ("Đã nộp trước", sheet.paid_before_text),
            ("Còn phải nộp", sheet.balance_text),
        ], bold_rows={2, 3, 8}),
        Spacer(1, 5 * mm),
    ]
    signatures = Table(
        [[para("Người nộp tiền", st.label), para("Người thu tiền", st.label)],
         [Spacer(1, 14 * mm), Spacer(1, 14 * mm)],
         [para(sheet.payer_name, st.body), para(sheet.staff_name, st.body)]],
        colWidths=[WIDTH / 2, WIDTH / 2])
    story += [signatures, Spacer(1, 3 * mm), para(f"In lúc: {sheet.printed_at_text}", st.small)]
    return story


def render_payment_receipt(sheet: PaymentReceiptSheet) -> bytes:
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A5, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=f"Biên lai thu tiền {sheet.number}", author="JPF Desk",
                            subject="Payment receipt")
    foot = f"Biên lai {sheet.number} – trang {{page}}/{{pages}}"
    if sheet.copy:
        foot += f" – {COPY_WORD}"
    doc.build(payment_receipt_story(sheet), canvasmaker=numbered_canvas(foot))
    return out.getvalue()
