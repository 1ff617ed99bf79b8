"""Shared data is head office's once a desk is connected (issue 12).

The catalogue, partners and their scopes, document kinds, holidays and request periods
are written by head office only (`jpf-desk head-office shared …`). A standalone desk
edits them itself (they are settled with head office at its first sync); once it has
synced with head office they are read-only here: every service that writes them asks
`refuse_if_managed` in its own transaction, and the window asks `shared_data_managed`
to hide or disable its edit buttons with the reason. What the centre makes itself (its
classes, enrolments...) stays editable: that is centre data.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import register
from jpf_desk.services.desk import Desk
from jpf_desk.store.models import SyncState

MANAGED_CODE = "shared.head_office_manages"


class SharedDataReadOnly(DomainError):
    """A desk connected to head office tried to write head office's shared data."""


def is_managed(session: Session) -> bool:
    """Connected: a head-office connection is set up and a sync (or a join) has gone
    through, so head office holds the shared data this desk shows."""
    # Imported here: it brings psycopg, which the request count (through the holidays)
    # would otherwise load at every start of the window (issue 16).
    from jpf_desk.sync.connection import load_settings

    if not load_settings(session).configured:
        return False
    state = session.get(SyncState, 1)
    return state is not None and state.last_sync_at is not None


def refuse_if_managed(session: Session, table: str) -> None:
    if is_managed(session):
        raise SharedDataReadOnly(MANAGED_CODE, table=table)


def shared_data_managed(desk: Desk) -> bool:
    with desk.tx() as s:
        return is_managed(s)


register({
    MANAGED_CODE: {
        "vi": "Dữ liệu dùng chung (khóa học, đối tác, loại giấy tờ, ngày nghỉ lễ, thời hạn) "
              "do văn phòng trung tâm quản lý: máy này chỉ xem, không sửa được.",
        "fr": "Les données communes (cours, partenaires, types de pièces, jours fériés, "
              "délais) sont gérées par le siège : ce poste les affiche sans les modifier.",
        "en": "Shared data (courses, partners, document kinds, holidays, periods) is "
              "managed by head office: this desk shows it but cannot change it.",
    },
})
