"""The day's cash summary (bảng kê thu tiền trong ngày), A4, one block per staff member.

Each block lists the payments that person took, then their totals by method; the foot
gives the centre's totals and room for the signatures of who hands over and who checks.
Words in the sheet's `lang`; amounts in figures, dates dd/mm/yyyy in every language.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer

from jpf_desk.printing.fonts import register_fonts
from jpf_desk.printing.layout import (
    CONTENT_WIDTH,
    MARGIN,
    fields_table,
    grid_table,
    make_styles,
    numbered_canvas,
    para,
    signature_block,
)
from jpf_desk.printing.words import pick_words

WORDS = {
    "title": ("BẢNG KÊ THU TIỀN NGÀY", "RELEVÉ DES ENCAISSEMENTS DU", "CASH SUMMARY FOR"),
    "doc_name": ("Bảng kê thu tiền", "Relevé des encaissements", "Cash summary"),
    "foot_name": ("Bảng kê", "Relevé", "Cash summary"),
    "nothing": ("Không có khoản thu nào trong ngày.", "Aucun encaissement ce jour.",
                "No payments taken this day."),
    "receipt_no": ("Số biên lai", "N° de reçu", "Receipt no."),
    "time": ("Giờ", "Heure", "Time"),
    "payer": ("Người nộp", "Payé par", "Paid by"),
    "class": ("Lớp", "Classe", "Class"),
    "method": ("Hình thức", "Mode", "Method"),
    "amount": ("Số tiền", "Montant", "Amount"),
    "subtotal": ("Cộng", "Sous-total", "Subtotal"),
    "taken_by": ("Nhân viên thu", "Encaissé par", "Taken by"),
    "centre_totals": ("Tổng cộng cả cơ sở", "Total du centre", "Centre totals"),
    "total": ("Tổng cộng", "Total", "Total"),
    "made_by": ("Người lập bảng kê", "Établi par", "Prepared by"),
    "checked_by": ("Người kiểm tra", "Vérifié par", "Checked by"),
    "printed_at": ("In lúc", "Imprimé le", "Printed at"),
    "page": ("trang", "page", "page"),
}


@dataclass(frozen=True)
class CashLine:
    receipt_number: str
    time_text: str
    customer_name: str
    class_code: str
    method: str  # labelled
    amount: str  # formatted


@dataclass(frozen=True)
class CashSummarySheet:
    centre_name: str
    day_text: str
    method_names: tuple[str, ...]  # labelled, in the order of the totals below
    # (staff name, their payments, their total per method, their total)
    staff: tuple[tuple[str, tuple[CashLine, ...], tuple[str, ...], str], ...]
    totals: tuple[str, ...]  # per method, every staff member together
    grand_total: str
    printed_by: str
    printed_at_text: str
    lang: str = "vi"


WIDTHS = [36 * mm, 16 * mm, 48 * mm, 24 * mm, 25 * mm]  # the time column fits "Heure"


def cash_summary_story(sheet: CashSummarySheet) -> list[Flowable]:
    st, w = make_styles(), pick_words(WORDS, sheet.lang)
    rest = CONTENT_WIDTH - sum(WIDTHS)
    story: list[Flowable] = [
        para(sheet.centre_name, st.body_bold),
        para(f"{w['title']} {sheet.day_text}", st.title),
        Spacer(1, 3 * mm),
    ]
    if not sheet.staff:
        story.append(para(w["nothing"], st.body))
    for name, lines, per_method, total in sheet.staff:
        table = grid_table(
            [w["receipt_no"], w["time"], w["payer"], w["class"], w["method"], w["amount"]],
            [[ln.receipt_number, ln.time_text, ln.customer_name, ln.class_code, ln.method,
              ln.amount] for ln in lines], st, [*WIDTHS, rest], padding=1)
        sums = fields_table([*zip(sheet.method_names, per_method, strict=True),
                             (w["subtotal"], total)], st, label_width=40 * mm, width=100 * mm)
        story.append(KeepTogether([para(f"{w['taken_by']}: {name}", st.heading), table, sums,
                                   Spacer(1, 3 * mm)]))
    story += [
        para(w["centre_totals"], st.heading),
        fields_table([*zip(sheet.method_names, sheet.totals, strict=True),
                      (w["total"], sheet.grand_total)], st, label_width=40 * mm,
                     width=100 * mm),
        Spacer(1, 6 * mm),
        signature_block([(w["made_by"], sheet.printed_by), (w["checked_by"], "")], st),
        Spacer(1, 2 * mm),
        para(f"{w['printed_at']}: {sheet.printed_at_text}", st.small),
    ]
    return story


def render_cash_summary(sheet: CashSummarySheet) -> bytes:
    register_fonts()
    w = pick_words(WORDS, sheet.lang)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=(210 * mm, 297 * mm), leftMargin=MARGIN,
                            rightMargin=MARGIN, topMargin=12 * mm, bottomMargin=12 * mm,
                            title=f"{w['doc_name']} {sheet.day_text}", author="JPF Desk")
    doc.build(cash_summary_story(sheet),
              canvasmaker=numbered_canvas(
                  f"{w['foot_name']} {sheet.day_text} – {w['page']} {{page}}/{{pages}}"))
    return out.getvalue()
