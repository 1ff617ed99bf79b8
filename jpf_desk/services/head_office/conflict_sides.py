"""Who made each value of a field in conflict, and when: that field's own history.

A row carries who changed it last and when, whichever field that was; a conflict is
shown field by field, so each value is traced to the field history row that wrote it
(`field_changes`, synced with the row: the other desk's rows arrive in the same pull).
The newest history row of the field holding that very value wins. A field kept in no
history (not in its model's `__history__`) falls back to the row's own stamps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.store.models import FieldChange


@dataclass(frozen=True)
class Side:
    by: str | None  # staff id
    at: datetime | None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def field_sides(s: Session, table_name: str, row_id: str, fields: set[str],
                local: dict[str, Any], remote: dict[str, Any]
                ) -> dict[str, tuple[Side | None, Side | None]]:
    """{field: (who/when of this desk's value, of head office's value)} for `fields`;
    None for a side no history row explains."""
    found: dict[str, tuple[Side | None, Side | None]] = {}
    if not fields:
        return found
    history = s.execute(
        select(FieldChange.field, FieldChange.new_value, FieldChange.changed_by,
               FieldChange.created_at)
        .where(FieldChange.table_name == table_name, FieldChange.row_id == row_id,
               FieldChange.field.in_(sorted(fields)))
        .order_by(FieldChange.created_at.desc()))
    for name, new_value, by, at in history:
        mine, theirs = found.get(name, (None, None))
        value = _text(new_value)
        if mine is None and value == _text(local.get(name)):
            mine = Side(by, at)
        elif theirs is None and value == _text(remote.get(name)):
            theirs = Side(by, at)
        found[name] = (mine, theirs)
    return found
