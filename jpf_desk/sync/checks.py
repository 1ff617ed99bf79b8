"""What a desk checks in every row it pulls, before any of it touches the store.

Head office is not trusted blindly (issue 12): a row must name a table this version
syncs, carry its own row id inside its data, have every column of the right type and
within bounds, belong to this desk's centre (or be shared or reference data) and stay
under MAX_ROW_BYTES. A row failing any check is quarantined by the inbox with the
reason; the rest of the page applies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import Column, String, Table

from jpf_desk.domain.sync_inbox import SetAsideReason
from jpf_desk.store.base import SHARED_CENTRE, UtcDateTime
from jpf_desk.sync.head_office.migrations import REFERENCE_TABLES
from jpf_desk.sync.limits import MAX_ROW_BYTES
from jpf_desk.sync.protocol import PulledRow
from jpf_desk.sync.rows import SyncedTable, python_type

BIGGEST_INT = 2**63 - 1

Verdict = tuple[SetAsideReason, str] | None  # (reason, column or ""), None when good


def _is_text(value: Any, length: int | None) -> bool:
    return isinstance(value, str) and (length is None or len(value) <= length) \
        and "\x00" not in value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) \
        and -BIGGEST_INT <= value <= BIGGEST_INT


def _parses(parse: Callable[[str], object]) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        if not isinstance(value, str) or len(value) > 40:
            return False
        try:
            parse(value)
        except ValueError:
            return False
        return True
    return check


def _is_decimal(value: Any) -> bool:
    if not isinstance(value, str | int) or isinstance(value, bool) or len(str(value)) > 40:
        return False
    try:
        return Decimal(value).is_finite()
    except InvalidOperation:
        return False


def _is_hex(value: Any) -> bool:
    return isinstance(value, str) and len(value) % 2 == 0 and _parses(bytes.fromhex)(value)


def _is_float(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) \
        and abs(value) < float("inf")


def _checker(column: Column[Any]) -> Callable[[Any], bool]:
    """The test one column's JSON value must pass (mirrors rows._from_json)."""
    if isinstance(column.type, UtcDateTime):
        return _parses(datetime.fromisoformat)
    wanted = python_type(column.type)
    if wanted is str:
        length = column.type.length if isinstance(column.type, String) else None
        return lambda value: _is_text(value, length)
    if wanted is bool:
        return lambda value: isinstance(value, bool)
    if wanted is int:
        return _is_int
    if wanted is datetime:
        return _parses(datetime.fromisoformat)
    if wanted is date:
        return _parses(date.fromisoformat)
    if wanted is Decimal:
        return _is_decimal
    if wanted is bytes:
        return _is_hex
    if wanted is float:
        return _is_float
    return lambda value: True  # a type this generic layer does not convert


@dataclass(frozen=True)
class _ColumnRule:
    name: str
    check: Callable[[Any], bool]
    nullable: bool
    required: bool  # must be present: no default would fill it in
    text_length: int  # a text column: its length limit (0: none); -1 for other types


@cache
def _rules(table: Table) -> tuple[_ColumnRule, ...]:
    rules = []
    for column in table.columns:
        has_default = column.default is not None or column.server_default is not None
        text = python_type(column.type) is str and not isinstance(column.type, UtcDateTime)
        length = (column.type.length or 0) if isinstance(column.type, String) else 0
        rules.append(_ColumnRule(column.name, _checker(column), bool(column.nullable),
                                 not column.nullable and not has_default,
                                 length if text else -1))
    return tuple(rules)


def check_row(tables: dict[str, SyncedTable], row: PulledRow, centre_id: str) -> Verdict:
    """Why `row` must be set aside, or None when it may be applied."""
    spec = tables.get(row.table_name)
    if spec is None:
        return SetAsideReason.UNKNOWN_TABLE, ""
    if row.size > MAX_ROW_BYTES:
        return SetAsideReason.TOO_LARGE, ""
    if not _is_text(row.row_id, 36) or not row.row_id:
        return SetAsideReason.BAD_VALUE, "id"
    if row.centre_id not in (centre_id, SHARED_CENTRE) and row.table_name not in \
            REFERENCE_TABLES:
        return SetAsideReason.OTHER_CENTRE, ""
    if row.deleted:
        return None  # a tombstone carries no data to check
    data = row.data
    if not isinstance(data, dict):
        return SetAsideReason.NOT_AN_OBJECT, ""
    if data.get("id") != row.row_id:
        return SetAsideReason.ID_MISMATCH, "id"
    if data.get("centre_id") != row.centre_id:
        return SetAsideReason.OTHER_CENTRE, "centre_id"
    missing = _MISSING
    for rule in _rules(spec.table):
        value = data.get(rule.name, missing)
        if value is None or value is missing:
            if rule.required if value is missing else not rule.nullable:
                return SetAsideReason.MISSING_VALUE, rule.name
        elif rule.text_length >= 0 and type(value) is str:  # the usual case, inline
            if (rule.text_length and len(value) > rule.text_length) or "\x00" in value:
                return SetAsideReason.BAD_VALUE, rule.name
        elif not rule.check(value):
            return SetAsideReason.BAD_VALUE, rule.name
    return None


_MISSING = object()
