"""Reading a centre's spreadsheet (.xlsx or .csv) into a header and rows of cells.

Hand-made sheets start with a title, merge header cells ("Liên hệ" over "Điện thoại"
and "Email", "Họ tên" over two header rows) and leave blank rows: merged ranges are
filled with their value, and the header is the row among the first few that names the
most columns we know, not blindly the first.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.import_cells import Cell, cell_text
from jpf_desk.domain.import_columns import guess_mapping
from jpf_desk.domain.messages import register

HEADER_SEARCH_ROWS = 10
_CSV_ENCODINGS = ("utf-8-sig", "cp1258", "latin-1")

register({
    "import.file_kind": {
        "vi": "Chỉ nhập được tệp .xlsx hoặc .csv.",
        "fr": "Seuls les fichiers .xlsx ou .csv peuvent être importés.",
        "en": "Only .xlsx or .csv files can be imported.",
    },
    "import.file_unreadable": {
        "vi": "Không đọc được tệp (tệp hỏng, đang mở ở chương trình khác hoặc không tồn tại).",
        "fr": "Le fichier est illisible (endommagé, ouvert ailleurs ou introuvable).",
        "en": "The file cannot be read (damaged, open elsewhere or missing).",
    },
    "import.file_empty": {
        "vi": "Tệp không có dòng tiêu đề hoặc không có dữ liệu.",
        "fr": "Le fichier n'a pas de ligne d'en-tête ou pas de données.",
        "en": "The file has no header row or no data.",
    },
})


@dataclass(frozen=True)
class Sheet:
    """The header and the data rows under it; `row_numbers` as the spreadsheet shows them."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    row_numbers: tuple[int, ...]


# What openpyxl raises on a damaged or foreign file that merely ends in .xlsx.
_BROKEN_XLSX = (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError,
                TypeError, AttributeError, IndexError, ElementTree.ParseError)


def _xlsx_rows(path: Path) -> list[tuple[int, list[Cell]]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, data_only=True)
    except (InvalidFileException, *_BROKEN_XLSX) as exc:
        raise ValidationError("import.file_unreadable", field="path") from exc
    if not book.worksheets:
        raise ValidationError("import.file_empty", field="path")
    sheet = book.worksheets[0]
    filled: dict[int, list[tuple[int, Cell]]] = {}
    for merged in sheet.merged_cells.ranges:
        value = sheet.cell(merged.min_row, merged.min_col).value
        for r in range(merged.min_row, merged.max_row + 1):
            filled.setdefault(r, []).extend(
                (c, value) for c in range(merged.min_col, merged.max_col + 1))
    rows: list[tuple[int, list[Cell]]] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        row: list[Cell] = list(values)
        for c, value in filled.get(number, ()):
            if c <= len(row):
                row[c - 1] = value
        rows.append((number, row))
    book.close()
    return rows


def _decode(raw: bytes) -> str:
    for encoding in _CSV_ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError("import.file_unreadable", field="path")


def _csv_rows(path: Path) -> list[tuple[int, list[Cell]]]:
    try:
        text = _decode(path.read_bytes())
    except OSError as exc:
        raise ValidationError("import.file_unreadable", field="path") from exc
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        return [(reader.line_num, list[Cell](row)) for row in reader]
    except csv.Error as exc:  # a NUL byte, a field over the size limit
        raise ValidationError("import.file_unreadable", field="path") from exc


def _is_blank(row: list[Cell]) -> bool:
    return all(not cell_text(v) for v in row)


def _header_index(rows: list[tuple[int, list[Cell]]]) -> int:
    """The row among the first few naming the most known columns (a title or a row of
    merged group headings above it names fewer)."""
    best, best_score = -1, 0
    for i, (_n, row) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = len(guess_mapping([cell_text(v) for v in row]))
        if score > best_score:
            best, best_score = i, score
    if best >= 0:
        return best
    for i, (_n, row) in enumerate(rows):
        if not _is_blank(row):
            return i
    raise ValidationError("import.file_empty", field="path")


def read_sheet(path: Path) -> Sheet:
    """The first worksheet of an .xlsx, or a .csv (UTF-8, or Windows Vietnamese)."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        raw = _xlsx_rows(path)
    elif suffix == ".csv":
        raw = _csv_rows(path)
    else:
        raise ValidationError("import.file_kind", field="path")
    at = _header_index(raw)
    headers = [cell_text(v) for v in raw[at][1]]
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise ValidationError("import.file_empty", field="path")
    width = len(headers)
    body = [(n, row) for n, row in raw[at + 1:] if not _is_blank(row)]
    return Sheet(
        headers=tuple(headers),
        rows=tuple(tuple((row + [None] * width)[:width]) for _n, row in body),
        row_numbers=tuple(n for n, _row in body),
    )
