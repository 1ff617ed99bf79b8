"""The access report: everything JPF holds about a person, as a PDF for the person.

One heading per section of the report the rights service assembles; an item is a small
label/value table, or a line of a grid when the section lists many similar items.
The sheet's own words follow its `lang`; the sections come in already in that language.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from jpf_desk.printing.layout import LIGHT, para
from jpf_desk.printing.request_common import (
    CONTROLLER,
    Styles,
    law_words,
    make_styles,
    pairs_table,
)
from jpf_desk.printing.words import pick_words

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
GRID_MAX_COLUMNS = 6

Pairs = tuple[tuple[str, str], ...]

WORDS = {
    "doc_title": ("Báo cáo dữ liệu cá nhân JPF đang lưu giữ",
                  "Relevé des données personnelles détenues par JPF",
                  "Report of the personal data JPF holds"),
    "title": ("DỮ LIỆU CÁ NHÂN JPF ĐANG LƯU GIỮ", "DONNÉES PERSONNELLES DÉTENUES PAR JPF",
              "PERSONAL DATA HELD BY JPF"),
    "about": ("Về: {name}", "Concernant : {name}", "About: {name}"),
    "made_at": ("Lập lúc {at} theo quyền truy cập dữ liệu ({law}).",
                "Établi le {at} au titre du droit d'accès aux données ({law}).",
                "Made on {at} under the right of access to data ({law})."),
    "no_data": ("Không có dữ liệu.", "Aucune donnée.", "No data."),
}


@dataclass(frozen=True)
class ReportSection:
    title: str
    items: tuple[Pairs, ...]  # each item: (label, value) pairs in display order
    note: str = ""


@dataclass(frozen=True)
class AccessReportSheet:
    customer_name: str
    centre_name: str
    generated_at: str  # formatted
    sections: tuple[ReportSection, ...]
    lang: str = "vi"


CELL_PADDING = 12  # points: a table cell's left and right padding together


def _column_widths(section: ReportSection, header: list[str], styles: Styles) -> list[float]:
    """Equal shares of the page, but never narrower than a column's longest word: a
    request number ("HN-KM-2026-7F3A2C-0001") is cut at no hyphen."""
    font, size = styles.body.fontName, styles.body.fontSize
    items = [item for item in section.items if [label for label, _ in item] == header]
    longest = [max((stringWidth(word, font, size) for item in items
                    for word in item[n][1].split()), default=0.0) + CELL_PADDING
               for n in range(len(header))]
    spare = max(WIDTH - sum(longest), 0.0)
    share = WIDTH / len(header)
    wanted = [max(share - width, 0.0) for width in longest]
    total = sum(wanted) or 1.0
    return [width + spare * extra / total for width, extra in zip(longest, wanted, strict=True)]


def _grid(section: ReportSection, styles: Styles) -> Table:
    header = [label for label, _ in section.items[0]]
    rows = [[para(h, styles.bold) for h in header]]
    rows += [[para(value, styles.body) for _, value in item] for item in section.items
             if [label for label, _ in item] == header]
    table = Table(rows, colWidths=_column_widths(section, header, styles), repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
    ]))
    return table


def _section(section: ReportSection, styles: Styles, no_data: str) -> list[Flowable]:
    story: list[Flowable] = [para(section.title, styles.heading)]
    if not section.items:
        return [*story, para(no_data, styles.small)]
    shapes = {tuple(label for label, _ in item) for item in section.items}
    if len(shapes) == 1 and len(section.items) > 1 and len(section.items[0]) <= GRID_MAX_COLUMNS:
        story.append(_grid(section, styles))
    else:
        for item in section.items:
            story += [KeepTogether(pairs_table(list(item), styles, WIDTH)), Spacer(1, 2 * mm)]
    if section.note:
        story.append(para(section.note, styles.small))
    return story


def build_access_report(report: AccessReportSheet) -> bytes:
    styles, w = make_styles(), pick_words(WORDS, report.lang)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=w["doc_title"])
    story: list[Flowable] = [
        para(w["title"], styles.title),
        para(w["about"].format(name=report.customer_name), styles.bold),
        para(f"{CONTROLLER} — {report.centre_name}", styles.small),
        para(w["made_at"].format(at=report.generated_at, law=law_words(report.lang)),
             styles.small),
    ]
    for section in report.sections:
        story += _section(section, styles, w["no_data"])
    doc.build(story)
    return out.getvalue()
