"""The manager's recovery sheet: the store key as 24 words and as a QR code.

Whoever holds this page can open the store, so it says so at the top and is meant
to be kept locked away, like a safe's spare key. All wording comes in from the
service (already in the user's language); this module only lays it out.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from jpf_desk.printing.layout import (
    MARGIN,
    banner,
    fields_table,
    grid_table,
    make_styles,
    para,
    qr_code,
)


@dataclass(frozen=True)
class RecoverySheet:
    title: str
    warning: str
    centre: str
    made_on: str
    key_id: str
    check: str
    words: tuple[str, ...]
    qr_payload: str
    how_to: tuple[str, ...]
    labels: tuple[str, str, str, str]  # centre, date, key id, check value


def render_recovery_sheet(sheet: RecoverySheet) -> bytes:
    st = make_styles()
    rows = [[f"{i + 1}. {sheet.words[i]}", f"{i + 9}. {sheet.words[i + 8]}",
             f"{i + 17}. {sheet.words[i + 16]}"] for i in range(8)]
    story = [
        para(sheet.title, st.title),
        banner(sheet.warning, st),
        Spacer(1, 3 * mm),
        fields_table(list(zip(sheet.labels, (sheet.centre, sheet.made_on, sheet.key_id,
                                             sheet.check), strict=True)), st, label_width=40 * mm),
        Spacer(1, 3 * mm),
        grid_table(["", "", ""], rows, st, [55 * mm, 55 * mm, 55 * mm]),
        Spacer(1, 4 * mm),
        qr_code(sheet.qr_payload, 45 * mm),
        Spacer(1, 4 * mm),
    ]
    story += [para(line, st.body) for line in sheet.how_to]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=(210 * mm, 297 * mm), leftMargin=MARGIN,
                            rightMargin=MARGIN, topMargin=12 * mm, bottomMargin=14 * mm,
                            title=sheet.title, author="JPF Desk")
    doc.build(story)
    return buffer.getvalue()
