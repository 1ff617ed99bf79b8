"""A pulled payment that carries the receipt number of another payment here.

Only this desk numbers in its own series, so two payments with one number mean this
store is an older copy of itself that numbered on past its copy (store/receipt_numbers.py):
a disk image put back and used before its first sync. Head office's payment was synced
first (other desks may hold it): it keeps its number. The payment here that head office
does not hold yet (its insert still waits in the outbox) takes a number of a new series
before the pulled row is written, and goes out with it at the push: both payments are
kept. Its paper receipt still shows the old number: the sync report names both numbers
(and the log, with the payments' ids; no person) so that it can be printed again.

A clash with a payment head office already holds too (a copy not recognised as one,
e.g. older than head office's last pruning of batch records) cannot be settled here:
the pulled row breaks the key and is set aside, as before (sync/parking.py).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from jpf_desk.store.models import OutboxEntry, Payment
from jpf_desk.store.receipt_numbers import current_series, next_number, start_new_series
from jpf_desk.sync.protocol import PulledRow

log = logging.getLogger(__name__)

PAYMENTS = "payments"


def renumber_clashing(session: Session, rows: Sequence[PulledRow]) -> list[tuple[str, str]]:
    """Move this desk's unsent payments out of the way of pulled payments holding the
    same (series, sequence); returns (old number, new number) of each one moved."""
    moved: list[tuple[str, str]] = []
    for here, pulled_id, series in _clashes(session, rows):
        if not _unsent(session, here):
            continue
        if current_series(session) == series:  # proof enough that this is an old copy
            start_new_series(session)
        centre_id, old_number = session.execute(select(
            Payment.centre_id, Payment.receipt_number).where(Payment.id == here)).one()
        new_series, new_sequence, number = next_number(session, centre_id)
        session.execute(update(Payment).where(Payment.id == here).values(
            receipt_store_id=new_series, receipt_seq=new_sequence, receipt_number=number))
        log.warning("receipt number %s of payment %s was head office's already (payment "
                    "%s): renumbered %s", old_number, here, pulled_id, number)
        moved.append((str(old_number), number))
    return moved


def _clashes(session: Session, rows: Sequence[PulledRow]) -> list[tuple[str, str, str]]:
    """(payment here, pulled payment, series) for each pulled payment whose number a
    payment here holds: one indexed look-up for the whole page."""
    pulled = {(str(r.data["receipt_store_id"]), int(r.data["receipt_seq"])): r.row_id
              for r in rows if r.table_name == PAYMENTS and not r.deleted
              and r.data.get("receipt_store_id") is not None
              and r.data.get("receipt_seq") is not None}
    if not pulled:
        return []
    found = session.connection().exec_driver_sql(
        "SELECT p.id, p.receipt_store_id, p.receipt_seq FROM json_each(?) j "
        "JOIN payments p ON p.receipt_store_id = json_extract(j.value, '$[0]') "
        "AND p.receipt_seq = json_extract(j.value, '$[1]')",
        (json.dumps([list(key) for key in pulled]),))
    return [(str(here), pulled[(str(series), int(seq))], str(series))
            for here, series, seq in found if pulled[(str(series), int(seq))] != here]


def _unsent(session: Session, payment_id: str) -> bool:
    return session.scalar(select(OutboxEntry.seq).where(
        OutboxEntry.table_name == PAYMENTS, OutboxEntry.row_id == payment_id,
        OutboxEntry.op == "insert").limit(1)) is not None
