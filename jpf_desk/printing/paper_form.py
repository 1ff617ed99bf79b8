"""A blank consent form to fill in by hand on days when the computer is down.

It names the policy version and its SHA-256, gives one "agree / do not agree" pair per
purpose and per kind of sensitive data (none pre-ticked), asks for each partner whether
the data goes abroad, and ends with the full policy text, so that what was signed can be
entered afterwards (method "paper", date signed) with the same proof. The policy text's
size is chosen so that its last page is not a few stray lines.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate, Spacer

from jpf_desk.printing.fonts import register_fonts
from jpf_desk.printing.layout import (
    CONTENT_WIDTH,
    FRAME_PADDING,
    MARGIN,
    PAGE_HEIGHT,
    fields_table,
    grid_table,
    make_styles,
    numbered_canvas,
    para,
    signature_block,
)

BOXES = "☐ Đồng ý     ☐ Không đồng ý"
ABROAD = "☐ Có   ☐ Không"
BLANK = "." * 70
TOP, BOTTOM = 12 * mm, 14 * mm
FRAME_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM - 2 * FRAME_PADDING
# Sizes tried for the policy text, largest first; never below what the body uses.
TEXT_SIZES = (9.0, 8.8, 8.6, 8.4, 8.2)
MIN_LAST_PAGE = 0.25  # the last page of the policy text is at least a quarter full


@dataclass(frozen=True)
class FormPurpose:
    text: str  # the Vietnamese wording
    required: bool


@dataclass(frozen=True)
class PaperForm:
    """The policy version the form is for, with the words the customer is shown."""

    controller_name: str
    centre_name: str
    policy_version: str
    policy_sha256: str
    purposes: tuple[FormPurpose, ...]
    sensitive_kinds: tuple[str, ...]  # Vietnamese labels of the policy's sensitive kinds
    rights: str  # Vietnamese, with the periods the desk applies
    policy_text: str


def _policy_text(text: str, heading: Flowable) -> list[Flowable]:
    """The policy text in the largest size whose last page is not a few stray lines."""
    regular = register_fonts()[0]
    best: tuple[float, list[Flowable]] | None = None
    for size in TEXT_SIZES:
        style = ParagraphStyle(f"policy{size}", fontName=regular, fontSize=size,
                               leading=size * 1.2, textColor=colors.black)
        flow: list[Flowable] = [heading]
        flow += [para(line, style) if line.strip() else Spacer(1, 1.5 * mm)
                 for line in text.splitlines()]
        height = sum(f.wrap(CONTENT_WIDTH, FRAME_HEIGHT)[1] for f in flow) * 1.04
        pages = height / FRAME_HEIGHT
        last = pages - math.floor(pages)
        if last == 0 or last >= MIN_LAST_PAGE:
            return flow
        if best is None or last > best[0]:
            best = (last, flow)
    assert best is not None
    return best[1]


def render_paper_form(form: PaperForm) -> bytes:
    register_fonts()
    st = make_styles()
    centre_name = form.centre_name
    story = [
        para("MẪU ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN (BẢN GIẤY)", st.title),
        para(f"{form.controller_name} – {centre_name}", st.body),
        para(f"Chính sách {form.policy_version} – SHA-256: {form.policy_sha256}", st.small),
        para("Pháp luật áp dụng: Luật 91/2025/QH15; Nghị định 356/2025/NĐ-CP", st.small),
        para("Khách hàng", st.heading),
        fields_table([
            ("Họ và tên", BLANK), ("Ngày sinh", "....../....../.........."),
            ("Điện thoại / email", BLANK), ("4 số cuối giấy tờ tùy thân", "...................."),
        ], st, label_width=50 * mm),
        para("Dưới 16 tuổi: người giám hộ", st.heading),
        fields_table([
            ("Họ và tên người giám hộ", BLANK), ("Quan hệ với học viên", BLANK),
            ("Điện thoại", BLANK),
            ("Trẻ từ 7 tuổi trở lên đồng ý", "☐ Có     ☐ Không"),
        ], st, label_width=50 * mm),
        para("Mục đích: đánh dấu một ô cho mỗi dòng (không đánh dấu = không đồng ý)",
             st.heading),
        grid_table(
            ["Mục đích", "Lựa chọn"],
            [[p.text + (" (bắt buộc để ghi danh)" if p.required else ""), BOXES]
             for p in form.purposes],
            st, [CONTENT_WIDTH - 52 * mm, 52 * mm],
        ),
        para("Chia sẻ với đối tác (nếu cần cho hồ sơ)", st.heading),
        grid_table(["Đối tác", "Mục đích", "Ra nước ngoài", "Lựa chọn"],
                   [["", "", ABROAD, BOXES], ["", "", ABROAD, BOXES]],
                   st, [48 * mm, CONTENT_WIDTH - 128 * mm, 28 * mm, 52 * mm]),
        para("Dữ liệu nhạy cảm (chỉ xử lý khi có đồng ý riêng cho từng loại)", st.heading),
        grid_table(["Loại dữ liệu nhạy cảm", "Lựa chọn"],
                   [[kind, BOXES] for kind in form.sensitive_kinds],
                   st, [CONTENT_WIDTH - 52 * mm, 52 * mm], padding=1),
        para("Quyền của khách hàng", st.heading),
        para(form.rights, st.rights),
        Spacer(1, 2 * mm),
        fields_table([("Ngày ký", "....../....../.........."),
                      ("Cơ sở", centre_name)], st, label_width=50 * mm),
        signature_block([("Khách hàng (từ 7 tuổi)", ""), ("Người giám hộ", ""),
                         ("Nhân viên JPF", "")], st, space=10 * mm),
        PageBreak(),
    ]
    story += _policy_text(form.policy_text,
                          para("Văn bản chính sách đã trình bày cho khách hàng", st.heading))
    buffer = io.BytesIO()

    label = f"Mẫu giấy – chính sách {form.policy_version} – trang {{page}}/{{pages}}"
    doc = SimpleDocTemplate(buffer, pagesize=(210 * mm, 297 * mm), leftMargin=MARGIN,
                            rightMargin=MARGIN, topMargin=TOP, bottomMargin=BOTTOM,
                            title="Mẫu đồng ý (bản giấy)", author="JPF Desk")
    doc.build(story, canvasmaker=numbered_canvas(label))
    return buffer.getvalue()
