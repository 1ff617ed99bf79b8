"""A pulled row that meets a change made here: erasure wins, else a merge per field.

Each local update keeps, in its outbox entry, the values of the columns it wrote as they
were before (tracking._base). Against head office's version of the row, a column this
desk changed is kept when head office still holds the value it was based on (or already
holds the same new value); every other column takes head office's value. A column both
sides changed to different values is a field conflict: the row keeps this desk's value
for it, held back from pushes, until a person chooses (services/head_office/conflicts).
A column computed from others (a full name, a search key) is never one: it is computed
again from the merged values (sync/derived.py). A column that only grows on every desk
(a receipt's print ids) is never one either: both sides' versions are merged by union
(MERGED_BY_UNION), so that reprints on two desks add up (domain/receipt_prints.py).

An erased person (their customer row arriving with status "deleted") wins over anything
here: this desk's pending changes of the person, their field history, parked rows and
conflicts about them go, securely deleted; a person is told by a conflict that names the
erasure (nothing of the person in it). History rows about an erased person that come
from elsewhere are not kept, nor any row of theirs in another table (a guardian, dossier,
request...) unless kept by law or in its erased form (sync/erased_rows.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import case, delete, event, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from jpf_desk.domain import receipt_prints
from jpf_desk.store.base import new_id
from jpf_desk.store.models import Customer, FieldChange, OutboxEntry, SyncConflict
from jpf_desk.store.tracking import STAMP_COLUMNS
from jpf_desk.sync.derived import computed_columns, recompute
from jpf_desk.sync.erased_rows import ERASED_FORM, ERASED_VALUES, belongs_to, may_stay
from jpf_desk.sync.protocol import PulledRow
from jpf_desk.sync.rows import SyncedTable, read_rows, synced_tables, upsert_row

ERASED = "deleted"  # a customer's status once erased (services/rights/erasure.py)
HISTORY = "field_changes"
DOCUMENTS = "dossier_documents"
# Per table: columns each desk only adds to, and how two versions of one are merged.
MERGED_BY_UNION: dict[str, dict[str, Callable[[Any, Any], Any]]] = {
    "payments": {"receipt_print_ids": receipt_prints.merged},
}


def is_erasure(row: PulledRow) -> bool:
    return (row.table_name == "customers" and not row.deleted
            and row.data.get("status") == ERASED)


def erased_customers(session: Session, rows: Sequence[PulledRow]) -> set[str]:
    """Customers erased in this page or here already (a desk holds few erased people:
    one indexed look-up, so that every row's owner can be checked against it)."""
    erased = {r.row_id for r in rows if is_erasure(r)}
    erased.update(session.scalars(select(Customer.id).where(Customer.status == ERASED)))
    return erased


def owner_of(session: Session, rows: Sequence[PulledRow]) -> Callable[[PulledRow], str | None]:
    """The customer each pulled row belongs to, parents taken from the page, else from
    this desk's store (looked up once each); a tombstone's, from this desk's copy."""
    in_page = {(r.table_name, r.row_id): r.data for r in rows if not r.deleted}
    tables = synced_tables()
    found: dict[tuple[str, str], Mapping[str, Any] | None] = {}

    def parent(table_name: str, row_id: str) -> Mapping[str, Any] | None:
        key = (table_name, row_id)
        if key in in_page:
            return in_page[key]
        if key not in found:
            spec = tables.get(table_name)
            found[key] = None if spec is None else next(
                iter(read_rows(session, spec.table, [row_id])), None)
        return found[key]

    def owner(row: PulledRow) -> str | None:
        # A tombstone holds no data: its owner is that of this desk's copy, if any.
        data = parent(row.table_name, row.row_id) if row.deleted else row.data
        return None if data is None else belongs_to(row.table_name, row.row_id, data, parent)

    return owner


def settle_erasures(session: Session, rows: Sequence[PulledRow]) -> list[PulledRow]:
    """Erasure wins: clears what this desk holds about people erased elsewhere, and
    returns the rows still to apply. A row of an erased person is applied only in the
    form the erasure leaves it or when the law keeps it (sync/erased_rows.py); its
    pending changes here and the conflicts about it go."""
    erased = erased_customers(session, rows)
    if not erased:
        return list(rows)
    owner = owner_of(session, rows)
    kept: list[PulledRow] = []
    for row in rows:
        if owner(row) not in erased:
            kept.append(row)
            continue
        if row.deleted:  # head office made it a tombstone: it wins over a change here
            _erasure_wins(session, row)
            kept.append(row)
            continue
        if _erasure_here_goes_on_top(session, row):
            continue  # this desk's erasure of the row, now on head office's revision
        if not may_stay(row.table_name, row.data):
            continue  # a value of an erased person: never stored here
        if row.table_name in ("customers", "guardians") or _holds_erased_values(session, row):
            _erasure_wins(session, row)
        if row.table_name == DOCUMENTS:
            _forget_document_file(session, row.row_id)
        kept.append(row)
    return kept


def _erasure_here_goes_on_top(session: Session, row: PulledRow) -> bool:
    """Head office's newer version of a row this desk erased and has still to push
    (another desk's edit, not pulled before the erasure): the erasure now stands on that
    revision, in the erased form of head office's version (its other changes, a payment's
    status, are kept). Head office applies a change only on top of the revision it was
    made on; left on the older one, the erasure came back refused at every sync and the
    person's values stayed at head office and on the other desks. False when the row is
    not one this desk erased (nothing pending, or not in its erased form here)."""
    where = (OutboxEntry.table_name == row.table_name, OutboxEntry.row_id == row.row_id)
    spec = synced_tables().get(row.table_name)
    if spec is None or session.scalar(select(OutboxEntry.seq).where(*where).limit(1)) is None:
        return False
    local = next(iter(read_rows(session, spec.table, [row.row_id])), None)
    if local is not None and not may_stay(row.table_name, local):
        return False
    if local is not None:
        erased = local if row.table_name not in ERASED_VALUES else {
            **row.data, **ERASED_VALUES[row.table_name],
            **{name: local.get(name) for name in STAMP_COLUMNS if name in local}}
        upsert_row(session, spec.table, {**erased, "revision": row.revision + 1})
    # The push sends an update on revision - 1 and a deletion on the revision itself.
    session.execute(update(OutboxEntry).where(*where).values(base=None, revision=case(
        (OutboxEntry.op == "delete", row.revision), else_=row.revision + 1)))
    return True


def _forget_document_file(session: Session, row_id: str) -> None:
    """The sealed file of an erased person's document here goes too, once the row in
    its erased form is committed (the erasing desk removed its own copy)."""
    found = session.execute(text("SELECT file_path FROM dossier_documents WHERE id = :i"),
                            {"i": row_id}).scalar()
    if not found:
        return
    folder = Path(str(session.connection().engine.url.database)).parent.resolve()
    path = (folder / str(found)).resolve()
    if not path.is_relative_to(folder):  # a path from elsewhere names no file of ours
        return

    def remove(_session: Session) -> None:
        path.unlink(missing_ok=True)

    event.listen(session, "after_commit", remove, once=True)


def _holds_erased_values(session: Session, row: PulledRow) -> bool:
    """This desk's copy of a row of an erased person holds what the erasure blanks (a
    stale edit): it goes. A change here that holds none (a payment's status) merges."""
    spec = synced_tables().get(row.table_name)
    if spec is None or row.table_name not in ERASED_FORM:
        return False
    local = next(iter(read_rows(session, spec.table, [row.row_id])), None)
    return local is not None and not may_stay(row.table_name, local)


def _erasure_wins(session: Session, row: PulledRow) -> None:
    key = (row.table_name, row.row_id)
    told = session.scalar(select(OutboxEntry.seq).where(
        OutboxEntry.table_name == key[0], OutboxEntry.row_id == key[1]).limit(1)) is not None \
        or session.scalar(select(SyncConflict.id).where(
            SyncConflict.table_name == key[0], SyncConflict.row_id == key[1])) is not None
    history = list(session.scalars(select(FieldChange.id).where(
        FieldChange.table_name == row.table_name, FieldChange.row_id == row.row_id)))
    for start in range(0, len(history), 500):
        chunk = history[start:start + 500]
        session.execute(delete(FieldChange).where(FieldChange.id.in_(chunk)))
        session.execute(delete(OutboxEntry).where(OutboxEntry.table_name == HISTORY,
                                                  OutboxEntry.row_id.in_(chunk)))
    session.execute(delete(OutboxEntry).where(OutboxEntry.table_name == key[0],
                                              OutboxEntry.row_id == key[1]))
    session.execute(text(
        "DELETE FROM sync_inbox WHERE (table_name = :t AND row_id = :r) OR "
        "(table_name = :h AND json_extract(data, '$.table_name') = :t "
        "AND json_extract(data, '$.row_id') = :r)"), {"t": key[0], "r": key[1], "h": HISTORY})
    session.execute(delete(SyncConflict).where(SyncConflict.table_name == key[0],
                                               SyncConflict.row_id == key[1]))
    if told and row.table_name == "customers":
        record_conflict(session, row, row.revision, [])  # a notice: the edit here is gone


def record_conflict(session: Session, row: PulledRow, local_rev: int,
                    fields: Iterable[str] | None) -> None:
    """Head office's version kept beside the live row; `fields` those in conflict (None:
    the whole row; empty: none, a notice)."""
    values = {
        "table_name": row.table_name, "row_id": row.row_id, "local_revision": local_rev,
        "remote_revision": row.revision, "remote_data": json.dumps(row.data, ensure_ascii=False),
        "remote_deleted": row.deleted, "remote_origin": row.origin_store,
        "remote_seq": row.ho_seq,
        "fields": None if fields is None else json.dumps(sorted(fields)),
    }
    stmt = sqlite_insert(SyncConflict).values(id=new_id(), **values)
    session.execute(stmt.on_conflict_do_update(
        index_elements=[SyncConflict.table_name, SyncConflict.row_id],
        set_={k: stmt.excluded[k] for k in values if k not in ("table_name", "row_id")}))


def pending_base(session: Session, table_name: str, row_id: str) -> dict[str, Any] | None:
    """{column: value it was based on} of the row's pending changes (the first change of
    each column counts); None when a change is not an update that kept its base."""
    base: dict[str, Any] = {}
    for op, text_ in session.execute(select(OutboxEntry.op, OutboxEntry.base).where(
            OutboxEntry.table_name == table_name, OutboxEntry.row_id == row_id)
            .order_by(OutboxEntry.seq)):
        if op != "update" or text_ is None:
            return None
        for name, value in json.loads(text_).items():
            base.setdefault(name, value)
    return base


def inserted_on_both(session: Session, row: PulledRow,
                     local: Mapping[str, Any]) -> dict[str, Any] | None:
    """A row made here, not sent yet, that head office already holds under the same id:
    a record with one id per centre (services/consent/controller.contact_id) made on two
    desks before they synced. This desk wrote every column from nothing: its pending
    insert becomes an update based on empty values, so that the merge keeps equal values
    without a conflict and shows a person each column set differently on each side.
    None when the row's pending changes are anything but inserts."""
    ops = set(session.scalars(select(OutboxEntry.op).where(
        OutboxEntry.table_name == row.table_name, OutboxEntry.row_id == row.row_id)))
    if ops != {"insert"}:
        return None
    base = {name: None for name in local if name not in STAMP_COLUMNS}
    session.execute(update(OutboxEntry).where(
        OutboxEntry.table_name == row.table_name, OutboxEntry.row_id == row.row_id).values(
        op="update", base=json.dumps(base)))
    return base


def meet(session: Session, spec: SyncedTable, row: PulledRow, local_rev: int) -> int:
    """Head office's newer version of a row changed here: merged per field, recorded as
    a conflict for what both changed. Returns the conflicts recorded (0 or 1)."""
    local = next(iter(read_rows(session, spec.table, [row.row_id])), None)
    base = pending_base(session, row.table_name, row.row_id)
    if base is None and local is not None and not row.deleted:
        base = inserted_on_both(session, row, local)
    if row.deleted or local is None or base is None:
        record_conflict(session, row, local_rev, None)
        return 1
    merged = dict(row.data)
    in_conflict = []
    # Computed columns (a full name, search keys) are no field of their own: they
    # follow the merged values (sync/derived.py).
    computed = computed_columns(row.table_name, local, row.data)
    unions = MERGED_BY_UNION.get(row.table_name, {})
    for name, before in base.items():
        if name in computed:
            continue
        mine, theirs = local.get(name), row.data.get(name)
        if name in unions:
            merged[name] = unions[name](mine, theirs)
            continue
        if name in row.data and theirs != before and theirs != mine:
            in_conflict.append(name)
        merged[name] = mine
    recompute(row.table_name, merged, computed)
    for name in ("changed_by", "updated_at"):
        merged[name] = local.get(name)
    if in_conflict:
        merged["revision"] = local_rev
        upsert_row(session, spec.table, merged)
        record_conflict(session, row, local_rev, in_conflict)
        return 1
    if all(merged.get(n) == row.data.get(n) for n in base):
        # Head office holds this desk's change already (sent in an earlier batch with
        # the row as it stood): nothing is left to push.
        upsert_row(session, spec.table, row.data)
        session.execute(delete(OutboxEntry).where(OutboxEntry.table_name == row.table_name,
                                                  OutboxEntry.row_id == row.row_id))
        return 0
    merged["revision"] = row.revision + 1
    upsert_row(session, spec.table, merged)
    rebase(session, row.table_name, row.row_id, row.revision,
           {name: row.data.get(name) for name in base})
    return 0


def rebase(session: Session, table_name: str, row_id: str, remote_revision: int,
           base: dict[str, Any]) -> None:
    """The row's pending changes now stand on head office's revision: pushed, they are
    applied on top of it (sync/protocol.py)."""
    session.execute(update(OutboxEntry).where(
        OutboxEntry.table_name == table_name, OutboxEntry.row_id == row_id).values(
        op="update", revision=remote_revision + 1,
        base=json.dumps({k: v for k, v in base.items() if k not in STAMP_COLUMNS},
                        ensure_ascii=False)))
