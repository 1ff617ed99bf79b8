"""Rows changed both here and at head office: show both versions, let a person choose.

Keeping this desk's version sends it on the next sync (its revision goes above head
office's); keeping head office's writes that version here and drops the local change.
Either way nothing is overwritten without someone deciding.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.services.desk import Desk
from jpf_desk.store import tracking
from jpf_desk.store.models import OutboxEntry, SyncConflict
from jpf_desk.sync import errors as _sync_errors  # noqa: F401 - sync.* messages
from jpf_desk.sync.rows import delete_row, read_rows, synced_tables, upsert_row

# Bookkeeping columns: shown apart, never the reason for a conflict.
STAMP_COLUMNS = ("id", "centre_id", "created_at", "updated_at", "changed_by", "revision")


class Keep(StrEnum):
    LOCAL = "local"
    HEAD_OFFICE = "head_office"


@dataclass(frozen=True)
class FieldPair:
    name: str
    local: str
    remote: str

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


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _view(conflict: SyncConflict, local: dict[str, Any] | None) -> ConflictView:
    remote: dict[str, Any] = json.loads(conflict.remote_data)
    names = [n for n in (local or remote) if n not in STAMP_COLUMNS]
    names += [n for n in remote if n not in names and n not in STAMP_COLUMNS]
    pairs = tuple(FieldPair(n, _text((local or {}).get(n)), _text(remote.get(n)))
                  for n in names)
    return ConflictView(conflict.id, conflict.table_name, conflict.row_id,
                        conflict.local_revision, conflict.remote_revision, local is None,
                        conflict.remote_deleted, conflict.detected_at, pairs)


def list_conflicts(desk: Desk) -> list[ConflictView]:
    tables = synced_tables()
    views = []
    with desk.tx() as s:
        for conflict in s.scalars(select(SyncConflict).order_by(SyncConflict.detected_at)):
            spec = tables.get(conflict.table_name)
            local = next(iter(read_rows(s, spec.table, [conflict.row_id])), None) \
                if spec else None
            views.append(_view(conflict, local))
    return views


def resolve_conflict(desk: Desk, conflict_id: str, keep: Keep) -> None:
    with desk.tx(reason="sync conflict") as s:
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None:
            raise ValidationError("sync.conflict_gone")
        spec = synced_tables().get(conflict.table_name)
        if spec is None:
            raise ValidationError("sync.conflict_gone")
        s.info[tracking.SYNC_APPLY] = True
        if keep is Keep.LOCAL:
            # Above head office's revision, so the pushed version is visibly the newer.
            current = next(iter(read_rows(s, spec.table, [conflict.row_id])), None)
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
})
