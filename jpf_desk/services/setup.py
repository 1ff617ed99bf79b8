"""This desk's identity: the store's own id, its centre and the staff at the desk."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.staff import Role
from jpf_desk.domain.text import clean
from jpf_desk.services.desk import Actor, Desk
from jpf_desk.store.base import new_id
from jpf_desk.store.engine import Store
from jpf_desk.store.models import Centre, Staff, StoreSetting

STORE_ID = "store_id"
CENTRE_ID = "centre_id"
STAFF_ID = "staff_id"


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


def initialise(store: Store, centre_code: str, centre_name: str, staff_name: str) -> Desk:
    """First start of a desk: its centre and its first staff member (a manager)."""
    centre_id = new_id()
    staff_id = new_id()
    with store.session(centre_id, staff_id) as s:
        s.add(Centre(id=centre_id, code=clean(centre_code), name=clean(centre_name)))
        s.add(Staff(id=staff_id, full_name=clean(staff_name), role=Role.MANAGER.value))
        put_setting(s, STORE_ID, setting(s, STORE_ID) or new_id())
        put_setting(s, CENTRE_ID, centre_id)
        put_setting(s, STAFF_ID, staff_id)
    return Desk(store, Actor(centre_id, staff_id))


def open_desk(store: Store) -> Desk | None:
    ident = identity(store)
    if ident is None:
        return None
    return Desk(store, Actor(ident.centre_id, ident.staff.id))


def add_staff(desk: Desk, full_name: str, role: Role) -> StaffView:
    with desk.tx() as s:
        staff = Staff(full_name=clean(full_name), role=role.value)
        s.add(staff)
        s.flush()
        return StaffView(staff.id, staff.full_name, staff.role)


def list_staff(desk: Desk) -> list[StaffView]:
    with desk.tx() as s:
        rows = s.scalars(select(Staff).where(Staff.active).order_by(Staff.full_name))
        return [StaffView(r.id, r.full_name, r.role) for r in rows]


def switch_staff(desk: Desk, staff_id: str) -> Desk:
    """The staff member now at the desk; later changes are recorded under their id."""
    with desk.tx() as s:
        if s.get(Staff, staff_id) is None:
            raise not_found("staff", staff_id)
        put_setting(s, STAFF_ID, staff_id)
    return desk.as_staff(staff_id)
