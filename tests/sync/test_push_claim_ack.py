"""The local steps of every pushed batch, written as plain driver statements
(sync/outbox.py, sync/restore.py): a batch not yet answered is claimed again unless it
is one being sent, an acknowledged batch's entries go and the count of acknowledged
batches (restore.py) goes up by one, also when this session changed it before."""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select

from jpf_desk.services.desk import Desk
from jpf_desk.store.models import OutboxEntry, StoreSetting
from jpf_desk.sync import outbox, restore


def _entries(desk: Desk, rows: list[tuple[str, str | None]]) -> None:
    """Outbox entries of customers that are gone (each goes as a tombstone)."""
    with desk.tx() as s:
        s.execute(delete(OutboxEntry))
        s.execute(insert(OutboxEntry), [
            {"table_name": "customers", "row_id": row_id, "op": "delete", "revision": 2,
             "batch_id": batch_id} for row_id, batch_id in rows])


def test_an_unanswered_batch_is_claimed_again_unless_being_sent(desk: Desk) -> None:
    _entries(desk, [("r1", "b-1"), ("r2", "b-2"), ("r3", None)])
    with desk.tx() as s:
        first = outbox.claim_batch(s, 10, (), busy=["b-1"])
        second = outbox.claim_batch(s, 10, (), busy=["b-1", "b-2"])
        third = outbox.claim_batch(s, 10, (), busy=["b-1", "b-2", second.batch_id
                                                    if second else ""])
    assert first is not None and first.batch_id == "b-2"
    assert first.payload.startswith(b"customers\tr2\t")
    assert second is not None and second.batch_id not in ("b-1", "b-2")
    assert second.payload.startswith(b"customers\tr3\t")
    assert third is None  # every entry is in a batch being sent


def test_acknowledging_deletes_the_batch_and_counts_it(desk: Desk) -> None:
    _entries(desk, [("r1", "b-1"), ("r2", "b-1"), ("r3", "b-2")])
    with desk.tx() as s:
        restore._put(s, restore.ACKED, "41")
    with desk.tx() as s:
        outbox.acknowledge(s, "b-1", ())
        restore.note_acknowledged(s)
    with desk.tx() as s:
        left = s.scalars(select(OutboxEntry.row_id)).all()
        count = s.get(StoreSetting, restore.ACKED)
        assert count is not None and count.value == "42"
    assert left == ["r3"]


def test_the_count_changed_in_the_same_session_is_not_lost(desk: Desk) -> None:
    with desk.tx() as s:
        restore._put(s, restore.ACKED, "5")
    with desk.tx() as s:
        restore._put(s, restore.ACKED, "7")  # in this session, not yet written
        held = s.get(StoreSetting, restore.ACKED)  # and held here as it was read
        restore.note_acknowledged(s)
        assert held is not None and held.value == "8"
    with desk.tx() as s:
        count = s.get(StoreSetting, restore.ACKED)
        assert count is not None and count.value == "8"


def test_a_store_that_never_counted_stays_so(desk: Desk) -> None:
    with desk.tx() as s:
        s.execute(delete(StoreSetting).where(StoreSetting.key == restore.ACKED))
    with desk.tx() as s:
        restore.note_acknowledged(s)
    with desk.tx() as s:
        found = s.scalar(select(func.count()).select_from(StoreSetting)
                         .where(StoreSetting.key == restore.ACKED))
    assert found == 0
