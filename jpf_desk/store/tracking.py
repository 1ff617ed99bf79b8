"""Flush-time bookkeeping: stamps, revisions, field history, the sync outbox, and
what each committed transaction wrote.

Hooked once on every session the store hands out, so no service can forget to write
the outbox row or the history of a field: both land in the same transaction as the
change itself. For the same reason the record of which rows a transaction wrote (that
the window refreshes its views from) is taken here, not reported by each service.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import event, insert, inspect, select, text
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from jpf_desk.store.base import Base, Tracked, new_id, utcnow
from jpf_desk.store.models.history import FieldChange, OutboxEntry

ACTOR_CENTRE = "centre_id"
ACTOR_STAFF = "staff_id"
# Set on a session that applies rows received from head office: they already carry
# their revision and stamps, and must not come back as local changes (no outbox row,
# no field history, no revision bump).
SYNC_APPLY = "sync_apply"
# The (table name, customer id or None) pairs the session wrote since its last commit.
WRITTEN = "written_rows"
# What a service reported beside the rows (a change that is not a row), delivered with them.
REPORTED = "reported_changes"

# The latest stamp this desk has seen on a row from head office (ISO text, in
# store_settings): the desk's own stamps never go below it. A hybrid logical clock, so
# that a desk whose clock is slow still stamps what it did after what it had seen.
CLOCK_FLOOR = "clock_floor"
# Columns a change never conflicts over (bookkeeping, written by every change).
STAMP_COLUMNS = ("id", "centre_id", "created_at", "updated_at", "changed_by", "revision")

Written = frozenset[tuple[str, str | None]]
CommitListener = Callable[[Written, tuple[object, ...]], None]

log = logging.getLogger(__name__)


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _json_value(value: Any) -> Any:
    """A value as sync's JSON holds it (sync/rows.py): dates as ISO text."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value if value is None or isinstance(value, bool | int | float | str) \
        else str(value)


def clock_now(session: Session) -> datetime:
    """Now, or just after the latest stamp seen from head office if this clock is behind."""
    if "clock_floor_value" not in session.info:
        found = session.execute(text("SELECT value FROM store_settings WHERE key = :k"),
                                {"k": CLOCK_FLOOR}).scalar()
        session.info["clock_floor_value"] = datetime.fromisoformat(found) if found else None
    now = utcnow()
    floor: datetime | None = session.info["clock_floor_value"]
    if floor is not None and now <= floor:
        now = floor + timedelta(microseconds=1)
        session.info["clock_floor_value"] = now
    return now


def _stamp_new(session: Session, obj: Tracked) -> None:
    now = clock_now(session)
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


def _base(obj: Tracked) -> str | None:
    """{column: value before this change} of the columns it writes, as JSON; None when
    a value before is unknown (not loaded): the row is then compared whole."""
    state = inspect(obj)
    base: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        name = attr.columns[0].name
        if name in STAMP_COLUMNS:
            continue
        hist = state.attrs[attr.key].history
        if not hist.has_changes():
            continue
        if not hist.deleted:
            return None
        old, new = _json_value(hist.deleted[0]), _json_value(hist.added[0]) \
            if hist.added else None
        if old != new:
            base[name] = old
    return json.dumps(base, ensure_ascii=False)


def _outbox(obj: Tracked, op: str, base: str | None = None) -> OutboxEntry:
    return OutboxEntry(
        table_name=obj.__tablename__,  # type: ignore[attr-defined]
        row_id=obj.id,
        op=op,
        revision=obj.revision,
        base=base,
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
        base = _base(obj) if obj.__sync__ else None
        obj.updated_at = clock_now(session)
        obj.revision = (obj.revision or 0) + 1
        obj.changed_by = session.info.get(ACTOR_STAFF)
        for change in _history(session, obj):
            _stamp_new(session, change)
            session.add(change)
            pending.append(_outbox(change, "insert"))
        if obj.__sync__:
            pending.append(_outbox(obj, "update", base))
    for obj in list(session.deleted):
        if isinstance(obj, Tracked) and obj.__sync__:
            pending.append(_outbox(obj, "delete"))
    session.add_all(pending)


# Rows that name their customer only through a parent row: (parent model, link column).
_CUSTOMER_VIA: dict[str, tuple[str, str]] = {
    "payments": ("Enrolment", "enrolment_id"),
    "dossier_stage_changes": ("Dossier", "dossier_id"),
    "programme_choices": ("Dossier", "dossier_id"),
    "dossier_documents": ("Dossier", "dossier_id"),
    "data_request_steps": ("DataRequest", "request_id"),
    "data_request_fields": ("DataRequest", "request_id"),
    "follow_up_tasks": ("DataRequest", "request_id"),
}


def _customer_of(session: Session, obj: Any) -> str | None:
    """The customer a written row is about, where the row (or its parent) says so."""
    table = obj.__tablename__
    if table == "customers":
        return str(obj.id)
    if table == "guardians":
        return str(obj.minor_id)
    if table == "field_changes":
        return str(obj.row_id) if obj.table_name == "customers" else None
    customer = getattr(obj, "customer_id", None)
    if customer is not None:
        return str(customer)
    via = _CUSTOMER_VIA.get(table)
    if via is None:
        return None
    parent_name, column = via
    parent_id = getattr(obj, column, None)
    mapper = next((m for m in obj.__class__.registry.mappers
                   if m.class_.__name__ == parent_name), None)
    if parent_id is None or mapper is None:
        return None
    parent = session.get(mapper.class_, parent_id)  # usually already in the session
    found = getattr(parent, "customer_id", None)
    return str(found) if found is not None else None


def _written(session: Session) -> set[tuple[str, str | None]]:
    rows: set[tuple[str, str | None]] = session.info.setdefault(WRITTEN, set())
    return rows


def _after_flush(session: Session, _ctx: Any) -> None:
    # In after_flush the new/dirty/deleted collections still show what was flushed.
    written = _written(session)
    for obj in [*session.new, *session.dirty, *session.deleted]:
        table = getattr(obj, "__tablename__", None)
        if table is None or (obj in session.dirty and not session.is_modified(obj)):
            continue
        written.add((table, _customer_of(session, obj)))


def _after_bulk(state: ORMExecuteState) -> None:
    """ORM-enabled insert/update/delete statements bypass the flush: record their table."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is not None:
        _written(state.session).add((mapper.local_table.name, None))  # type: ignore[attr-defined]


_LISTENERS: WeakKeyDictionary[Any, list[CommitListener]] = WeakKeyDictionary()


def on_commit(session_factory: sessionmaker[Session], listener: CommitListener) -> Callable[[], None]:
    """Call `listener` with what each committed transaction wrote; returns the unsubscribe.

    Called after the commit only: a rolled-back transaction wrote nothing.
    """
    listeners = _LISTENERS.setdefault(session_factory, [])
    listeners.append(listener)
    return lambda: listeners.remove(listener) if listener in listeners else None


def _after_commit(session: Session, listeners: list[CommitListener]) -> None:
    if session.in_nested_transaction():
        return  # a savepoint released: the outer transaction may still roll back
    written = frozenset(session.info.pop(WRITTEN, ()))
    reported = tuple(session.info.pop(REPORTED, ()))
    if not written and not reported:
        return
    for listener in list(listeners):
        try:
            listener(written, reported)
        except Exception as exc:  # noqa: BLE001 - committed already: the caller must not see a failure
            log.error("commit listener %s failed: %s", getattr(listener, "__qualname__", listener),
                      type(exc).__name__)


def _after_rollback(session: Session, rolled_back: Any) -> None:
    # Only the outermost rollback forgets the rows; a savepoint's rows stay noted, since
    # reporting a change that did not happen costs a reload, missing one a stale view.
    if rolled_back.parent is None:
        session.info.pop(WRITTEN, None)
        session.info.pop(REPORTED, None)


def report(session: Session, change: object) -> None:
    """Deliver `change` to the commit listeners with the rows, if the transaction commits."""
    session.info.setdefault(REPORTED, []).append(change)


def install(session_factory: Any) -> None:
    listeners = _LISTENERS.setdefault(session_factory, [])
    event.listen(session_factory, "before_flush", _before_flush)
    event.listen(session_factory, "after_flush", _after_flush)
    event.listen(session_factory, "do_orm_execute", _after_bulk)
    event.listen(session_factory, "after_commit", lambda s: _after_commit(s, listeners))
    event.listen(session_factory, "after_soft_rollback", _after_rollback)


_BULK_CHUNK = 500  # ids per IN (...) when reading revisions


def record_bulk(session: Session, table_name: str, row_ids: Iterable[str], op: str) -> None:
    """Outbox rows for changes written with Core bulk statements (demo data, imports,
    erasure), each with the row's revision as it is now: call it after an insert or an
    update, before a delete. Head office applies a change only on top of the revision it
    was made on, which the push derives from this one; a made-up revision had head office
    turn away an erasure of a row another desk wrote. A row not found is not queued (an
    update of nothing would travel as a deletion)."""
    wanted = list(dict.fromkeys(row_ids))
    table = Base.metadata.tables[table_name]
    revisions: dict[str, int] = {}
    for start in range(0, len(wanted), _BULK_CHUNK):
        found = session.execute(select(table.c.id, table.c.revision)
                                .where(table.c.id.in_(wanted[start:start + _BULK_CHUNK])))
        revisions.update((str(row_id), int(revision)) for row_id, revision in found)
    now = utcnow()
    rows = [{"table_name": table_name, "row_id": rid, "op": op, "revision": revisions[rid],
             "changed_at": now} for rid in wanted if rid in revisions]
    if rows:
        session.execute(insert(OutboxEntry), rows)
        _written(session).add((table_name, None))
