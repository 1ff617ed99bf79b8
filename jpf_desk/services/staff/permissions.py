"""The permission table (domain/staff.py) applied to the staff member acting on a desk.

The role is read from the store at each check, never taken from the caller: a desk
object names only who signed in, so a role changed or a member deactivated takes effect
at once, and a staff id that is not an active member may do nothing.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from jpf_desk.domain.staff import Action, may, require
from jpf_desk.services.desk import Desk
from jpf_desk.store.models import Staff


def role_of(session: Session, staff_id: str) -> str | None:
    staff = session.get(Staff, staff_id) if staff_id else None
    return staff.role if staff is not None and staff.active else None


def check(session: Session, staff_id: str, action: Action) -> None:
    """Raise NotAllowed (the action's code) unless this staff member may do `action`."""
    require(role_of(session, staff_id), action)


def check_read(session: Session, staff_id: str, action: Action) -> None:
    """check() for a read-only use case run on every keystroke (search): the role is
    read from the store all the same, with one plain statement instead of loading the
    staff member's ORM object (a quarter of a short search's time). It reads what the
    store holds, so it is not for a session that may have changed that staff member."""
    found = session.connection().exec_driver_sql(
        "SELECT role, active FROM staff WHERE id = ?", (staff_id,)).first() if staff_id else None
    require(found[0] if found is not None and found[1] else None, action)


def check_desk(desk: Desk, action: Action) -> None:
    """The same check in a transaction of its own (before work that opens none)."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, action)


def allowed(desk: Desk, action: Action) -> bool:
    """For the window to hide what the person at the desk may not do."""
    with desk.tx() as s:
        return may(role_of(s, desk.actor.staff_id), action)
