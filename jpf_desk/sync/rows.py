"""Any synced local table, by name, to and from plain JSON-ready dicts.

Generic through the SQLAlchemy mapper registry, so a table added by a new feature syncs
without a line here and without a head-office schema change: dates and datetimes travel
as ISO strings, everything else as JSON scalars.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Table, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.type_api import TypeEngine

from jpf_desk.store import models as _models  # noqa: F401 - registers every table
from jpf_desk.store.base import Base, Tracked, UtcDateTime

CHUNK = 500  # ids per IN (...) query: well under SQLite's variable limit


@dataclass(frozen=True)
class SyncedTable:
    name: str
    table: Table
    append_only: bool


def synced_tables() -> dict[str, SyncedTable]:
    """Every mapped Tracked class with `__sync__`, by table name."""
    found: dict[str, SyncedTable] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if not issubclass(cls, Tracked) or not cls.__sync__:
            continue
        table = mapper.local_table
        assert isinstance(table, Table)
        found[table.name] = SyncedTable(table.name, table, bool(cls.__append_only__))
    return found


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def python_type(sa_type: TypeEngine[Any]) -> type | None:
    try:
        return sa_type.python_type
    except NotImplementedError:
        return None


def _from_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, UtcDateTime):
        moment = datetime.fromisoformat(value)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    wanted = python_type(column.type)
    if wanted is datetime:
        return datetime.fromisoformat(value)
    if wanted is date:
        return date.fromisoformat(value)
    if wanted is Decimal:
        return Decimal(value)
    if wanted is bytes:
        return bytes.fromhex(value)
    return value


def row_to_data(table: Table, row: Mapping[Any, Any]) -> dict[str, Any]:
    return {col.name: _to_json(row[col.name]) for col in table.columns}


def data_to_row(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """Column values for the local table; keys this version does not know are dropped."""
    return {col.name: _from_json(col, data[col.name]) for col in table.columns
            if col.name in data}


def _json_expr(column: Column[Any], alias: str = "") -> str:
    """SQLite expression giving the column's value as `row_to_data` would (ISO dates)."""
    name = f'{alias}."{column.name}"' if alias else f'"{column.name}"'
    if isinstance(column.type, UtcDateTime):
        # Stored as "YYYY-MM-DD HH:MM:SS.ffffff" in UTC: the ISO form of the aware value.
        return f"replace({name}, ' ', 'T') || '+00:00'"
    wanted = python_type(column.type)
    if wanted is bool:
        return (f"CASE WHEN {name} IS NULL THEN NULL WHEN {name} THEN json('true') "
                "ELSE json('false') END")
    if wanted is datetime:
        return f"replace({name}, ' ', 'T')"
    if wanted is bytes:
        return f"lower(hex({name}))"
    if wanted is Decimal:
        return f"CAST({name} AS TEXT)"
    return name


def json_select(table: Table, alias: str = "") -> str:
    """One SQL expression building each row's JSON object inside SQLite (C speed):
    pushing thousands of rows must not cost a Python object per value. `alias`
    qualifies the columns when the table is joined."""
    pairs = [f"'{c.name}', {_json_expr(c, alias)}" for c in table.columns]
    objects = [f"json_object({', '.join(pairs[i:i + 40])})" for i in range(0, len(pairs), 40)]
    expr = objects[0]
    for more in objects[1:]:
        expr = f"json_patch({expr}, {more})"
    return expr


def read_rows(session: Session, table: Table, ids: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Current local rows of `table` as JSON-ready dicts (missing ids are simply absent)."""
    wanted = list(ids)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        result = session.execute(select(table).where(table.c.id.in_(chunk)))
        for row in result.mappings():
            yield row_to_data(table, row)


def upsert_row(session: Session, table: Table, data: Mapping[str, Any]) -> None:
    """Write a row received from head office as it is (no stamping, no outbox)."""
    values = data_to_row(table, data)
    stmt = sqlite_insert(table).values(values)
    changed = {k: stmt.excluded[k] for k in values if k != "id"}
    session.execute(stmt.on_conflict_do_update(index_elements=[table.c.id], set_=changed)
                    if changed else stmt.on_conflict_do_nothing())


def upsert_rows(session: Session, table: Table, rows: Iterable[Mapping[str, Any]], *,
                only_missing: bool = False) -> None:
    """Many rows of one table in a few statements (rows with the same columns together):
    a new desk pulling its centre's history must not pay one statement per row. Rows
    already checked (sync.checks) take the raw path: each value turned into SQLite's
    stored form by one small function per column, then one executemany."""
    storers = _storers(table)
    groups: dict[tuple[str, ...], list[Any]] = {}
    shapes: dict[tuple[str, ...], tuple[tuple[str, ...], _Reader]] = {}
    for data in rows:
        if storers is None:
            values = data_to_row(table, data)
            groups.setdefault(tuple(sorted(values)), []).append(values)
            continue
        # Rows of one table mostly have the same keys in the same order (head office's
        # JSON): the columns and how to read them are worked out once per shape.
        shape = tuple(data)
        known = shapes.get(shape)
        if known is None:
            names = tuple(name for name in storers if name in data)
            known = shapes[shape] = names, _Reader(names, storers)
        groups.setdefault(known[0], []).append(known[1].read(data))
    for names, values_list in groups.items():
        if storers is not None:
            session.connection().exec_driver_sql(
                _raw_upsert(table.name, names, only_missing), values_list)
            continue
        stmt = sqlite_insert(table)
        changed = {k: stmt.excluded[k] for k in names if k != "id"}
        if only_missing or not changed:
            session.execute(stmt.on_conflict_do_nothing(index_elements=[table.c.id]),
                            values_list)
        else:
            session.execute(stmt.on_conflict_do_update(index_elements=[table.c.id],
                                                       set_=changed), values_list)


class _Reader:
    """A row's values in column order, in C (itemgetter), then only the columns whose
    stored form differs from the JSON value (datetimes, dates, booleans) converted."""

    def __init__(self, names: tuple[str, ...],
                 storers: dict[str, Callable[[Any], Any]]) -> None:
        self._get = itemgetter(*names)
        self._single = len(names) == 1
        self._convert = [(i, storers[n]) for i, n in enumerate(names)
                         if storers[n] is not _as_is]

    def read(self, data: Mapping[str, Any]) -> tuple[Any, ...]:
        got = self._get(data)
        values = [got] if self._single else list(got)
        for i, store in self._convert:
            if values[i] is not None:
                values[i] = store(values[i])
        return tuple(values)


def _stored_utc(value: str) -> str:
    """An ISO datetime as UtcDateTime stores it (UTC, SQLite's DateTime text form)."""
    if value.endswith("+00:00") and value[10:11] == "T":  # as desks write them: cut
        if len(value) == 32 and value[19] == ".":
            return f"{value[:10]} {value[11:26]}"
        if len(value) == 25:
            return f"{value[:10]} {value[11:19]}.000000"
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return f"{moment:%Y-%m-%d %H:%M:%S}.{moment.microsecond:06d}"


def _stored_date(value: str) -> str:
    return date.fromisoformat(value).isoformat()


def _stored_bool(value: Any) -> int:
    return 1 if value else 0


def _as_is(value: Any) -> Any:
    return value


@cache
def _storers(table: Table) -> dict[str, Callable[[Any], Any]] | None:
    """Per column, JSON value to stored value; None when a column's type is not one of
    the simple ones (the SQLAlchemy path is taken for that table)."""
    found: dict[str, Callable[[Any], Any]] = {}
    for column in table.columns:
        if isinstance(column.type, UtcDateTime):
            found[column.name] = _stored_utc
            continue
        wanted = python_type(column.type)
        if wanted is str or wanted is int:
            found[column.name] = _as_is
        elif wanted is bool:
            found[column.name] = _stored_bool
        elif wanted is date:
            found[column.name] = _stored_date
        else:
            return None
    return found


@cache
def _raw_upsert(table_name: str, names: tuple[str, ...], only_missing: bool) -> str:
    columns = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    changed = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    action = "DO NOTHING" if only_missing or not changed else f"DO UPDATE SET {changed}"
    return (f'INSERT INTO "{table_name}" ({columns}) VALUES ({marks}) '
            f"ON CONFLICT (id) {action}")


def insert_if_missing(session: Session, table: Table, data: Mapping[str, Any]) -> None:
    stmt = sqlite_insert(table).values(data_to_row(table, data))
    session.execute(stmt.on_conflict_do_nothing(index_elements=[table.c.id]))


def delete_row(session: Session, table: Table, row_id: str) -> None:
    session.execute(delete(table).where(table.c.id == row_id))


def local_revision(session: Session, table: Table, row_id: str) -> int | None:
    value = session.execute(select(table.c.revision).where(table.c.id == row_id)).scalar()
    return int(value) if value is not None else None
