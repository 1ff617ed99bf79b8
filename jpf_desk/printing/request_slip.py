"""The acknowledgement slip handed to the customer when a request is received.

It says what was asked, when it was received, and the date by which JPF answers
(Decree 356/2025 Art. 5), so the customer holds JPF to its deadline.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from jpf_desk.domain.dates import format_date
from jpf_desk.printing.layout import para
from jpf_desk.printing.request_common import CONTROLLER, LAW, make_styles, pairs_table

MARGIN = 12 * mm


@dataclass(frozen=True)
class RequestSlip:
    number: str
    customer_name: str
    kind: str  # labelled
    channel: str  # labelled
    received_on: date
    acknowledge_due: date
    answer_due: date
    fields: tuple[str, ...]  # labelled fields to correct
    purposes: tuple[str, ...]  # labelled purposes concerned
    extension_days: int
    extension_reason: str
    centre_name: str
    printed_at_text: str
    staff_name: str
    counting_rule: str = ""  # how the answer date was counted, in words


def build_slip(request: RequestSlip) -> bytes:
    styles = make_styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A5, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=f"Phiếu tiếp nhận yêu cầu {request.number}")
    width = A5[0] - 2 * MARGIN
    rows = [
        ("Số yêu cầu", request.number),
        ("Khách hàng", request.customer_name),
        ("Nội dung yêu cầu", request.kind),
        ("Hình thức gửi", request.channel),
        ("Ngày nhận", format_date(request.received_on)),
        # "Chậm nhất ngày": the due date itself is still in time ("trước ngày" read a
        # day early).
        ("Xác nhận chậm nhất ngày", format_date(request.acknowledge_due)),
        ("JPF trả lời chậm nhất ngày", format_date(request.answer_due)),
    ]
    if request.counting_rule:
        rows.append(("Cách tính hạn", request.counting_rule))
    if request.fields:
        rows.append(("Thông tin cần sửa", ", ".join(request.fields)))
    if request.purposes:
        rows.append(("Mục đích liên quan", ", ".join(request.purposes)))
    if request.extension_days:
        rows.append(("Gia hạn", f"{request.extension_days} ngày: {request.extension_reason}"))
    story = [
        para("PHIẾU TIẾP NHẬN YÊU CẦU VỀ DỮ LIỆU CÁ NHÂN", styles.title),
        para(f"{CONTROLLER} — {request.centre_name}", styles.small),
        Spacer(1, 4 * mm),
        pairs_table(rows, styles, width),
        Spacer(1, 4 * mm),
        para("Thời hạn tính từ ngày nhận yêu cầu theo " + LAW + " (Điều 5 Nghị định). "
             "JPF chỉ gia hạn một lần và sẽ báo lý do bằng văn bản; nếu từ chối, JPF trả lời "
             "bằng văn bản kèm lý do.", styles.small),
        Spacer(1, 8 * mm),
        para(f"Nhân viên tiếp nhận: {request.staff_name}", styles.body),
        para(f"In lúc: {request.printed_at_text}", styles.small),
    ]
    doc.build(story)
    return out.getvalue()
