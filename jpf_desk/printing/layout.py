"""Building blocks shared by the printed documents: styles, label/value tables, QR, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from jpf_desk.printing.fonts import nfc, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
GREY = colors.Color(0.35, 0.35, 0.35)
LIGHT = colors.Color(0.92, 0.92, 0.92)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    banner: ParagraphStyle
    mono: ParagraphStyle


def make_styles() -> Styles:
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=8.4, leading=10.3)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=13.5, leading=17),
        heading=ParagraphStyle("heading", parent=body, fontName=bold, fontSize=9.2,
                               leading=11.5, spaceBefore=4, spaceAfter=1),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.2, leading=9, textColor=GREY),
        label=ParagraphStyle("label", parent=body, textColor=GREY),
        banner=ParagraphStyle("banner", parent=body, fontName=bold, fontSize=10.5, leading=13,
                              textColor=colors.white, alignment=1),
        mono=ParagraphStyle("mono", parent=body, fontSize=7.4, leading=9),
    )


def text(value: object) -> str:
    """Escape for reportlab's mini-markup, NFC first."""
    return escape(nfc("" if value is None else str(value)))


def para(value: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


def fields_table(rows: Sequence[tuple[str, object]], styles: Styles,
                 label_width: float = 42 * mm, width: float = CONTENT_WIDTH) -> Table:
    """Label on the left, value on the right; values wrap, labels stay narrow."""
    data = [[para(label, styles.label), value if isinstance(value, Flowable)
             else para(value, styles.body)] for label, value in rows]
    table = Table(data, colWidths=[label_width, width - label_width])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def grid_table(header: Sequence[str], rows: Sequence[Sequence[object]], styles: Styles,
               widths: Sequence[float]) -> Table:
    bold = ParagraphStyle("th", parent=styles.body, fontName=register_fonts()[1])
    data: list[list[object]] = [[para(h, bold) for h in header]]
    data += [[cell if isinstance(cell, Flowable) else para(cell, styles.body) for cell in row]
             for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GREY),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def qr_code(payload: str, size: float = 28 * mm) -> Drawing:
    """A QR code drawing `size` wide; the printed copy can be checked against the store."""
    widget = QrCodeWidget(payload, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    width, height = x2 - x1, y2 - y1
    drawing = Drawing(size, size, transform=[size / width, 0, 0, size / height, 0, 0])
    drawing.add(widget)
    return drawing


def banner(value: str, styles: Styles, colour: colors.Color = GREY) -> Table:
    table = Table([[para(value, styles.banner)]], colWidths=[CONTENT_WIDTH])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colour),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def signature_block(roles: Sequence[tuple[str, str]], styles: Styles) -> Table:
    """One column per signer: role, an empty space to sign, a line, the printed name."""
    gutter = 8 * mm
    width = (CONTENT_WIDTH - gutter * (len(roles) - 1)) / len(roles)
    widths: list[float] = []
    rows: list[list[object]] = [[], [], []]
    for n, (role, name) in enumerate(roles):
        if n:
            widths.append(gutter)
            for row in rows:
                row.append("")
        widths.append(width)
        rows[0].append(para(role, styles.label))
        rows[1].append(Spacer(1, 13 * mm))
        rows[2].append(para(name or " ", styles.body))
    table = Table(rows, colWidths=widths)
    style: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for col in range(0, len(widths), 2):
        style.append(("LINEBELOW", (col, 1), (col, 1), 0.6, colors.black))
    table.setStyle(TableStyle(style))
    return table
