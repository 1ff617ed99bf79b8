"""Writing a staff member's credential on this desk (the hash only, never the text)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.passwords import check_new_password
from jpf_desk.domain.staff import Role
from jpf_desk.services.staff.passwords import hash_password
from jpf_desk.store.base import utcnow
from jpf_desk.store.models import Staff, StaffCredential

DECIDING_ROLES = (Role.MANAGER.value, Role.ADMIN.value)


def set_credential(session: Session, staff_id: str, password: str, repeated: str | None, *,
                   must_change: bool = False) -> None:
    """Check the new password (ValidationError naming the field) and store its hash.

    `repeated` None: the caller did not ask twice (a script reading stdin, a test)."""
    checked = check_new_password(password, password if repeated is None else repeated)
    row = session.get(StaffCredential, staff_id)
    if row is None:
        row = StaffCredential(staff_id=staff_id, failures=0)
        session.add(row)
    row.password_hash = hash_password(checked)
    row.must_change = must_change
    row.failures = 0
    row.locked_until = None
    row.set_at = utcnow()


def has_credential(session: Session, staff_id: str) -> bool:
    return session.get(StaffCredential, staff_id) is not None


def a_manager_can_sign_in(session: Session) -> bool:
    """Whether some active manager of this desk has a password (else nobody can set one up)."""
    found = session.scalar(
        select(StaffCredential.staff_id).join(Staff, Staff.id == StaffCredential.staff_id)
        .where(Staff.active, Staff.role.in_(DECIDING_ROLES)).limit(1))
    return found is not None
