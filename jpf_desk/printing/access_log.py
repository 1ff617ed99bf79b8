"""The access log as a manager prints it ("who saw this record"): one line per event."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from jpf_desk.printing.layout import grid_table, make_styles, para

MARGIN = 12 * mm


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


def build_access_log(sheet: AccessLogSheet) -> bytes:
    styles = make_styles()
    out = io.BytesIO()
    size = landscape(A4)
    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title="Nhật ký truy cập dữ liệu cá nhân")
    width = size[0] - 2 * MARGIN - 12
    widths = [w * width for w in (0.16, 0.2, 0.26, 0.22, 0.16)]
    story = [
        para("NHẬT KÝ TRUY CẬP DỮ LIỆU CÁ NHÂN", styles.title),
        para(f"{sheet.centre_name} — {sheet.filter_text}", styles.small),
        Spacer(1, 3 * mm),
        grid_table(("Thời điểm", "Nhân viên", "Khách hàng (mã)", "Việc", "Chi tiết"),
                   [(ln.when, ln.staff, ln.customer, ln.what, ln.detail) for ln in sheet.lines]
                   or [("—", "", "", "", "")], styles, widths),
        Spacer(1, 4 * mm),
        para(f"In lúc {sheet.printed_at} bởi {sheet.printed_by}; "
             f"{len(sheet.lines)} sự kiện.", styles.small),
    ]
    doc.build(story)
    return out.getvalue()
