"""A class's attendance sheet (danh sách lớp – điểm danh), A4 landscape.

One row per student holding a seat, one empty box per session for the teacher's tick;
the sessions carry their dates when the schedule names its weekdays.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from jpf_desk.printing.fonts import register_fonts
from jpf_desk.printing.layout import fields_table, grid_table, make_styles, numbered_canvas, para

MARGIN = 12 * mm
WIDTH = landscape(A4)[0] - 2 * MARGIN - 12


@dataclass(frozen=True)
class AttendanceSheet:
    centre_name: str
    class_code: str
    course_name: str
    room: str
    teacher: str
    schedule: str
    period_text: str
    students: tuple[tuple[str, str], ...]  # (full name, date of birth as printed)
    session_headers: tuple[str, ...]  # "01/12" or "" for an undated session
    printed_at_text: str


def attendance_story(sheet: AttendanceSheet) -> list[Flowable]:
    st = make_styles()
    fixed = [9 * mm, 62 * mm, 22 * mm]
    box = (WIDTH - sum(fixed)) / max(1, len(sheet.session_headers))
    rows = [[str(n), name, birth, *[""] * len(sheet.session_headers)]
            for n, (name, birth) in enumerate(sheet.students, start=1)]
    return [
        para(sheet.centre_name, st.body_bold),
        para(f"DANH SÁCH LỚP {sheet.class_code} – ĐIỂM DANH", st.title),
        fields_table([("Khóa học", sheet.course_name), ("Phòng", sheet.room),
                      ("Giáo viên", sheet.teacher), ("Lịch học", sheet.schedule),
                      ("Thời gian", sheet.period_text),
                      ("Sĩ số", str(len(sheet.students)))], st, label_width=28 * mm,
                     width=140 * mm),
        Spacer(1, 3 * mm),
        grid_table(["STT", "Họ và tên", "Ngày sinh", *sheet.session_headers], rows, st,
                   [*fixed, *[box] * len(sheet.session_headers)], padding=4),
        Spacer(1, 2 * mm),
        para(f"In lúc: {sheet.printed_at_text}", st.small),
    ]


def render_attendance_sheet(sheet: AttendanceSheet) -> bytes:
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=f"Danh sách lớp {sheet.class_code}", author="JPF Desk")
    doc.build(attendance_story(sheet), canvasmaker=numbered_canvas(
        f"Lớp {sheet.class_code} – trang {{page}}/{{pages}}"))
    return out.getvalue()
