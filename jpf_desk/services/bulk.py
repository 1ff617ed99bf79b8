"""Rows written with one Core insert per batch, stamped as tracking stamps ORM rows.

One ORM flush per row would make 100,000 demo customers or a 10,000-row spreadsheet
take minutes; these inserts get the same id, centre, times, author and revision, and
their outbox rows in the same transaction (`store.tracking.record_bulk`), so head
office hears of them like of any other row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from jpf_desk.services.desk import Desk
from jpf_desk.store.base import Base, new_id, utcnow
from jpf_desk.store.tracking import record_bulk


def row_values(obj: Base, desk: Desk) -> dict[str, Any]:
    """The column values of a new row, stamped for `desk` (its centre unless set)."""
    now = utcnow()
    values = {c.key: getattr(obj, c.key) for c in obj.__table__.columns}
    values.update(id=values["id"] or new_id(), centre_id=values["centre_id"] or desk.actor.centre_id,
                  created_at=now, updated_at=now, changed_by=desk.actor.staff_id, revision=1)
    return values


def insert_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert rows made by `row_values`, with one outbox row each."""
    if rows:
        session.execute(insert(model), rows)
        record_bulk(session, model.__tablename__, [r["id"] for r in rows], "insert")
