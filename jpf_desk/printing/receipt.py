"""The printed consent receipt (A4), drawn from a ReceiptSheet.

It carries the 16 items of CONSENT-RECEIPT.md, in the receipt's own language: every
word on the sheet comes ready from the service (the catalogue's labels, the policy's
purposes), so this module only lays them out. The items keep the order the customer
reads them in, without the spec's item numbers. The signatures follow the choices and
never sit on another page than the last of them; every page says "page x of y".
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Table, TableStyle

from jpf_desk.printing.fonts import register_fonts
from jpf_desk.printing.layout import (
    CONTENT_WIDTH,
    MARGIN,
    Styles,
    banner,
    fields_table,
    grid_table,
    make_styles,
    numbered_canvas,
    para,
    qr_code,
    signature_block,
)

RED = colors.Color(0.7, 0.1, 0.1)
HALF = (CONTENT_WIDTH - 6 * mm) / 2
CHOICE = 31 * mm  # the choice column: "KHÔNG ĐỒNG Ý" on one line
KEPT = 46 * mm  # how long a purpose's data is kept, on two or three lines


@dataclass(frozen=True)
class ReceiptField:
    label: str
    value: str
    missing: bool = False  # a detail that should be there and is not: printed in red


@dataclass(frozen=True)
class ReceiptPurpose:
    choice: str  # labelled, in capitals ("ĐỒNG Ý"...)
    text: str
    kept: str = ""  # how long its data is kept ("" on receipts made before retention)


@dataclass(frozen=True)
class ReceiptPartner:
    choice: str  # labelled
    partner_name: str
    purpose: str  # the purpose agreed with this partner, in words
    abroad: str  # "Có" / "Oui" / "Yes"...
    decided_by: str = ""  # a minor's choice: who made it at the desk


@dataclass(frozen=True)
class ReceiptSheet:
    """What the receipt shows, every value ready to print (moments with their offset)."""

    words: Mapping[str, str]  # headings and column names in the receipt's language
    title: str
    code_status: str
    copy_banner: str | None  # a reprint's banner; None on the original
    page_label: str  # with {page} and {pages}
    pdf_title: str
    qr_payload: str
    identity: tuple[ReceiptField, ...]  # id, supersedes, law
    collection: tuple[ReceiptField, ...]
    people: tuple[ReceiptField, ...]
    controller_jpf: tuple[ReceiptField, ...]
    controller_centre: tuple[ReceiptField, ...]
    controller_note: str | None  # says plainly which details are missing
    policy: tuple[ReceiptField, ...]
    reference_note: str  # which text is the reference when printed in a translation
    purposes: tuple[ReceiptPurpose, ...]
    partners: tuple[ReceiptPartner, ...]
    sensitive: str
    withdrawal_effects: tuple[str, ...]
    rights: str
    signers: tuple[tuple[str, str], ...]  # (role, printed name)
    integrity: tuple[ReceiptField, ...]


def _fields(rows: tuple[ReceiptField, ...], st: Styles, label_width: float,
            width: float) -> Table:
    return fields_table([(f.label, para(f.value, st.alert) if f.missing
                          else para(f.value, st.mono if f.value.isalnum() and len(f.value) >= 64
                                    else st.body)) for f in rows],
                        st, label_width=label_width, width=width)


def _two(left: list[Flowable], right: list[Flowable]) -> Table:
    table = Table([[left, right]], colWidths=[HALF + 3 * mm, HALF + 3 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _header(r: ReceiptSheet, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if r.copy_banner:
        out.append(banner(r.copy_banner, st, RED))
    ids = _fields(r.identity, st, 30 * mm, CONTENT_WIDTH - 30 * mm)
    left = [para(r.title, st.title), para(r.code_status, st.heading), ids,
            para(r.words["qr_note"], st.small)]
    head = Table([[left, qr_code(r.qr_payload, 23 * mm)]],
                 colWidths=[CONTENT_WIDTH - 25 * mm, 25 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (0, 0), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                              ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    out.append(head)
    return out


def _cell(f: ReceiptField, st: Styles) -> Flowable:
    return para(f.value, st.alert if f.missing else st.body)


def _controller(r: ReceiptSheet, st: Styles) -> list[Flowable]:
    """JPF and the centre side by side, one row per detail, missing ones in red."""
    w = r.words
    rows = [[jpf.label, _cell(jpf, st), _cell(centre, st)]
            for jpf, centre in zip(r.controller_jpf, r.controller_centre, strict=True)]
    side = (CONTENT_WIDTH - 30 * mm) / 2
    out: list[Flowable] = [
        para(w["h_controller"], st.heading),
        grid_table(["", w["controller_jpf"], w["controller_centre"]], rows, st,
                   [30 * mm, side, side], padding=1)]
    if r.controller_note:
        out.append(para(r.controller_note, st.alert))
    out.append(para("  ·  ".join(f"{f.label}: {f.value}" for f in r.policy), st.mono))
    if r.reference_note:
        out.append(para(r.reference_note, st.body))
    return out


def _choices(r: ReceiptSheet, st: Styles) -> list[Flowable]:
    w = r.words
    if any(p.kept for p in r.purposes):
        rows = [[p.choice, p.text, p.kept] for p in r.purposes]
        table = grid_table([w["col_choice"], w["col_purpose"], w["col_kept"]], rows, st,
                           [CHOICE, CONTENT_WIDTH - CHOICE - KEPT, KEPT], padding=1)
    else:
        table = grid_table([w["col_choice"], w["col_purpose"]],
                           [[p.choice, p.text] for p in r.purposes], st,
                           [CHOICE, CONTENT_WIDTH - CHOICE], padding=1)
    out: list[Flowable] = [para(w["h_purposes"], st.heading), table]
    out.append(para(w["h_partners"], st.heading))
    if r.partners:
        prow = [[p.choice, p.partner_name,
                 p.purpose + (f" ({p.decided_by})" if p.decided_by else ""), p.abroad]
                for p in r.partners]
        out.append(grid_table([w["col_choice"], w["col_partner"], w["col_purpose"],
                               w["col_abroad"]], prow, st,
                              [CHOICE, 48 * mm, CONTENT_WIDTH - CHOICE - 71 * mm, 23 * mm],
                              padding=1))
    else:
        out.append(para(w["no_partners"], st.body))
    out.append(para(f"{w['h_sensitive']}: {r.sensitive}", st.body_bold))
    if r.withdrawal_effects:
        out.append(para(w["h_withdrawal"], st.heading))
        out.append(para("  ".join(f"• {line}" for line in r.withdrawal_effects), st.body))
    return out


def receipt_story(r: ReceiptSheet) -> list[Flowable]:
    st = make_styles()
    w = r.words
    story = _header(r, st)
    story.append(_two(
        [para(w["h_collection"], st.heading), _fields(r.collection, st, 34 * mm, HALF)],
        [para(w["h_customer"], st.heading), _fields(r.people, st, 36 * mm, HALF)]))
    story += _controller(r, st)
    choices = _choices(r, st)
    signatures = [para(w["h_signatures"], st.heading),
                  signature_block(r.signers, st, space=9 * mm)]
    # The signatures stay on the page of the last choices (a long table may split before):
    # kept with them are the partners' heading and table, the sensitive-data line and,
    # on a withdrawal, what it changes.
    tail = 5 if r.withdrawal_effects else 3
    story += choices[:-tail]
    story.append(KeepTogether(choices[-tail:] + signatures))
    story.append(KeepTogether([para(w["h_rights"], st.heading), para(r.rights, st.rights)]))
    position, *hashes = r.integrity
    story.append(KeepTogether([
        para(f"{w['h_integrity']} – {position.label}: {position.value}", st.mono),
        _fields(tuple(hashes), st, 48 * mm, CONTENT_WIDTH)]))
    return story


def render_receipt(r: ReceiptSheet) -> bytes:
    """The receipt as PDF bytes; a reprint has its copy banner and "copy" on every page's
    footer."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=(210 * mm, 297 * mm), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=8 * mm, bottomMargin=11 * mm, title=r.pdf_title,
        author="JPF Desk", subject="Consent receipt",
    )
    copy_mark = f" – {r.words['copy_short']}" if r.copy_banner else ""
    doc.build(receipt_story(r), canvasmaker=numbered_canvas(r.page_label + copy_mark))
    return buffer.getvalue()
