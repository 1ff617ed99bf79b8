"""A class's attendance sheet (danh sách lớp – điểm danh), A4 landscape.

One row per student holding a seat, one empty box per session for the teacher's tick;
the sessions carry their dates when the schedule names its weekdays. Words in the
sheet's `lang`; the schedule is printed as the class stores it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from jpf_desk.printing.fonts import register_fonts
from jpf_desk.printing.layout import fields_table, grid_table, make_styles, numbered_canvas, para
from jpf_desk.printing.words import pick_words

MARGIN = 12 * mm
WIDTH = landscape(A4)[0] - 2 * MARGIN - 12

WORDS = {
    "title": ("DANH SÁCH LỚP {code} – ĐIỂM DANH", "LISTE DE LA CLASSE {code} – PRÉSENCES",
              "CLASS {code} – ATTENDANCE LIST"),
    "doc_name": ("Danh sách lớp {code}", "Liste de la classe {code}", "Class list {code}"),
    "foot_name": ("Lớp {code}", "Classe {code}", "Class {code}"),
    "course": ("Khóa học", "Cours", "Course"),
    "room": ("Phòng", "Salle", "Room"),
    "teacher": ("Giáo viên", "Enseignant", "Teacher"),
    "schedule": ("Lịch học", "Horaire", "Schedule"),
    "period": ("Thời gian", "Période", "Period"),
    "headcount": ("Sĩ số", "Effectif", "Students"),
    "row_no": ("STT", "N°", "#"),  # the column is narrow: the short forms
    "name": ("Họ và tên", "Nom complet", "Full name"),
    "birth": ("Ngày sinh", "Naissance", "Born"),
    "printed_at": ("In lúc", "Imprimé le", "Printed at"),
    "page": ("trang", "page", "page"),
}


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
    lang: str = "vi"


def attendance_story(sheet: AttendanceSheet) -> list[Flowable]:
    st, w = make_styles(), pick_words(WORDS, sheet.lang)
    fixed = [9 * mm, 62 * mm, 22 * mm]
    box = (WIDTH - sum(fixed)) / max(1, len(sheet.session_headers))
    rows = [[str(n), name, birth, *[""] * len(sheet.session_headers)]
            for n, (name, birth) in enumerate(sheet.students, start=1)]
    return [
        para(sheet.centre_name, st.body_bold),
        para(w["title"].format(code=sheet.class_code), st.title),
        fields_table([(w["course"], sheet.course_name), (w["room"], sheet.room),
                      (w["teacher"], sheet.teacher), (w["schedule"], sheet.schedule),
                      (w["period"], sheet.period_text),
                      (w["headcount"], str(len(sheet.students)))], st, label_width=28 * mm,
                     width=140 * mm),
        Spacer(1, 3 * mm),
        grid_table([w["row_no"], w["name"], w["birth"], *sheet.session_headers], rows, st,
                   [*fixed, *[box] * len(sheet.session_headers)], padding=4),
        Spacer(1, 2 * mm),
        para(f"{w['printed_at']}: {sheet.printed_at_text}", st.small),
    ]


def render_attendance_sheet(sheet: AttendanceSheet) -> bytes:
    register_fonts()
    w = pick_words(WORDS, sheet.lang)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=w["doc_name"].format(code=sheet.class_code), author="JPF Desk")
    doc.build(attendance_story(sheet), canvasmaker=numbered_canvas(
        f"{w['foot_name'].format(code=sheet.class_code)} – {w['page']} {{page}}/{{pages}}"))
    return out.getvalue()
