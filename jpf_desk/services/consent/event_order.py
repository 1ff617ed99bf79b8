"""The order of a customer's consent choices: the order they were made in, on any desk.

Each receipt's events take the customer's next sequence number on the desk that makes
them (records.next_sequence: one above every event of the customer it holds), so a
choice made after pulling another desk's comes after it, whatever either desk's clock
says. Ordered by the desks' clocks instead, a withdrawal made at a desk whose clock was
slow ranked before the consent it withdrew, and processing went on. Choices made on two
desks before either saw the other's share a number: the time, then the id, settle
them, the same way on every desk.
"""

from __future__ import annotations

from jpf_desk.store.models import ConsentEvent

OLDEST_FIRST = (ConsentEvent.sequence, ConsentEvent.occurred_at, ConsentEvent.id)
NEWEST_FIRST = tuple(column.desc() for column in OLDEST_FIRST)
