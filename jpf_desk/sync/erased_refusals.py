"""Rows head office refused because their person is erased: erased here too.

Issue 11, erasure wins. A desk that had not pulled an erasure (a stale copy, or a desk
put back from an older copy of its store) may push a row about the erased person made
meanwhile: a new guardian, a request, a dossier note. Head office refuses it (it tells
which rows, PushResult.erased), and the pull's erasure rules never see it (head office
never had it). Left alone, the person's values would stay in this file. So each such
row is put here in the form the erasure leaves it (sync/erased_rows.ERASED_VALUES) or,
for a table the erasure keeps nothing of (a history row, a partner request), deleted,
with its field history, in the transaction that acknowledges the batch; the sync then
compacts the file, as after an erasure pulled.
"""

from __future__ import annotations

import logging
from collections.abc import Collection

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jpf_desk.store import tracking
from jpf_desk.store.models import FieldChange
from jpf_desk.store.scrub import secure_delete
from jpf_desk.sync import own_seqs
from jpf_desk.sync.erased_rows import ERASED_VALUES
from jpf_desk.sync.outbox import acknowledge
from jpf_desk.sync.protocol import Key, PushResult
from jpf_desk.sync.rows import delete_row, read_rows, synced_tables, upsert_row

log = logging.getLogger(__name__)


def erase_refused(session: Session, keys: Collection[Key]) -> None:
    """Each refused row in its erased form, or gone; its field history gone."""
    tables = synced_tables()
    session.info[tracking.SYNC_APPLY] = True
    secure_delete(session)
    for table_name, row_id in sorted(keys):
        spec = tables.get(table_name)
        if spec is None or table_name == "customers":
            continue  # the person's own record: the erasure itself arrives by the pull
        session.execute(delete(FieldChange).where(FieldChange.table_name == table_name,
                                                  FieldChange.row_id == row_id))
        blank = ERASED_VALUES.get(table_name)
        current = next(iter(read_rows(session, spec.table, [row_id])), None)
        if current is None:
            continue
        try:
            with session.begin_nested():
                if blank is None:
                    delete_row(session, spec.table, row_id)
                else:
                    upsert_row(session, spec.table, {**current, **blank})
        except IntegrityError:  # other rows here still point at it
            log.warning("a row refused as erased could not be removed here: %s %s",
                        table_name, row_id)


def acknowledge_batch(session: Session, batch_id: str, result: PushResult) -> None:
    """Head office answered the batch: its entries go (outbox.acknowledge), and in the
    same transaction the rows refused as erased are erased here, so that no later
    failure of the sync can leave them behind (the caller compacts the file after), and
    the span of sequence numbers its write took is kept for the next pull (own_seqs)."""
    acknowledge(session, batch_id, result.rejected)
    own_seqs.record(session, result.own_seqs)
    if result.erased:
        erase_refused(session, result.erased)
