"""The access log as a manager prints it ("who saw this record"): one line per event.

Words in the sheet's `lang`; the kinds come in labelled in that language.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from jpf_desk.printing.layout import grid_table, make_styles, para
from jpf_desk.printing.words import pick_words

MARGIN = 12 * mm

WORDS = {
    "title": ("NHẬT KÝ TRUY CẬP DỮ LIỆU CÁ NHÂN", "JOURNAL DES ACCÈS AUX DONNÉES PERSONNELLES",
              "PERSONAL DATA ACCESS LOG"),
    "doc_name": ("Nhật ký truy cập dữ liệu cá nhân", "Journal des accès aux données personnelles",
                 "Personal data access log"),
    "when": ("Thời điểm", "Date et heure", "When"),
    "staff": ("Nhân viên", "Agent", "Staff member"),
    "customer": ("Khách hàng (mã)", "Client (identifiant)", "Customer (id)"),
    "what": ("Việc", "Action", "Action"),
    "detail": ("Chi tiết", "Détail", "Detail"),
    "foot": ("In lúc {at} bởi {by}; {n} sự kiện.", "Imprimé le {at} par {by} ; {n} événement(s).",
             "Printed at {at} by {by}; {n} event(s)."),
}


@dataclass(frozen=True)
class AccessLogLine:
    when: str
    staff: str
    customer: str  # the customer's reference (id), never their name
    what: str  # labelled kind
    detail: str


@dataclass(frozen=True)
class AccessLogSheet:
    centre_name: str
    filter_text: str  # what the manager chose to see, in words
    printed_at: str
    printed_by: str
    lines: tuple[AccessLogLine, ...]
    lang: str = "vi"


def build_access_log(sheet: AccessLogSheet) -> bytes:
    styles, w = make_styles(), pick_words(WORDS, sheet.lang)
    out = io.BytesIO()
    size = landscape(A4)
    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=w["doc_name"])
    width = size[0] - 2 * MARGIN - 12
    widths = [w * width for w in (0.16, 0.2, 0.26, 0.22, 0.16)]
    story = [
        para(w["title"], styles.title),
        para(f"{sheet.centre_name} — {sheet.filter_text}", styles.small),
        Spacer(1, 3 * mm),
        grid_table((w["when"], w["staff"], w["customer"], w["what"], w["detail"]),
                   [(ln.when, ln.staff, ln.customer, ln.what, ln.detail) for ln in sheet.lines]
                   or [("—", "", "", "", "")], styles, widths),
        Spacer(1, 4 * mm),
        para(w["foot"].format(at=sheet.printed_at, by=sheet.printed_by, n=len(sheet.lines)),
             styles.small),
    ]
    doc.build(story)
    return out.getvalue()
