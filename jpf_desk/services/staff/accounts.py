"""A manager sets up staff and resets passwords; everyone changes their own.

A reset gives a temporary password the manager hands over; the person must choose
their own at the next sign-in (`must_change`), so the manager does not keep knowing it.
"""

from __future__ import annotations

from jpf_desk.domain.errors import NotAllowed
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.passwords import normalise
from jpf_desk.domain.staff import Action
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.credentials import set_credential
from jpf_desk.services.staff.passwords import verify_password
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import Staff, StaffCredential


def reset_password(desk: Desk, staff_id: str, temporary: str, repeated: str | None) -> None:
    """A manager gives `staff_id` a temporary password, to be changed at next sign-in."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.MANAGE_STAFF)
        staff = s.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise not_found("staff", staff_id)
        set_credential(s, staff_id, temporary, repeated,
                       must_change=staff_id != desk.actor.staff_id)


def change_own_password(desk: Desk, current: str, new: str, repeated: str | None) -> None:
    """The person at the desk replaces their password (the current one proves it is them)."""
    with desk.tx() as s:
        cred = s.get(StaffCredential, desk.actor.staff_id)
        if cred is None or not verify_password(cred.password_hash, normalise(current)):
            raise NotAllowed("sign_in.failed", field="current")
        set_credential(s, desk.actor.staff_id, new, repeated)
