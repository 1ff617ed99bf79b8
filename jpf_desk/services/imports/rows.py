"""One spreadsheet row → the intake form's input → the intake validation.

The row goes through `services.customers.input.validate` exactly as a typed form does,
so names, phones (old 11-digit mobiles too), ID documents and the guardian rule of
minors are checked by the same code; only the cell mangling is undone here first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from jpf_desk.domain.errors import DomainError, DomainWarning
from jpf_desk.domain.id_documents import IdKind
from jpf_desk.domain.import_cells import (
    Cell,
    cell_date,
    cell_id_number,
    cell_relationship,
    cell_sex,
    cell_text,
)
from jpf_desk.domain.import_columns import ImportField
from jpf_desk.services.customers.input import (
    CustomerInput,
    GuardianInput,
    IntakeInvalid,
    ValidCustomer,
    validate,
)

ColumnMap = Mapping[ImportField, int]


@dataclass(frozen=True)
class RowOutcome:
    """A row ready to store (`valid`), or the reasons it was refused (`errors`)."""

    valid: ValidCustomer | None
    errors: tuple[DomainError, ...]
    warnings: tuple[DomainWarning, ...]


def id_kind_of(number: str) -> str:
    """The kind of an ID number from its shape: a letter then digits is a passport."""
    if number[:1].isalpha():
        return IdKind.PASSPORT.value
    if len(number) == 9:
        return IdKind.CMND.value
    return IdKind.CCCD.value


def _name_parts(full: str) -> tuple[str, str, str]:
    """Family, middle and given name of a name written in one cell (family first)."""
    words = full.split(" ")
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def to_input(cells: Sequence[Cell], mapping: ColumnMap) -> tuple[CustomerInput, list[DomainError]]:
    """The form input of a row, with the cell errors found on the way (bad dates...)."""
    errors: list[DomainError] = []

    def get(f: ImportField) -> Cell:
        column = mapping.get(f)
        return cells[column] if column is not None and column < len(cells) else None

    def text(f: ImportField) -> str:
        return cell_text(get(f))

    def convert(fn: Callable[[], str]) -> str:
        try:
            return fn()
        except DomainError as err:
            errors.append(err)
            return ""

    data = CustomerInput(
        family_name=text(ImportField.FAMILY_NAME), middle_name=text(ImportField.MIDDLE_NAME),
        given_name=text(ImportField.GIVEN_NAME), full_name=text(ImportField.FULL_NAME),
        phone=cell_text(get(ImportField.PHONE)), email=text(ImportField.EMAIL),
        address_as_written=text(ImportField.ADDRESS), notes=text(ImportField.NOTES),
    )
    if data.full_name and not (data.given_name or data.family_name):
        data.family_name, data.middle_name, data.given_name = _name_parts(data.full_name)
    try:
        data.birth_date = cell_date(get(ImportField.BIRTH_DATE))
    except DomainError as err:
        errors.append(err)
    try:
        data.id_expiry = cell_date(get(ImportField.ID_EXPIRY), field="id_expiry")
    except DomainError as err:
        errors.append(err)
    data.sex = convert(lambda: cell_sex(get(ImportField.SEX)))
    data.id_number = cell_id_number(get(ImportField.ID_NUMBER))
    data.id_kind = id_kind_of(data.id_number) if data.id_number else ""
    guardian_name = text(ImportField.GUARDIAN_NAME)
    if guardian_name:
        guardian_id = cell_id_number(get(ImportField.GUARDIAN_ID))
        data.guardians.append(GuardianInput(
            full_name=guardian_name,
            relationship=convert(lambda: cell_relationship(get(ImportField.GUARDIAN_RELATIONSHIP))),
            phone=cell_text(get(ImportField.GUARDIAN_PHONE)),
            id_kind=id_kind_of(guardian_id) if guardian_id else "", id_number=guardian_id,
        ))
    return data, errors


def check_row(cells: Sequence[Cell], mapping: ColumnMap, today: date) -> RowOutcome:
    """The intake validation of one row; every problem of the row at once."""
    data, errors = to_input(cells, mapping)
    try:
        valid = validate(data, today)
    except IntakeInvalid as invalid:
        # A cell already refused (a date that is no date) is not reported twice.
        known = {e.field for e in errors}
        errors += [e for e in invalid.errors if e.field not in known]
        return RowOutcome(None, tuple(errors), ())
    if errors:
        return RowOutcome(None, tuple(errors), ())
    return RowOutcome(valid, (), valid.warnings)

