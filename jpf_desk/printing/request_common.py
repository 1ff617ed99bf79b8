"""Styles and small helpers shared by the request slip and the access report.

The controller's name is its registered Vietnamese name in every language (a proper
name); the law it answers under is said in the document's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from jpf_desk.printing.fonts import register_fonts
from jpf_desk.printing.layout import GREY, LIGHT, para
from jpf_desk.printing.words import pick_words

CONTROLLER = "Công ty Cổ phần Giáo dục và Đào tạo JPF (Tổ chức Giáo dục Pháp ngữ Je Parle Français)"
LAW = "Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15; Nghị định 356/2025/NĐ-CP"
LAWS = {"law": (LAW,
                "Loi 91/2025/QH15 sur la protection des données personnelles ; "
                "décret 356/2025/NĐ-CP",
                "Personal Data Protection Law 91/2025/QH15; Decree 356/2025/NĐ-CP")}


def law_words(lang: str) -> str:
    return pick_words(LAWS, lang)["law"]


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    bold: ParagraphStyle


def make_styles() -> Styles:
    regular, bold = register_fonts()
    body = ParagraphStyle("rq-body", fontName=regular, fontSize=9, leading=11.5)
    return Styles(
        title=ParagraphStyle("rq-title", parent=body, fontName=bold, fontSize=14, leading=18,
                             spaceAfter=4),
        heading=ParagraphStyle("rq-heading", parent=body, fontName=bold, fontSize=10.5,
                               leading=13, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        body=body,
        small=ParagraphStyle("rq-small", parent=body, fontSize=7.5, leading=9.5, textColor=GREY),
        label=ParagraphStyle("rq-label", parent=body, textColor=GREY),
        bold=ParagraphStyle("rq-bold", parent=body, fontName=bold),
    )


def pairs_table(rows: Sequence[tuple[str, str]], styles: Styles, width: float,
                label_width: float = 45 * mm) -> Table:
    table = Table([[para(k, styles.label), para(v, styles.body)] for k, v in rows],
                  colWidths=[label_width, width - label_width])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table
