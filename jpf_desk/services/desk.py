"""Who is acting on which store: the handle every service receives."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from jpf_desk.store.engine import Store


@dataclass(frozen=True)
class Actor:
    centre_id: str
    staff_id: str


@dataclass
class Desk:
    """A store opened on behalf of one staff member of one centre."""

    store: Store
    actor: Actor

    @contextmanager
    def tx(self, reason: str = "") -> Iterator[Session]:
        """One transaction; `reason` is written beside every field change it makes."""
        with self.store.session(self.actor.centre_id, self.actor.staff_id) as session:
            if reason:
                session.info["change_reason"] = reason
            yield session

    def as_staff(self, staff_id: str) -> Desk:
        """The same store acted on by another staff member (e.g. a second approver)."""
        return Desk(self.store, Actor(self.actor.centre_id, staff_id))
