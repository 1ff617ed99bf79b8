"""This desk's identity: the store's own id, its centre, its staff.

A Desk acting as a person comes only from signing in (services/staff/sign_in.py) or
from setting up a new store, whose first manager chooses a password here; the staff
id kept in the settings is only who signed in last (offered first at the next sign-in).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.centres import normalise_centre_code
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.staff import Action, Role
from jpf_desk.domain.text import clean
from jpf_desk.services.desk import Actor, Desk
from jpf_desk.services.staff.credentials import set_credential
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.base import new_id
from jpf_desk.store.engine import Store
from jpf_desk.store.models import Centre, Staff, StoreSetting

STORE_ID = "store_id"
CENTRE_ID = "centre_id"
STAFF_ID = "staff_id"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 5


@dataclass(frozen=True)
class StaffView:
    id: str
    full_name: str
    role: str


@dataclass(frozen=True)
class DeskIdentity:
    store_id: str
    centre_id: str
    centre_name: str
    staff: StaffView


def setting(session: Session, key: str) -> str | None:
    row = session.get(StoreSetting, key)
    return row.value if row else None


def put_setting(session: Session, key: str, value: str) -> None:
    row = session.get(StoreSetting, key)
    if row is None:
        session.add(StoreSetting(key=key, value=value))
    else:
        row.value = value


def identity(store: Store) -> DeskIdentity | None:
    """The desk's identity, or None for a store that was never set up."""
    with store.session(None, None) as s:
        store_id, centre_id, staff_id = (setting(s, k) for k in (STORE_ID, CENTRE_ID, STAFF_ID))
        if not (store_id and centre_id and staff_id):
            return None
        centre = s.get(Centre, centre_id)
        staff = s.get(Staff, staff_id)
        if centre is None or staff is None:
            return None
        return DeskIdentity(
            store_id, centre.id, centre.name, StaffView(staff.id, staff.full_name, staff.role)
        )


def initialise(store: Store, centre_code: str, centre_name: str, staff_name: str, *,
               password: str, repeated: str | None = None) -> Desk:
    """First start of a desk: its centre and its first staff member, a manager who
    chooses a password (ValidationError on the field "password" or "repeat")."""
    code = normalise_centre_code(centre_code)
    centre_id = new_id()
    staff_id = new_id()
    with store.session(centre_id, staff_id) as s:
        s.add(Centre(id=centre_id, code=code, name=clean(centre_name)))
        s.add(Staff(id=staff_id, full_name=clean(staff_name), role=Role.MANAGER.value))
        s.flush()
        set_credential(s, staff_id, password, repeated)
        put_setting(s, STORE_ID, setting(s, STORE_ID) or new_id())
        put_setting(s, CENTRE_ID, centre_id)
        put_setting(s, STAFF_ID, staff_id)
    return Desk(store, Actor(centre_id, staff_id))


def is_set_up(store: Store) -> bool:
    return identity(store) is not None


def add_staff(desk: Desk, full_name: str, role: Role, *, password: str | None = None,
              repeated: str | None = None, must_change: bool = True) -> StaffView:
    """A manager adds a staff member; with a password they can sign in at once (to be
    changed at their first sign-in, unless a demo store says otherwise), without one a
    manager sets it later."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.MANAGE_STAFF)
        staff = Staff(full_name=clean(full_name), role=role.value)
        s.add(staff)
        s.flush()
        if password is not None:
            set_credential(s, staff.id, password, repeated, must_change=must_change)
        return StaffView(staff.id, staff.full_name, staff.role)


def list_staff(desk: Desk) -> list[StaffView]:
    with desk.tx() as s:
        rows = s.scalars(select(Staff).where(Staff.active).order_by(Staff.full_name))
        return [StaffView(r.id, r.full_name, r.role) for r in rows]


def unattended_desk(store: Store) -> Desk | None:
    """The desk with nobody signed in, for work that shows no personal data (sync,
    verifying the hash chains, a blank form); every permission check refuses it.
    None for a store that was never set up."""
    with store.session(None, None) as s:
        centre_id = setting(s, CENTRE_ID)
    return Desk(store, Actor(centre_id, NOBODY)) if centre_id else None


NOBODY = ""  # the staff id of an unattended desk: no staff row has it


def idle_lock_minutes(store: Store) -> int:
    """How long the window waits without input before it locks (a store setting)."""
    with store.session(None, None) as s:
        value = setting(s, IDLE_LOCK_MINUTES)
    try:
        minutes = int(value) if value else DEFAULT_IDLE_LOCK_MINUTES
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    return minutes if 1 <= minutes <= 60 else DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(desk: Desk, minutes: int) -> None:
    """A manager's choice, 1 to 60 minutes."""
    if not 1 <= minutes <= 60:
        raise ValidationError("setup.idle_minutes", field="idle_minutes")
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.MANAGE_STAFF)
        put_setting(s, IDLE_LOCK_MINUTES, str(minutes))


register({
    "setup.idle_minutes": {
        "vi": "Thời gian tự khóa phải từ 1 đến 60 phút.",
        "fr": "Le verrouillage automatique doit être entre 1 et 60 minutes.",
        "en": "The idle lock must be between 1 and 60 minutes.",
    },
})
