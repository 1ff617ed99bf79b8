"""Payment receipt numbers: the series a desk numbers in, and the next number in it.

A number is CENTRE-TAG-SEQUENCE, e.g. "HN1-7F3A2C-000042". The series is a UUID: the
desk's store id at first (the tag is its first six hex digits), a new one whenever this
store may be an older copy of itself, since a copy cannot know the numbers printed after
it was made: a backup put back with `jpf-desk restore` (services/backups.py), or a copy
put back otherwise, found at its first sync (sync/restore.py). A new series starts at 1
under a new tag, so no number printed before it can come again. The payments the copy
holds keep the numbers printed on their receipts.

Within a series the sequence is the next after the highest one of the series held here,
made in the payment's own transaction (a store is written by one process): gapless,
and unique with the series (`uq_payments_receipt`).

This lives in the store layer because both the services (taking a payment, a first
print) and the sync (renumbering a copy's payment, sync/receipt_clash.py) number.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpf_desk.store.base import new_id
from jpf_desk.store.models import Centre, Payment, StoreSetting

SERIES = "receipts.series_id"
STORE_ID = "store_id"  # the desk's own id (services/setup.py)
DESK_TAG_LENGTH = 6
NO_CENTRE_CODE = "JPF"


def desk_tag(series_id: str) -> str:
    return series_id.replace("-", "")[:DESK_TAG_LENGTH].upper()


def format_receipt_number(centre_code: str, series_id: str, sequence: int) -> str:
    return f"{centre_code}-{desk_tag(series_id)}-{sequence:06d}"


def current_series(session: Session) -> str:
    """The series this desk numbers in now (its store id until a restore)."""
    for key in (SERIES, STORE_ID):
        row = session.get(StoreSetting, key)
        if row is not None and row.value:
            return row.value
    raise AssertionError("a set-up store always has its id")


def start_new_series(session: Session) -> str:
    """From now on this desk numbers under a new tag, from 1 (inside the caller's
    transaction)."""
    series = new_id()
    row = session.get(StoreSetting, SERIES)
    if row is None:
        session.add(StoreSetting(key=SERIES, value=series))
    else:
        row.value = series
    session.flush()
    return series


def next_number(session: Session, centre_id: str | None) -> tuple[str, int, str]:
    """(series, sequence, printed number) for the next receipt of this desk."""
    series = current_series(session)
    last = session.scalar(select(func.max(Payment.receipt_seq))
                          .where(Payment.receipt_store_id == series))
    sequence = int(last or 0) + 1
    centre = session.get(Centre, centre_id) if centre_id else None
    return series, sequence, format_receipt_number(centre.code if centre else NO_CENTRE_CODE,
                                                   series, sequence)


def number_payment(session: Session, payment: Payment) -> None:
    """Give `payment` this desk's next receipt number (inside the caller's transaction)."""
    payment.receipt_store_id, payment.receipt_seq, payment.receipt_number = next_number(
        session, payment.centre_id)
