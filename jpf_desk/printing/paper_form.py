"""A blank consent form to fill in by hand on days when the computer is down.

It names the policy version and its SHA-256, gives one "agree / do not agree" pair per
purpose (none pre-ticked), and ends with the full policy text, so that what was signed
can be entered afterwards (method "paper", date signed) with the same proof.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer

from jpf_desk.printing.fonts import REGULAR, register_fonts
from jpf_desk.printing.layout import (
    CONTENT_WIDTH,
    MARGIN,
    fields_table,
    grid_table,
    make_styles,
    para,
    signature_block,
)

BOXES = "☐ Đồng ý     ☐ Không đồng ý"
BLANK = "." * 70


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
    rights: str  # Vietnamese
    policy_text: str


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
        grid_table(["Đối tác", "Mục đích", "Lựa chọn"],
                   [["", "", BOXES], ["", "", BOXES]],
                   st, [55 * mm, CONTENT_WIDTH - 107 * mm, 52 * mm]),
        para("Quyền của khách hàng", st.heading),
        para(form.rights, st.small),
        Spacer(1, 3 * mm),
        fields_table([("Ngày ký", "....../....../.........."),
                      ("Cơ sở", centre_name)], st, label_width=50 * mm),
        signature_block([("Khách hàng", ""), ("Người giám hộ", ""), ("Nhân viên JPF", "")], st),
        PageBreak(),
        para("Văn bản chính sách đã trình bày cho khách hàng", st.heading),
    ]
    story += [para(line, st.small) if line.strip() else Spacer(1, 1.5 * mm)
              for line in form.policy_text.splitlines()]
    buffer = io.BytesIO()

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7)
        canvas.drawRightString(doc.pagesize[0] - MARGIN, 8 * mm,
                               f"Mẫu giấy – chính sách {form.policy_version} – trang {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=(210 * mm, 297 * mm), leftMargin=MARGIN,
                            rightMargin=MARGIN, topMargin=12 * mm, bottomMargin=14 * mm,
                            title="Mẫu đồng ý (bản giấy)", author="JPF Desk")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
