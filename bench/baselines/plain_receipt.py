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
import unicodedata
from collections.abc import Sequence
from itertools import groupby
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from jpf_desk.printing.receipt import ReceiptField, ReceiptSheet

FONT, BOLD = "JPFSans", "JPFSans-Bold"  # registered by the program's register_fonts()
MARGIN = 15 * mm
W = A4[0] - 2 * MARGIN - 12  # the frame pads its content by 6 pt on each side
HALF = (W - 6 * mm) / 2
CHOICE, KEPT = 31 * mm, 46 * mm
GREY, LIGHT = colors.Color(0.35, 0.35, 0.35), colors.Color(0.92, 0.92, 0.92)
RED = colors.Color(0.7, 0.1, 0.1)
BODY = ParagraphStyle("b", fontName=FONT, fontSize=8.2, leading=9.5)
TITLE = ParagraphStyle("t", parent=BODY, fontName=BOLD, fontSize=12, leading=14.5)
HEAD = ParagraphStyle("h", parent=BODY, fontName=BOLD, fontSize=9.2, leading=11.2,
                      spaceBefore=2.5, spaceAfter=0.5)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=7.2, leading=9, textColor=GREY)
LABEL = ParagraphStyle("l", parent=BODY, textColor=GREY)
MONO = ParagraphStyle("m", parent=BODY, fontSize=7.4, leading=9)
RIGHTS = ParagraphStyle("r", parent=BODY, fontSize=8.6, leading=10.1, textColor=colors.black)
ALERT = ParagraphStyle("a", parent=BODY, fontName=BOLD, textColor=RED)
STRONG = ParagraphStyle("sb", parent=BODY, fontName=BOLD, spaceBefore=3)
BANNER = ParagraphStyle("bn", parent=BODY, fontName=BOLD, fontSize=10.5, leading=13,
                        textColor=colors.white, alignment=1)
TH = ParagraphStyle("th", parent=BODY, fontName=BOLD)
PAD = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
       ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
       ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
FLUSH = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
         ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
         ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]


def encode_qr(payload: str) -> list[list[bool]]:
    widget = QrCodeWidget(payload, barLevel="M")
    widget.qr.make()
    return [[bool(m) for m in row] for row in widget.qr.modules]


class Qr(Flowable):  # type: ignore[misc]
    def __init__(self, modules: list[list[bool]], size: float) -> None:
        super().__init__()
        self.modules, self.width, self.height = modules, size, size

    def draw(self) -> None:
        """Each row's runs of dark modules as one rectangle (fewer path operations)."""
        box = self.width / (len(self.modules) + 4)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            for dark, run in groupby(enumerate(row), key=lambda m: m[1]):
                if dark:
                    cells = [c for c, _ in run]
                    path.rect((cells[0] + 2) * box, self.height - (r + 3) * box,
                              len(cells) * box, box)
        self.canv.drawPath(path, stroke=0, fill=1)


def p(value: object, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(escape(unicodedata.normalize("NFC", str(value))), style)


def fields(rows: Sequence[ReceiptField], label: float, width: float = W) -> Table:
    table = Table([[p(f.label, LABEL), p(f.value, ALERT if f.missing else
                                         MONO if f.value.isalnum() and len(f.value) >= 64
                                         else BODY)] for f in rows],
                  colWidths=[label, width - label])
    table.setStyle(TableStyle(PAD))
    return table


def grid(header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
    table = Table([[p(h, TH) for h in header]]
                  + [[c if isinstance(c, Flowable) else p(c) for c in row] for row in rows],
                  colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GREY),
                               ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def signatures(signers: Sequence[tuple[str, str]]) -> Table:
    gap = 8 * mm
    width = (W - gap * (len(signers) - 1)) / len(signers)
    rows: list[list[Any]] = [[], [], []]
    widths: list[float] = []
    for n, (role, name) in enumerate(signers):
        if n:
            widths.append(gap)
            for row in rows:
                row.append("")
        widths.append(width)
        rows[0].append(p(role, LABEL))
        rows[1].append(Spacer(1, 9 * mm))
        rows[2].append(p(name or " "))
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]
                              + [("LINEBELOW", (c, 1), (c, 1), 0.6, colors.black)
                                 for c in range(0, len(widths), 2)]))
    return table


def story(r: ReceiptSheet, qr: list[list[bool]]) -> list[Flowable]:
    w = r.words
    out: list[Flowable] = []
    if r.copy_banner:
        band = Table([[p(r.copy_banner, BANNER)]], colWidths=[W])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), RED)]))
        out.append(band)
    head = Table([[[p(r.title, TITLE), p(r.code_status, HEAD),
                    fields(r.identity, 30 * mm, W - 30 * mm), p(w["qr_note"], SMALL)],
                   Qr(qr, 23 * mm)]], colWidths=[W - 25 * mm, 25 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (0, 0), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                              ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    columns = Table([[[p(w["h_collection"], HEAD), fields(r.collection, 34 * mm, HALF)],
                      [p(w["h_customer"], HEAD), fields(r.people, 36 * mm, HALF)]]],
                    colWidths=[HALF + 3 * mm, HALF + 3 * mm])
    columns.setStyle(TableStyle(FLUSH))
    side = (W - 30 * mm) / 2
    controllers = [[j.label, p(j.value, ALERT if j.missing else BODY),
                    p(c.value, ALERT if c.missing else BODY)]
                   for j, c in zip(r.controller_jpf, r.controller_centre, strict=True)]
    out += [head, columns, p(w["h_controller"], HEAD),
            grid(["", w["controller_jpf"], w["controller_centre"]], controllers,
                 [30 * mm, side, side])]
    if r.controller_note:
        out.append(p(r.controller_note, ALERT))
    out.append(p("  ·  ".join(f"{f.label}: {f.value}" for f in r.policy), MONO))
    if r.reference_note:
        out.append(p(r.reference_note))
    if any(x.kept for x in r.purposes):
        purposes = grid([w["col_choice"], w["col_purpose"], w["col_kept"]],
                        [[x.choice, x.text, x.kept] for x in r.purposes],
                        [CHOICE, W - CHOICE - KEPT, KEPT])
    else:
        purposes = grid([w["col_choice"], w["col_purpose"]],
                        [[x.choice, x.text] for x in r.purposes], [CHOICE, W - CHOICE])
    out += [p(w["h_purposes"], HEAD), purposes]
    tail: list[Flowable] = [p(w["h_partners"], HEAD)]
    if r.partners:
        tail.append(grid([w["col_choice"], w["col_partner"], w["col_purpose"], w["col_abroad"]],
                         [[x.choice, x.partner_name,
                           x.purpose + (f" ({x.decided_by})" if x.decided_by else ""), x.abroad]
                          for x in r.partners], [CHOICE, 48 * mm, W - CHOICE - 71 * mm, 23 * mm]))
    else:
        tail.append(p(w["no_partners"]))
    tail.append(p(f"{w['h_sensitive']}: {r.sensitive}", STRONG))
    if r.withdrawal_effects:
        tail += [p(w["h_withdrawal"], HEAD),
                 p("  ".join(f"• {line}" for line in r.withdrawal_effects))]
    position, *hashes = r.integrity
    out += [KeepTogether(tail + [p(w["h_signatures"], HEAD), signatures(r.signers)]),
            KeepTogether([p(w["h_rights"], HEAD), p(r.rights, RIGHTS)]),
            KeepTogether([p(f"{w['h_integrity']} – {position.label}: {position.value}", MONO),
                          fields(hashes, 48 * mm)])]
    return out


def plain_page(r: ReceiptSheet, qr: list[list[bool]]) -> bytes:
    """The page as PDF bytes, "page x of y" at the foot of every page (written once the
    number of pages is known, as reportlab's documentation shows)."""
    label = r.page_label + (f" – {r.words['copy_short']}" if r.copy_banner else "")

    class Numbered(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self.pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self.pages:
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                self.drawRightString(A4[0] - MARGIN, 6.5 * mm,
                                     label.format(page=self._pageNumber, pages=len(self.pages)))
                super().showPage()
            super().save()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=8 * mm, bottomMargin=11 * mm, title=r.pdf_title)
    doc.build(story(r, qr), canvasmaker=Numbered)
    return buffer.getvalue()
