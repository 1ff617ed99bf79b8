"""Which pulled rows apply now and which wait (sync.inbox.plan), on a real store.

The plan looks up only the parents a page does not write itself; a parent the page
writes but that cannot apply (its own parent is missing) still lets its children apply
when this desk holds it already. Known answers written out below.
"""

from __future__ import annotations

from typing import Any

from jpf_desk.services.desk import Desk
from jpf_desk.sync.inbox import plan
from jpf_desk.sync.protocol import PulledRow
from jpf_desk.sync.rows import synced_tables
from tests.money.builders import enrolled

MISSING_COURSE = "c0000000-0000-0000-0000-00000000dead"
NEW_CLASS = "c1a55000-0000-0000-0000-000000000002"
NEW_ENROLMENT = "e0000000-0000-0000-0000-000000000002"
PAYMENT_HERE = "9a000000-0000-0000-0000-000000000001"
PAYMENT_NEW = "9a000000-0000-0000-0000-000000000002"


def pulled(table: str, row_id: str, seq: int, **parents: Any) -> PulledRow:
    return PulledRow(table, row_id, "centre", 2, {"id": row_id, **parents}, False,
                     "desk-2", seq, 100)


def test_a_blocked_parent_held_here_lets_its_children_apply(desk: Desk) -> None:
    here = enrolled(desk)  # a class, a customer and an enrolment this desk holds
    rows = [
        # This desk's class, in a version whose course never came: it waits...
        pulled("classes", here.class_id, 1, course_id=MISSING_COURSE),
        # ...but the class is here already, so its enrolment and payment apply.
        pulled("payments", PAYMENT_HERE, 2, enrolment_id=here.enrolment_id),
        pulled("enrolments", here.enrolment_id, 3, class_id=here.class_id,
               customer_id=here.customer_id),
        # A class new to this desk, waiting for the same course: its chain waits too.
        pulled("classes", NEW_CLASS, 4, course_id=MISSING_COURSE),
        pulled("enrolments", NEW_ENROLMENT, 5, class_id=NEW_CLASS,
               customer_id=here.customer_id),
        pulled("payments", PAYMENT_NEW, 6, enrolment_id=NEW_ENROLMENT),
    ]
    with desk.tx() as s:
        ready, waiting = plan(s, synced_tables(), rows, set())
    assert [(r.table_name, r.row_id) for r in ready] == [
        ("enrolments", here.enrolment_id), ("payments", PAYMENT_HERE)]
    assert {(r.table_name, r.row_id): parent for r, parent in waiting} == {
        ("classes", here.class_id): ("courses", MISSING_COURSE),
        ("classes", NEW_CLASS): ("courses", MISSING_COURSE),
        ("enrolments", NEW_ENROLMENT): ("classes", NEW_CLASS),
        ("payments", PAYMENT_NEW): ("enrolments", NEW_ENROLMENT),
    }
