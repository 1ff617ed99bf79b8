"""Importing customers from a spreadsheet: preview, check every row, then write or not.

Never a half-import: the rows are checked and written in one transaction, and either
every row must be good (ALL_OR_NOTHING, the default) or the person chose explicitly
to take the good rows and leave the refused ones (GOOD_ROWS); a cancel or a failure
at any point leaves the store as it was. Imported customers get no consent event:
they appear in the "consent to collect" list until the desk asks them. The optional
enrolment columns are checked and written with their row (services/imports/enrolments.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.import_cells import cell_text
from jpf_desk.domain.import_columns import ImportField, guess_mapping
from jpf_desk.domain.import_modes import ImportMode
from jpf_desk.domain.messages import register
from jpf_desk.domain.staff import Action
from jpf_desk.services.bulk import insert_rows, row_values
from jpf_desk.services.customers.input import ValidCustomer
from jpf_desk.services.customers.records import apply_values, guardian_rows
from jpf_desk.services.desk import Desk
from jpf_desk.services.imports.duplicates import duplicate_error, store_index
from jpf_desk.services.imports.enrolments import (
    ClassIndex,
    EnrolmentPlan,
    check_enrolment,
    uses_enrolments,
    write_enrolments,
)
from jpf_desk.services.imports.rows import check_row
from jpf_desk.services.imports.sheets import Sheet, read_sheet
from jpf_desk.services.staff import permissions
from jpf_desk.store.base import new_id
from jpf_desk.store.models import Customer, Guardian

WRITE_CHUNK = 2000
PREVIEW_ROWS = 5

register({
    "import.no_name_column": {
        "vi": "Chưa chọn cột họ tên: hãy chọn cột \"Họ và tên\" hoặc \"Tên\".",
        "fr": "Aucune colonne de nom : choisissez la colonne « Nom complet » ou « Prénom ».",
        "en": "No name column: choose the \"Full name\" or \"Given name\" column.",
    },
    "import.column_missing": {
        "vi": "Cột được chọn không có trong tệp.",
        "fr": "La colonne choisie n'existe pas dans le fichier.",
        "en": "The chosen column is not in the file.",
    },
})


@dataclass(frozen=True)
class ImportPreview:
    """What the mapping screen shows: headers, the guessed columns, the first rows."""

    headers: tuple[str, ...]
    mapping: dict[ImportField, int]
    sample: tuple[tuple[str, ...], ...]
    total_rows: int


@dataclass(frozen=True)
class RefusedRow:
    row_number: int  # as the spreadsheet shows it
    cells: tuple[str, ...]
    errors: tuple[DomainError, ...]


@dataclass(frozen=True)
class ImportReport:
    headers: tuple[str, ...]
    total_rows: int
    refused: tuple[RefusedRow, ...]
    converted_phones: int
    applied: bool  # False on a dry run, and when ALL_OR_NOTHING met a refused row
    customer_ids: tuple[str, ...]  # written (empty unless applied)
    enrolment_ids: tuple[str, ...] = ()  # written from the optional class column

    @property
    def good_rows(self) -> int:
        return self.total_rows - len(self.refused)


def preview_file(path: Path, rows: int = PREVIEW_ROWS) -> ImportPreview:
    sheet = read_sheet(path)
    return ImportPreview(
        headers=sheet.headers, mapping=guess_mapping(sheet.headers),
        sample=tuple(tuple(cell_text(v) for v in r) for r in sheet.rows[:rows]),
        total_rows=len(sheet.rows),
    )


def _check_mapping(sheet: Sheet, mapping: Mapping[ImportField, int]) -> None:
    if ImportField.FULL_NAME not in mapping and ImportField.GIVEN_NAME not in mapping:
        raise ValidationError("import.no_name_column", field="mapping")
    if any(not 0 <= column < len(sheet.headers) for column in mapping.values()):
        raise ValidationError("import.column_missing", field="mapping")


def _write(session: Session, desk: Desk, good: list[ValidCustomer],
           step: Callable[[int], None]) -> list[str]:
    """Bulk inserts (with their outbox rows) in chunks, checking for cancel between them."""
    ids: list[str] = []
    for start in range(0, len(good), WRITE_CHUNK):
        customers, guardians = [], []
        for valid in good[start:start + WRITE_CHUNK]:
            row = Customer(id=new_id())
            apply_values(row, valid)
            customers.append(row_values(row, desk))
            guardians += [row_values(g, desk) for g in guardian_rows(row.id, valid)]
        insert_rows(session, Customer, customers)
        insert_rows(session, Guardian, guardians)
        ids += [c["id"] for c in customers]
        step(len(customers))
    return ids


def import_customers(
    desk: Desk, path: Path, *, mapping: Mapping[ImportField, int] | None = None,
    apply: bool = False, mode: ImportMode = ImportMode.ALL_OR_NOTHING,
    today: date | None = None,
    progress: Callable[[int, int], None] = lambda done, total: None,
    check: Callable[[], None] = lambda: None,
) -> ImportReport:
    """Check every row of the file (a dry run), and with `apply` write the good ones.

    `mapping` defaults to the columns guessed from the headers. `check` is called
    between rows and between written chunks; whatever it raises (the window's
    Cancelled) stops the import with nothing written.
    """
    day = today or today_vn()
    permissions.check_desk(desk, Action.IMPORT_CUSTOMERS)  # a dry run too: it reads the store
    sheet = read_sheet(path)
    columns = dict(mapping) if mapping is not None else guess_mapping(sheet.headers)
    _check_mapping(sheet, columns)
    total = len(sheet.rows)
    steps = total * (2 if apply else 1)
    refused: list[RefusedRow] = []
    good: list[ValidCustomer] = []
    plans: list[EnrolmentPlan | None] = []  # one per good row
    converted = 0
    with desk.tx() as session:
        index = store_index(session)
        classes = ClassIndex(session) if uses_enrolments(columns) else None
        for i, (cells, number) in enumerate(zip(sheet.rows, sheet.row_numbers, strict=True)):
            if i % 200 == 0:
                check()
                progress(i, steps)
            outcome = check_row(cells, columns, day)
            errors = list(outcome.errors)
            plan, enrolment_errors = (check_enrolment(cells, columns, classes, day)
                                      if classes is not None else (None, []))
            errors += enrolment_errors
            if outcome.valid is not None:
                where = index.find(outcome.valid)
                if where is not None:
                    errors.append(duplicate_error(where))
                elif not enrolment_errors:
                    index.add_valid(outcome.valid, number)
                    good.append(outcome.valid)
                    plans.append(plan)
                    converted += any(w.code == "phone.converted" for w in outcome.warnings)
            if errors:
                refused.append(RefusedRow(number, tuple(cell_text(v) for v in cells),
                                          tuple(errors)))
        check()
        progress(total, steps)
        ids: list[str] = []
        enrolment_ids: list[str] = []
        writing = bool(apply and good and (mode is ImportMode.GOOD_ROWS or not refused))
        if writing:
            done = [total]

            def step(n: int) -> None:
                done[0] += n
                progress(done[0], steps)
                check()

            ids = _write(session, desk, good, step)
            planned = [(cid, p) for cid, p in zip(ids, plans, strict=True) if p is not None]
            enrolment_ids = write_enrolments(session, desk, planned, day)
            check()
    return ImportReport(
        headers=sheet.headers, total_rows=total, refused=tuple(refused),
        converted_phones=converted, applied=writing, customer_ids=tuple(ids),
        enrolment_ids=tuple(enrolment_ids),
    )
