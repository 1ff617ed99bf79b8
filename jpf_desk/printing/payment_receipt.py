"""The printed payment receipt (biên lai thu tiền), A5, drawn from a PaymentReceiptSheet.

The customer keeps it as proof of payment: its number, the amount in figures and in
words, who paid, for what, what is still due, and who took the money. A reprint says
"BẢN SAO" (copy) at the top and at the foot, so that a second paper cannot pass for a
second payment. Every value comes ready from the service (services/courses/receipts.py),
labels already in `lang`; the amount in words is Vietnamese reading of the figures, so
it is printed on the Vietnamese receipt only (French and English receipts give figures).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from jpf_desk.printing.fonts import register_fonts
from jpf_desk.printing.layout import ALERT, make_styles, numbered_canvas, para
from jpf_desk.printing.words import pick_words

MARGIN = 11 * mm
WIDTH = A5[0] - 2 * MARGIN - 12

WORDS = {
    "title": ("BIÊN LAI THU TIỀN", "REÇU DE PAIEMENT", "PAYMENT RECEIPT"),
    "doc_name": ("Biên lai thu tiền", "Reçu de paiement", "Payment receipt"),
    "foot_name": ("Biên lai", "Reçu", "Receipt"),
    "number": ("Số", "N°", "No."),
    "copy": ("BẢN SAO", "COPIE", "COPY"),
    "print_no": ("in lần", "impression n°", "print no."),
    "payer": ("Người nộp tiền", "Payé par", "Paid by"),
    "purpose": ("Nội dung", "Objet", "For"),
    "purpose_text": ("Học phí lớp {code}{course}, lần {n}",
                     "Frais de cours, classe {code}{course}, versement {n}",
                     "Course fee, class {code}{course}, instalment {n}"),
    "amount": ("Số tiền", "Montant", "Amount"),
    "in_words": ("Bằng chữ", "En lettres", "In words"),
    "method": ("Hình thức", "Mode de paiement", "Method"),
    "paid_on": ("Ngày nộp", "Payé le", "Paid on"),
    "fee": ("Học phí", "Frais de cours", "Course fee"),
    "paid_before": ("Đã nộp trước", "Déjà payé", "Paid before"),
    "balance": ("Còn phải nộp", "Reste à payer", "Still due"),
    "taker": ("Người thu tiền", "Reçu par", "Received by"),
    "printed_at": ("In lúc", "Imprimé le", "Printed at"),
    "page": ("trang", "page", "page"),
}


@dataclass(frozen=True)
class PaymentReceiptSheet:
    number: str
    copy: bool  # a reprint
    centre_name: str
    centre_address: str
    payer_name: str
    class_code: str  # "B1-01"
    course_name: str  # "Tiếng Pháp B1"
    instalment_no: int
    amount_figures: str  # "2.500.000 ₫"
    amount_words: str  # "Hai triệu năm trăm nghìn đồng"; printed only in Vietnamese
    method: str  # labelled
    reference: str
    paid_on_text: str
    fee_text: str
    paid_before_text: str
    balance_text: str  # what is still due after this payment
    staff_name: str
    printed_at_text: str
    print_count: int  # 1 for the original
    lang: str = "vi"

    @property
    def purpose(self) -> str:
        course = f" – {self.course_name}" if self.course_name else ""
        return pick_words(WORDS, self.lang)["purpose_text"].format(
            code=self.class_code, course=course, n=self.instalment_no)


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
    st, w = make_styles(), pick_words(WORDS, sheet.lang)
    table = Table([[para(f"{w['copy']} – {w['print_no']} {sheet.print_count}", st.banner)]],
                  colWidths=[WIDTH])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ALERT)]))
    return table


def payment_receipt_story(sheet: PaymentReceiptSheet) -> list[Flowable]:
    st, w = make_styles(), pick_words(WORDS, sheet.lang)
    rows = [
        (w["payer"], sheet.payer_name),
        (w["purpose"], sheet.purpose),
        (w["amount"], sheet.amount_figures),
        *([(w["in_words"], sheet.amount_words)] if sheet.lang == "vi" else []),
        (w["method"], sheet.method + (f" ({sheet.reference})" if sheet.reference else "")),
        (w["paid_on"], sheet.paid_on_text),
        (w["fee"], sheet.fee_text),
        (w["paid_before"], sheet.paid_before_text),
        (w["balance"], sheet.balance_text),
    ]
    bold = {2, len(rows) - 1} | ({3} if sheet.lang == "vi" else set())
    story: list[Flowable] = []
    if sheet.copy:
        story.append(_copy_banner(sheet))
    story += [
        para(sheet.centre_name, st.body_bold),
        para(sheet.centre_address, st.small),
        Spacer(1, 3 * mm),
        para(w["title"], st.title),
        para(f"{w['number']}: {sheet.number}", st.heading),
        Spacer(1, 2 * mm),
        _pairs(rows, bold_rows=bold),
        Spacer(1, 5 * mm),
    ]
    signatures = Table(
        [[para(w["payer"], st.label), para(w["taker"], st.label)],
         [Spacer(1, 14 * mm), Spacer(1, 14 * mm)],
         [para(sheet.payer_name, st.body), para(sheet.staff_name, st.body)]],
        colWidths=[WIDTH / 2, WIDTH / 2])
    story += [signatures, Spacer(1, 3 * mm), para(f"{w['printed_at']}: {sheet.printed_at_text}",
                                                         st.small)]
    return story


def render_payment_receipt(sheet: PaymentReceiptSheet) -> bytes:
    register_fonts()
    w = pick_words(WORDS, sheet.lang)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A5, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=f"{w['doc_name']} {sheet.number}", author="JPF Desk",
                            subject="Payment receipt")
    foot = f"{w['foot_name']} {sheet.number} – {w['page']} {{page}}/{{pages}}"
    if sheet.copy:
        foot += f" – {w['copy']}"
    doc.build(payment_receipt_story(sheet), canvasmaker=numbered_canvas(foot))
    return out.getvalue()
