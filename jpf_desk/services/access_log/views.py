"""Reading the access log: a manager's filterable list ("who saw this record")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import format_datetime, now_vn
from jpf_desk.domain.labels import stored_label
from jpf_desk.domain.staff import Action
from jpf_desk.printing.access_log import AccessLogLine, AccessLogSheet, build_access_log
from jpf_desk.services import setup
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import AccessEvent, Staff

LIMIT = 2000


@dataclass(frozen=True)
class AccessFilter:
    customer_id: str | None = None
    staff_id: str | None = None
    kind: str | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class AccessEventView:
    id: str
    occurred_at: datetime
    staff_id: str
    staff_name: str
    customer_id: str | None
    kind: str
    subject_id: str | None
    detail: str


def list_access_events(desk: Desk, wanted: AccessFilter = AccessFilter(),
                       limit: int = LIMIT) -> list[AccessEventView]:
    """Newest first; a manager only (reading the log is itself a view of who did what)."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.READ_ACCESS_LOG)
        query = (select(AccessEvent, Staff.full_name)
                 .outerjoin(Staff, Staff.id == AccessEvent.staff_id)
                 .order_by(AccessEvent.occurred_at.desc(), AccessEvent.sequence.desc())
                 .limit(limit))
        if wanted.customer_id:
            query = query.where(AccessEvent.customer_id == wanted.customer_id)
        if wanted.staff_id:
            query = query.where(AccessEvent.staff_id == wanted.staff_id)
        if wanted.kind:
            query = query.where(AccessEvent.kind == wanted.kind)
        if wanted.since is not None:
            query = query.where(AccessEvent.occurred_at >= wanted.since)
        if wanted.until is not None:
            query = query.where(AccessEvent.occurred_at < wanted.until)
        return [AccessEventView(e.id, e.occurred_at, e.staff_id, name or "", e.customer_id,
                                e.kind, e.subject_id, e.detail)
                for e, name in s.execute(query)]


def access_log_pdf(desk: Desk, wanted: AccessFilter, filter_text: str, *,
                   lang: str = "vi") -> bytes:
    """The filtered log as a PDF in `lang` (a manager only, like reading it)."""
    rows = list_access_events(desk, wanted)
    ident = setup.identity(desk.store)
    with desk.tx() as s:
        me = s.get(Staff, desk.actor.staff_id)
        printed_by = me.full_name if me is not None else ""
    sheet = AccessLogSheet(
        centre_name=ident.centre_name if ident else "", filter_text=filter_text,
        printed_at=format_datetime(now_vn()), printed_by=printed_by,
        lines=tuple(AccessLogLine(format_datetime(r.occurred_at), r.staff_name or r.staff_id,
                                  r.customer_id or "", stored_label(AccessKind, r.kind, lang),
                                  r.detail) for r in rows), lang=lang)
    return build_access_log(sheet)
