"""Flush-time bookkeeping: stamps, revisions, field history and the sync outbox.

Hooked once on every session the store hands out, so no service can forget to write
the outbox row or the history of a field: both land in the same transaction as the
change itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from jpf_desk.store.base import Tracked, new_id, utcnow
from jpf_desk.store.models.history import FieldChange, OutboxEntry

ACTOR_CENTRE = "centre_id"
ACTOR_STAFF = "staff_id"
# Set on a session that applies rows received from head office: they already carry
# their revision and stamps, and must not come back as local changes (no outbox row,
# no field history, no revision bump).
SYNC_APPLY = "sync_apply"


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _stamp_new(session: Session, obj: Tracked) -> None:
    now = utcnow()
    obj.id = obj.id or new_id()
    if obj.centre_id is None:
        centre = session.info.get(ACTOR_CENTRE)
        if centre is None:
            raise RuntimeError(f"no centre for new {type(obj).__name__}")
        obj.centre_id = centre
    obj.created_at = obj.created_at or now
    obj.updated_at = now
    obj.changed_by = obj.changed_by or session.info.get(ACTOR_STAFF)
    obj.revision = obj.revision or 1


def _history(session: Session, obj: Tracked) -> list[FieldChange]:
    state = inspect(obj)
    changes = []
    for name in type(obj).__history__:
        hist = state.attrs[name].history
        if not hist.has_changes():
            continue
        old = _as_text(hist.deleted[0]) if hist.deleted else None
        new = _as_text(hist.added[0]) if hist.added else None
        if old == new:
            continue
        changes.append(
            FieldChange(
                table_name=obj.__tablename__,  # type: ignore[attr-defined]
                row_id=obj.id,
                field=name,
                old_value=old,
                new_value=new,
                centre_id=obj.centre_id,
                changed_by=session.info.get(ACTOR_STAFF),
                reason=session.info.get("change_reason", ""),
            )
        )
    return changes


def _outbox(obj: Tracked, op: str) -> OutboxEntry:
    return OutboxEntry(
        table_name=obj.__tablename__,  # type: ignore[attr-defined]
        row_id=obj.id,
        op=op,
        revision=obj.revision,
    )


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if session.info.get(SYNC_APPLY):
        return
    pending: list[Any] = []
    for obj in list(session.new):
        if isinstance(obj, Tracked):
            _stamp_new(session, obj)
            if obj.__sync__:
                pending.append(_outbox(obj, "insert"))
    for obj in list(session.dirty):
        if not isinstance(obj, Tracked) or not session.is_modified(obj):
            continue
        obj.updated_at = utcnow()
        obj.revision = (obj.revision or 0) + 1
        obj.changed_by = session.info.get(ACTOR_STAFF)
        for change in _history(session, obj):
            _stamp_new(session, change)
            session.add(change)
            pending.append(_outbox(change, "insert"))
        if obj.__sync__:
            pending.append(_outbox(obj, "update"))
    for obj in list(session.deleted):
        if isinstance(obj, Tracked) and obj.__sync__:
            pending.append(_outbox(obj, "delete"))
    session.add_all(pending)


def install(session_factory: Any) -> None:
    event.listen(session_factory, "before_flush", _before_flush)


def record_bulk(session: Session, table_name: str, row_ids: Iterable[str], op: str) -> None:
    """Outbox rows for changes written with Core bulk statements (demo data, imports)."""
    rows = [
        {"table_name": table_name, "row_id": rid, "op": op, "revision": 1, "changed_at": utcnow()}
        for rid in row_ids
    ]
    if rows:
        session.execute(insert(OutboxEntry), rows)
