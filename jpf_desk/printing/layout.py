"""Building blocks shared by the printed documents: styles, label/value tables, QR, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from jpf_desk.printing.fonts import nfc, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
FRAME_PADDING = 6  # platypus frames pad their content by 6 pt on each side
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN - 2 * FRAME_PADDING
GREY = colors.Color(0.35, 0.35, 0.35)
LIGHT = colors.Color(0.92, 0.92, 0.92)
ALERT = colors.Color(0.7, 0.1, 0.1)
RIGHTS_SIZE = 8.6  # the rights text: at least 8.5 pt, black


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    banner: ParagraphStyle
    mono: ParagraphStyle
    rights: ParagraphStyle  # what the customer must be able to read: never small or grey
    alert: ParagraphStyle
    body_bold: ParagraphStyle


def make_styles() -> Styles:
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=8.2, leading=9.5)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=12, leading=14.5),
        heading=ParagraphStyle("heading", parent=body, fontName=bold, fontSize=9.2,
                               leading=11.2, spaceBefore=2.5, spaceAfter=0.5),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.2, leading=9, textColor=GREY),
        label=ParagraphStyle("label", parent=body, textColor=GREY),
        banner=ParagraphStyle("banner", parent=body, fontName=bold, fontSize=10.5, leading=13,
                              textColor=colors.white, alignment=1),
        mono=ParagraphStyle("mono", parent=body, fontSize=7.4, leading=9),
        rights=ParagraphStyle("rights", parent=body, fontSize=RIGHTS_SIZE, leading=10.1,
                              textColor=colors.black),
        alert=ParagraphStyle("alert", parent=body, fontName=bold, textColor=ALERT),
        body_bold=ParagraphStyle("body_bold", parent=body, fontName=bold, spaceBefore=3),
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
               widths: Sequence[float], padding: float = 2) -> Table:
    bold = ParagraphStyle("th", parent=styles.body, fontName=register_fonts()[1])
    data: list[list[object]] = [[para(h, bold) for h in header]]
    data += [[cell if isinstance(cell, Flowable) else para(cell, styles.body) for cell in row]
             for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GREY),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ]))
    return table


@lru_cache(maxsize=256)
def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR's dark modules for a payload, encoded once per payload and process.

    Encoding tries all 8 mask patterns to pick the best one (about a third of a receipt's
    time in pure Python), yet a receipt's payload (its id and hash) never changes: the
    preview, the print, a saved PDF and every reprint of it draw the same modules.
    """
    widget = QrCodeWidget(payload, barLevel="M")
    widget.qr.make()
    return tuple(tuple(bool(m) for m in row) for row in widget.qr.modules)


class QrFlowable(Flowable):  # type: ignore[misc]
    """A QR code drawn as filled runs of modules.

    Drawing the widget through reportlab.graphics encodes the data twice and builds a
    validated shape per run: about half the receipt's render time. The modules are
    the same, so decoders read the same code.
    """

    def __init__(self, payload: str, size: float, border: int = 2) -> None:
        super().__init__()
        self.modules = qr_modules(payload)
        self.size, self.border = size, border
        self.width = self.height = size

    def draw(self) -> None:
        count = len(self.modules)
        box = self.size / (count + 2 * self.border)
        canvas = self.canv
        canvas.setFillColor(colors.black)
        path = canvas.beginPath()
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.border + 1) * box
            c = 0
            while c < count:
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < count and row[c]:
                    c += 1
                path.rect((start + self.border) * box, y, (c - start) * box, box)
        canvas.drawPath(path, stroke=0, fill=1)


def qr_code(payload: str, size: float = 28 * mm) -> Flowable:
    """A QR code `size` wide; the printed copy can be checked against the store."""
    return QrFlowable(payload, size)


def banner(value: str, styles: Styles, colour: colors.Color = GREY) -> Table:
    table = Table([[para(value, styles.banner)]], colWidths=[CONTENT_WIDTH])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colour),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def signature_block(roles: Sequence[tuple[str, str]], styles: Styles,
                    space: float = 11 * mm) -> Table:
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
        rows[1].append(Spacer(1, space))
        rows[2].append(para(name or " ", styles.body))
    table = Table(rows, colWidths=widths)
    style: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for col in range(0, len(widths), 2):
        style.append(("LINEBELOW", (col, 1), (col, 1), 0.6, colors.black))
    table.setStyle(TableStyle(style))
    return table


def numbered_canvas(label: str) -> type[Canvas]:
    """A canvas that writes `label` ({page}, {pages}) at the foot of every page once the
    number of pages is known: "page x of y" tells the reader nothing is missing."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.saveState()
                self.setFont(register_fonts()[0], 7.5)
                self.setFillColor(colors.black)
                self.drawRightString(self._pagesize[0] - MARGIN, 6.5 * mm,
                                     label.format(page=self._pageNumber, pages=total))
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas
