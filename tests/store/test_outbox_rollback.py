"""The outbox row and the change it announces commit together or not at all: a
transaction that fails after writing a tracked row leaves no outbox row behind."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from jpf_desk.domain.errors import DomainError
from jpf_desk.store.engine import connect
from jpf_desk.store.models import Course, OutboxEntry


def _outbox_on_disk(desk) -> list[tuple[str, str, str]]:
    """What another connection sees in the file: only what was committed."""
    with connect(desk.store.path, desk.store.key) as conn:
        return conn.execute("SELECT table_name, row_id, op FROM outbox ORDER BY seq").fetchall()


def _outbox_in(session, row_id: str) -> list[tuple[str, str]]:
    return [(e.table_name, e.op) for e in
            session.query(OutboxEntry).filter(OutboxEntry.row_id == row_id)]


def test_a_rule_broken_after_the_flush_leaves_no_outbox_row(desk):
    before = _outbox_on_disk(desk)
    with pytest.raises(DomainError), desk.tx() as s:
        course = Course(code="DELF-B2", name="Luyện thi DELF B2", kind="exam_prep")
        s.add(course)
        s.flush()
        row_id = course.id
        # Written, in this transaction: the test can see it, so its absence below means
        # the rollback took it away (not that it was never written).
        assert _outbox_in(s, row_id) == [("courses", "insert")]
        raise DomainError("test.refused_after_writing")
    assert _outbox_on_disk(desk) == before
    with desk.tx() as s:
        assert s.get(Course, row_id) is None
        assert _outbox_in(s, row_id) == []


def test_a_store_failure_at_the_second_row_takes_the_first_rows_outbox_row_too(desk):
    before = _outbox_on_disk(desk)
    first_id = ""
    with pytest.raises(IntegrityError), desk.tx() as s:
        first = Course(code="TCF-1", name="Luyện thi TCF", kind="exam_prep")
        s.add(first)
        s.flush()
        first_id = first.id
        assert _outbox_in(s, first_id) == [("courses", "insert")]
        s.add(Course(code="TCF-1", name="Trùng mã", kind="exam_prep"))  # unique code
        s.flush()
    assert _outbox_on_disk(desk) == before
    with desk.tx() as s:
        assert s.get(Course, first_id) is None
        assert _outbox_in(s, first_id) == []


def test_a_committed_change_does_leave_its_outbox_row(desk):
    """The counterpart, so the two tests above cannot pass on a store that never writes."""
    with desk.tx() as s:
        course = Course(code="DALF-C1", name="Luyện thi DALF C1", kind="exam_prep")
        s.add(course)
        s.flush()
        row_id = course.id
    assert ("courses", row_id, "insert") in _outbox_on_disk(desk)
