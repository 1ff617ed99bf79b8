"""The erasure's pass over the person's other rows, by the rules head office applies.

Issue 11, "erasure wins": head office erases what it holds about the person by
sync/erased_rows.py (a kept-by-law row stays, a table with blanked columns gets
ERASED_VALUES, anything else becomes a tombstone). The erasing desk must not wait for
a sync to come back (a desk may never be connected): it applies the same rules here to
the tables services/rights/erasure.py does not write itself, a dossier's programme
choices, the person's partner requests and their follow-up tasks, to the history rows
of the person's rows that hold a value the erasure blanks, and to the old values
pending outbox entries of those rows keep. Deletes travel through
the outbox as deletes, so head office tombstones them too.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql import ColumnElement

from jpf_desk.services.rights.erasure_sync_leftovers import forget_sync_leftovers
from jpf_desk.store.base import Tracked, utcnow
from jpf_desk.store.models import (
    DataRequest,
    Dossier,
    DossierDocument,
    Enrolment,
    FieldChange,
    FollowUpTask,
    OutboxEntry,
    PartnerRequest,
    Payment,
    ProgrammeChoice,
    RequestFieldChange,
)
from jpf_desk.store.tracking import record_bulk
from jpf_desk.sync.erased_rows import ERASED_FORM, ERASED_VALUES, KEPT_TABLES


def _outbox(session: Session, model: type[Tracked], ids: Iterable[str], op: str) -> None:
    record_bulk(session, model.__tablename__, ids, op)  # type: ignore[attr-defined]


def _person_rows(session: Session, customer_id: str) -> dict[str, list[str]]:
    """Ids of the person's rows in the synced tables besides customers and guardians:
    through their own customer column, or their parent's."""
    dossiers = list(session.scalars(select(Dossier.id).where(Dossier.customer_id == customer_id)))
    request_ids = list(session.scalars(select(DataRequest.id)
                                       .where(DataRequest.customer_id == customer_id)))
    enrolment_ids = list(session.scalars(select(Enrolment.id)
                                         .where(Enrolment.customer_id == customer_id)))

    def ids(column: InstrumentedAttribute[str], where: ColumnElement[bool]) -> list[str]:
        return list(session.scalars(select(column).where(where)))

    return {
        "dossiers": dossiers,
        "data_requests": request_ids,
        "enrolments": enrolment_ids,
        "payments": ids(Payment.id, Payment.enrolment_id.in_(enrolment_ids)),
        "dossier_documents": ids(DossierDocument.id, DossierDocument.dossier_id.in_(dossiers)),
        "programme_choices": ids(ProgrammeChoice.id, ProgrammeChoice.dossier_id.in_(dossiers)),
        "partner_requests": ids(PartnerRequest.id, PartnerRequest.customer_id == customer_id),
        "data_request_fields": ids(RequestFieldChange.id,
                                   RequestFieldChange.request_id.in_(request_ids)),
        "follow_up_tasks": ids(FollowUpTask.id, FollowUpTask.request_id.in_(request_ids)),
    }


def _erase_history(session: Session, rows: dict[str, list[str]]) -> int:
    """History rows of the person's rows holding a value the erasure blanks: any field of
    a row deleted whole, a blanked column of a row kept in its erased form."""
    gone: list[str] = []
    for table, ids in rows.items():
        if not ids or table in KEPT_TABLES:
            continue
        about = (FieldChange.table_name == table) & FieldChange.row_id.in_(ids)
        blanked = ERASED_FORM.get(table)
        if blanked is not None:
            about &= FieldChange.field.in_(blanked)
        gone += session.scalars(select(FieldChange.id).where(about))
    _outbox(session, FieldChange, gone, "delete")
    session.execute(delete(FieldChange).where(FieldChange.id.in_(gone)))
    return len(gone)


def erase_remaining_rows(session: Session, staff_id: str,
                         customer_id: str) -> list[tuple[str, int]]:
    """(what, count) erased: programme choices and partner requests deleted, follow-up
    notes blanked, history rows holding erased values deleted, the sync's conflicts and
    set-aside rows about the person removed."""
    rows = _person_rows(session, customer_id)
    deleted: dict[str, type[Tracked]] = {"programme_choices": ProgrammeChoice, "partner_requests": PartnerRequest}
    for table, model in deleted.items():
        assert table not in ERASED_VALUES and table not in KEPT_TABLES, table
        _outbox(session, model, rows[table], "delete")
        session.execute(delete(model).where(model.id.in_(rows[table])))
    tasks = rows["follow_up_tasks"]
    session.execute(update(FollowUpTask).where(FollowUpTask.id.in_(tasks)).values(
        **ERASED_VALUES["follow_up_tasks"], revision=FollowUpTask.revision + 1,
        updated_at=utcnow(), changed_by=staff_id))
    _outbox(session, FollowUpTask, tasks, "update")
    history = _erase_history(session, rows)
    # Pending changes keep the values they were based on (merging per field): a note,
    # a file's name and hash... of any of the person's rows may not stay there.
    for table, ids in rows.items():
        session.execute(update(OutboxEntry).where(
            OutboxEntry.table_name == table, OutboxEntry.row_id.in_(ids)).values(base=None))
    leftovers = forget_sync_leftovers(session, customer_id, rows)
    return [("programme_choices", len(rows["programme_choices"])),
            ("partner_requests", len(rows["partner_requests"])),
            ("follow_up_notes", len(tasks)), ("history_of_erased_values", history),
            ("sync_conflicts_and_set_aside_rows", leftovers)]
