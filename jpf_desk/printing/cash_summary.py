"""The day's cash summary (bảng kê thu tiền trong ngày), A4, one block per staff member.

Each block lists the payments that person took, then their totals by method; the foot
gives the centre's totals and room for the signatures of who hands over and who checks.
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


WIDTHS = [36 * mm, 14 * mm, 50 * mm, 24 * mm, 25 * mm]


def cash_summary_story(sheet: CashSummarySheet) -> list[Flowable]:
    st = make_styles()
    rest = CONTENT_WIDTH - sum(WIDTHS)
    story: list[Flowable] = [
        para(sheet.centre_name, st.body_bold),
        para(f"BẢNG KÊ THU TIỀN NGÀY {sheet.day_text}", st.title),
        Spacer(1, 3 * mm),
    ]
    if not sheet.staff:
        story.append(para("Không có khoản thu nào trong ngày.", st.body))
    for name, lines, per_method, total in sheet.staff:
        table = grid_table(
            ["Số biên lai", "Giờ", "Người nộp", "Lớp", "Hình thức", "Số tiền"],
            [[ln.receipt_number, ln.time_text, ln.customer_name, ln.class_code, ln.method,
              ln.amount] for ln in lines], st, [*WIDTHS, rest], padding=1)
        sums = fields_table([*zip(sheet.method_names, per_method, strict=True),
                             ("Cộng", total)], st, label_width=40 * mm, width=100 * mm)
        story.append(KeepTogether([para(f"Nhân viên thu: {name}", st.heading), table, sums,
                                   Spacer(1, 3 * mm)]))
    story += [
        para("Tổng cộng cả cơ sở", st.heading),
        fields_table([*zip(sheet.method_names, sheet.totals, strict=True),
                      ("Tổng cộng", sheet.grand_total)], st, label_width=40 * mm,
                     width=100 * mm),
        Spacer(1, 6 * mm),
        signature_block([("Người lập bảng kê", sheet.printed_by), ("Người kiểm tra", "")], st),
        Spacer(1, 2 * mm),
        para(f"In lúc: {sheet.printed_at_text}", st.small),
    ]
    return story


def render_cash_summary(sheet: CashSummarySheet) -> bytes:
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=(210 * mm, 297 * mm), leftMargin=MARGIN,
                            rightMargin=MARGIN, topMargin=12 * mm, bottomMargin=12 * mm,
                            title=f"Bảng kê thu tiền {sheet.day_text}", author="JPF Desk")
    doc.build(cash_summary_story(sheet),
              canvasmaker=numbered_canvas(f"Bảng kê {sheet.day_text} – trang {{page}}/{{pages}}"))
    return out.getvalue()
