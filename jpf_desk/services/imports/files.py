"""The two spreadsheets the import hands out: the refused rows with why, and a template.

The refused-rows report repeats each refused row as it was in the file, with its row
number and the reasons in the person's language, so the desk can fix the rows in the
report itself and import it again. Cells are written as text (never as formulas: a
customer's "=..." must not run in a spreadsheet program).
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.import_columns import ENROLMENT_FIELDS, ImportField
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import DEFAULT_LANG, register, render, render_error
from jpf_desk.services.imports.customers import ImportReport
from jpf_desk.services.private_files import write_private

TEMPLATE_FIELDS = (
    ImportField.FAMILY_NAME, ImportField.MIDDLE_NAME, ImportField.GIVEN_NAME,
    ImportField.BIRTH_DATE, ImportField.SEX, ImportField.PHONE, ImportField.EMAIL,
    ImportField.ID_NUMBER, ImportField.ID_EXPIRY, ImportField.ADDRESS, ImportField.NOTES,
    ImportField.GUARDIAN_NAME, ImportField.GUARDIAN_RELATIONSHIP,
    ImportField.GUARDIAN_PHONE, ImportField.GUARDIAN_ID,
    *ENROLMENT_FIELDS,  # optional: left empty, the customer is imported without a class
)

register({
    "import.report_row": {"vi": "Dòng", "fr": "Ligne", "en": "Row"},
    "import.report_reasons": {"vi": "Lý do bị từ chối", "fr": "Motifs du refus",
                              "en": "Why it was refused"},
    "import.template_sheet": {"vi": "Khách hàng", "fr": "Clients", "en": "Customers"},
    "import.save_failed": {
        "vi": "Không ghi được tệp (thư mục không tồn tại, không có quyền ghi hoặc ổ đĩa đầy).",
        "fr": "Impossible d'écrire le fichier (dossier introuvable, pas de droit d'écriture ou disque plein).",
        "en": "The file could not be written (no such folder, no permission, or the disk is full).",
    },
})


def _save(book: Any, path: Path) -> None:
    """Written beside its name and renamed: a full disk never leaves half a report."""
    buffer = io.BytesIO()
    book.save(buffer)
    part = path.with_name(path.name + ".part")
    try:
        write_private(part, buffer.getvalue())  # customers' data: the owner's only
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise ValidationError("import.save_failed", field="path") from exc


def save_refused_rows(report: ImportReport, path: Path, lang: str = DEFAULT_LANG) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([render("import.report_row", lang=lang), *report.headers,
                  render("import.report_reasons", lang=lang)])
    for row in report.refused:
        reasons = " • ".join(render_error(e, lang) for e in row.errors)
        sheet.append([row.row_number, *row.cells, reasons])
        for cell in sheet[sheet.max_row][1:]:
            cell.data_type = "s"  # "=..." stays text, never a formula
            cell.number_format = "@"
    _save(book, path)


def save_template(path: Path, lang: str = DEFAULT_LANG) -> None:
    """An empty sheet whose headers (in `lang`) the import recognises; text columns,
    so Excel keeps the leading 0 of phones and ID numbers."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = render("import.template_sheet", lang=lang)
    sheet.append([label(f, lang) for f in TEMPLATE_FIELDS])
    for column, _f in enumerate(TEMPLATE_FIELDS, start=1):
        letter = openpyxl.utils.get_column_letter(column)
        sheet.column_dimensions[letter].width = 22
        for r in range(2, 502):
            sheet.cell(r, column).number_format = "@"
    sheet.freeze_panes = "A2"
    _save(book, path)
