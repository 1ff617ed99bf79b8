"""Fields changed both here and at head office: show both values, let a person choose.

Edits of different fields were merged by the sync already (sync/merge.py); what is left
is a field both sides changed. For each, a person keeps this desk's value or head
office's. The value not kept stays in the field history, marked NOT_KEPT_REASON, and the
outcome is pushed so that the other desks learn it. A conflict whose other side is an
erasure only tells that this desk's edit was dropped: it cannot be kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.staff import Action
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.conflict_sides import Side, field_sides
from jpf_desk.services.staff.permissions import check
from jpf_desk.store import tracking
from jpf_desk.store.base import new_id
from jpf_desk.store.models import FieldChange, OutboxEntry, Staff, SyncConflict
from jpf_desk.store.tracking import STAMP_COLUMNS
from jpf_desk.sync import errors as _sync_errors  # noqa: F401 - sync.* messages
from jpf_desk.sync.derived import computed_columns, recompute
from jpf_desk.sync.merge import ERASED, rebase
from jpf_desk.sync.rows import delete_row, read_rows, synced_tables, upsert_row

# The reason on the history row of a value a person chose not to keep in a conflict.
NOT_KEPT_REASON = "sync: value not kept (conflict)"


class Keep(StrEnum):
    LOCAL = "local"
    HEAD_OFFICE = "head_office"


@dataclass(frozen=True)
class FieldPair:
    name: str
    local: str
    remote: str
    in_conflict: bool = False  # both sides changed it: a person chooses
    # Who made each side's value and when: for a field in conflict, that field's own
    # history (conflict_sides.py); else the row's last change.
    local_by: str | None = None  # staff id
    local_at: datetime | None = None
    remote_by: str | None = None
    remote_at: datetime | None = None
    local_by_name: str = ""  # staff names, "" if unknown
    remote_by_name: str = ""

    @property
    def differs(self) -> bool:
        return self.local != self.remote


@dataclass(frozen=True)
class ConflictView:
    id: str
    table_name: str
    row_id: str
    local_revision: int
    remote_revision: int
    local_deleted: bool
    remote_deleted: bool
    detected_at: datetime
    fields: tuple[FieldPair, ...]
    erased: bool = False  # the other side is an erasure: this desk's edit was dropped
    local_by_name: str = ""  # who changed each side last (staff names, "" if unknown)
    remote_by_name: str = ""


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _moment(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _is_erasure(conflict: SyncConflict, remote: dict[str, Any]) -> bool:
    return conflict.table_name == "customers" and remote.get("status") == ERASED


def _in_conflict(conflict: SyncConflict, local: dict[str, Any] | None,
                 remote: dict[str, Any]) -> set[str]:
    if conflict.fields is not None:
        return set(json.loads(conflict.fields))
    return {n for n in remote if n not in STAMP_COLUMNS
            and _text((local or {}).get(n)) != _text(remote.get(n))}


def _pair(name: str, mine: dict[str, Any], remote: dict[str, Any], in_conflict: bool,
          sides: tuple[Side | None, Side | None], names_of: dict[str, str]) -> FieldPair:
    here = sides[0] or Side(mine.get("changed_by"), _moment(mine.get("updated_at")))
    there = sides[1] or Side(remote.get("changed_by"), _moment(remote.get("updated_at")))
    return FieldPair(name, _text(mine.get(name)), _text(remote.get(name)), in_conflict,
                     here.by, here.at, there.by, there.at,
                     names_of.get(str(here.by), ""), names_of.get(str(there.by), ""))


def _view(s: Session, conflict: SyncConflict, local: dict[str, Any] | None,
          names_of: dict[str, str]) -> ConflictView:
    remote: dict[str, Any] = json.loads(conflict.remote_data)
    erased = _is_erasure(conflict, remote)
    chosen = set() if erased else _in_conflict(conflict, local, remote)
    names = [n for n in (local or remote) if n not in STAMP_COLUMNS]
    names += [n for n in remote if n not in names and n not in STAMP_COLUMNS]
    mine = local or {}
    sides = field_sides(s, conflict.table_name, conflict.row_id, chosen, mine, remote)
    pairs = tuple(_pair(n, mine, remote, n in chosen, sides.get(n, (None, None)), names_of)
                  for n in names)
    return ConflictView(conflict.id, conflict.table_name, conflict.row_id,
                        conflict.local_revision, conflict.remote_revision, local is None,
                        conflict.remote_deleted, conflict.detected_at, pairs, erased,
                        names_of.get(str(mine.get("changed_by")), ""),
                        names_of.get(str(remote.get("changed_by")), ""))


def list_conflicts(desk: Desk) -> list[ConflictView]:
    tables = synced_tables()
    views = []
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        names_of = {str(i): str(n) for i, n in s.execute(select(Staff.id, Staff.full_name))}
        for conflict in s.scalars(select(SyncConflict).order_by(SyncConflict.detected_at)):
            spec = tables.get(conflict.table_name)
            local = next(iter(read_rows(s, spec.table, [conflict.row_id])), None) \
                if spec else None
            views.append(_view(s, conflict, local, names_of))
    return views


def resolve_conflict(desk: Desk, conflict_id: str, keep: Keep,
                     field: str | None = None) -> None:
    """Keep one side's value of `field` (every field in conflict when None)."""
    with desk.tx(reason="sync conflict") as s:
        check(s, desk.actor.staff_id, Action.RESOLVE_SYNC_CONFLICT)
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None:
            raise ValidationError("sync.conflict_gone")
        spec = synced_tables().get(conflict.table_name)
        if spec is None:
            raise ValidationError("sync.conflict_gone")
        s.info[tracking.SYNC_APPLY] = True
        remote: dict[str, Any] = json.loads(conflict.remote_data)
        if _is_erasure(conflict, remote):
            if keep is Keep.LOCAL:
                raise ValidationError("sync.conflict_erased")
            s.delete(conflict)
            return
        current = next(iter(read_rows(s, spec.table, [conflict.row_id])), None)
        if conflict.fields is None or conflict.remote_deleted or current is None:
            _resolve_whole(s, spec, conflict, keep, current)
            return
        open_fields = set(json.loads(conflict.fields))
        if field is not None and field not in open_fields:
            raise ValidationError("sync.conflict_no_field", field=field)
        deciding = {field} if field is not None else open_fields
        _keep_fields(s, desk, spec.table, conflict, current, remote, deciding, keep)
        left = open_fields - deciding
        if left:
            conflict.fields = json.dumps(sorted(left))
            return
        _settled(s, spec.table, conflict, remote)


def _keep_fields(s: Session, desk: Desk, table: Any, conflict: SyncConflict,
                 current: dict[str, Any], remote: dict[str, Any], names: set[str],
                 keep: Keep) -> None:
    """The chosen value of each field written here; the other one goes to the field
    history, marked as not kept (it travels like any history row). Columns computed
    from others (a full name, search keys) follow the values kept."""
    computed = computed_columns(conflict.table_name, current, remote)
    for name in sorted(names):
        mine, theirs = current.get(name), remote.get(name)
        if _text(mine) == _text(theirs):
            continue
        lost, kept = (theirs, mine) if keep is Keep.LOCAL else (mine, theirs)
        if keep is Keep.HEAD_OFFICE:
            current[name] = theirs
        history_id = new_id()
        s.add(FieldChange(id=history_id, table_name=conflict.table_name,
                          row_id=conflict.row_id, field=name, old_value=_as_text(lost),
                          new_value=_as_text(kept), reason=NOT_KEPT_REASON,
                          centre_id=current.get("centre_id") or desk.actor.centre_id,
                          created_at=tracking.clock_now(s), updated_at=tracking.clock_now(s),
                          changed_by=desk.actor.staff_id, revision=1))
        s.add(OutboxEntry(table_name="field_changes", row_id=history_id, op="insert",
                          revision=1))
    recompute(conflict.table_name, current, computed)
    upsert_row(s, table, current)


def _as_text(value: Any) -> str | None:
    return None if value is None else str(value)


def _settled(s: Session, table: Any, conflict: SyncConflict, remote: dict[str, Any]) -> None:
    """Every field decided: the row stands on head office's version now. If it is that
    version, nothing is left to push; else the outcome is pushed on top of it."""
    current = next(iter(read_rows(s, table, [conflict.row_id])))
    base = _changed_here(s, conflict)
    same = all(_text(current.get(n)) == _text(remote.get(n))
               for n in set(current) | set(remote) if n not in STAMP_COLUMNS)
    if same:
        upsert_row(s, table, remote)
        s.execute(delete(OutboxEntry).where(OutboxEntry.table_name == conflict.table_name,
                                            OutboxEntry.row_id == conflict.row_id))
    else:
        current["revision"] = conflict.remote_revision + 1
        upsert_row(s, table, current)
        rebase(s, conflict.table_name, conflict.row_id, conflict.remote_revision,
               {n: remote.get(n) for n in base})
    s.delete(conflict)


def _changed_here(s: Session, conflict: SyncConflict) -> set[str]:
    names: set[str] = set()
    for (text_,) in s.execute(select(OutboxEntry.base).where(
            OutboxEntry.table_name == conflict.table_name,
            OutboxEntry.row_id == conflict.row_id)):
        if text_:
            names.update(json.loads(text_))
    return names


def _resolve_whole(s: Session, spec: Any, conflict: SyncConflict, keep: Keep,
                   current: dict[str, Any] | None) -> None:
    """A conflict over the whole row (a deletion on one side, or recorded before
    conflicts were per field): one side's version as a whole."""
    if keep is Keep.LOCAL:
        # Above head office's revision, so the pushed version is visibly the newer.
        if current is not None:
            s.execute(update(spec.table).where(spec.table.c.id == conflict.row_id)
                      .values(revision=max(int(current["revision"]),
                                           conflict.remote_revision) + 1))
        # Made on top of head office's version now: head office applies a change
        # only on top of the revision it was made on (sync/protocol.py).
        s.execute(update(OutboxEntry).where(
            OutboxEntry.table_name == conflict.table_name,
            OutboxEntry.row_id == conflict.row_id).values(
            op="update" if current is not None else "delete",
            revision=conflict.remote_revision + (1 if current is not None else 0)))
    else:
        try:
            with s.begin_nested():
                if conflict.remote_deleted:
                    delete_row(s, spec.table, conflict.row_id)
                else:
                    upsert_row(s, spec.table, json.loads(conflict.remote_data))
        except IntegrityError as exc:  # other records here still point at this one
            raise ValidationError("sync.conflict_keep_blocked") from exc
        s.execute(delete(OutboxEntry).where(OutboxEntry.table_name == conflict.table_name,
                                            OutboxEntry.row_id == conflict.row_id))
    s.delete(conflict)


register({
    "sync.conflict_keep_blocked": {
        "vi": "Không thể lấy bản của văn phòng trung tâm: bản đó đã bị xóa nhưng ở máy này "
              "còn dữ liệu khác liên quan. Hãy giữ bản ở máy này.",
        "fr": "Impossible de garder la version du siège : elle est supprimée mais d'autres "
              "données de ce poste y renvoient. Gardez la version de ce poste.",
        "en": "Head office's version cannot be kept: it is deleted but other records here "
              "still refer to it. Keep this desk's version.",
    },
    "sync.conflict_erased": {
        "vi": "Dữ liệu của người này đã bị xoá theo yêu cầu: không thể giữ bản sửa ở máy "
              "này.",
        "fr": "Les données de cette personne ont été effacées : la modification de ce poste "
              "ne peut pas être gardée.",
        "en": "This person's data was erased: this desk's edit cannot be kept.",
    },
    "sync.conflict_sides": {
        "vi": "Máy này: {local_by}, {local_at}. Văn phòng trung tâm: {remote_by}, "
              "{remote_at}. Chọn một trường để chỉ giữ giá trị của trường đó.",
        "fr": "Ce poste : {local_by}, {local_at}. Siège : {remote_by}, {remote_at}. "
              "Sélectionnez un champ pour ne garder que sa valeur.",
        "en": "This desk: {local_by}, {local_at}. Head office: {remote_by}, {remote_at}. "
              "Select a field to keep only that field's value.",
    },
    "sync.conflict_who_here": {
        "vi": "Ai sửa, lúc nào (máy này)",
        "fr": "Qui, quand (ce poste)",
        "en": "Who, when (this desk)",
    },
    "sync.conflict_who_there": {
        "vi": "Ai sửa, lúc nào (văn phòng trung tâm)",
        "fr": "Qui, quand (siège)",
        "en": "Who, when (head office)",
    },
    "sync.conflict_erased_note": {
        "vi": "Dữ liệu của người này đã bị xoá theo yêu cầu ở nơi khác; bản sửa ở máy này "
              "đã bị bỏ. Bấm \"Giữ bản của văn phòng trung tâm\" để đóng thông báo.",
        "fr": "Les données de cette personne ont été effacées ailleurs ; la modification de "
              "ce poste a été abandonnée. Cliquez « Garder la version du siège » pour fermer.",
        "en": "This person's data was erased elsewhere; this desk's edit was dropped. "
              "Click \"Keep head office's version\" to close this notice.",
    },
    "sync.conflict_no_field": {
        "vi": "Trường này không có xung đột.",
        "fr": "Ce champ n'est pas en conflit.",
        "en": "This field is not in conflict.",
    },
    "sync.conflict_manager_only": {
        "vi": "Chỉ quản lý mới được chọn giá trị giữ lại khi đồng bộ bị xung đột.",
        "fr": "Seul un responsable peut choisir la valeur gardée lors d'un conflit.",
        "en": "Only a manager can choose the value kept in a sync conflict.",
    },
})
