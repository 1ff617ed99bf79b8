"""Who is acting on which store: the handle every service receives."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from jpf_desk.services.changes import Changes
from jpf_desk.store import tracking
from jpf_desk.store.engine import Store


@dataclass(frozen=True)
class Actor:
    centre_id: str
    staff_id: str


@dataclass
class Desk:
    """A store opened on behalf of one staff member of one centre.

    Made by signing in (services/staff/sign_in.py) or by setting up a new store: there is
    no way to turn a desk into another person's, so a second approver signs in too."""

    store: Store
    actor: Actor

    @contextmanager
    def tx(self, reason: str = "") -> Iterator[Session]:
        """One transaction; `reason` is written beside every field change it makes."""
        with self.store.session(self.actor.centre_id, self.actor.staff_id) as session:
            if reason:
                session.info["change_reason"] = reason
            yield session

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call `listener` after every committed transaction on this store; returns the unsubscribe.

        Any transaction counts, not only this desk's (a sync run writes through the store
        directly); the listener runs on the thread that committed, never after a rollback.
        """

        def deliver(written: tracking.Written, reported: tuple[object, ...]) -> None:
            changes = Changes.from_written(written)
            for extra in reported:
                if isinstance(extra, Changes):
                    changes = changes.union(extra)
            if changes:
                listener(changes)

        return tracking.on_commit(self.store.factory, deliver)

    @staticmethod
    def report(session: Session, changes: Changes) -> None:
        """Add a change that is not a row (rare) to what this transaction says it changed."""
        tracking.report(session, changes)
