"""Signing in at the desk: the only way the program gets a Desk acting as a person.

Every failure reads the same ("name or password wrong"), whether the name, the password
or the account was wrong, so the sign-in box tells a guesser nothing. After
FREE_FAILURES wrong passwords in a row, each further try must wait, doubling from
FIRST_WAIT up to LONGEST_WAIT; the count and the wait are stored with the credential,
so restarting the program does not reset them.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.errors import NotAllowed
from jpf_desk.domain.messages import register
from jpf_desk.domain.passwords import normalise
from jpf_desk.domain.search_key import search_key
from jpf_desk.services import setup
from jpf_desk.services.desk import Actor, Desk
from jpf_desk.services.staff.credentials import (
    DECIDING_ROLES,
    a_manager_can_sign_in,
    set_credential,
)
from jpf_desk.services.staff.passwords import hash_password, needs_rehash, verify_password
from jpf_desk.store.base import utcnow
from jpf_desk.store.engine import Store
from jpf_desk.store.models import Staff, StaffCredential

log = logging.getLogger(__name__)

FREE_FAILURES = 3
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(minutes=15)


def wait_after(failures: int) -> timedelta:
    """How long the next try must wait after `failures` wrong passwords in a row."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    doublings = min(failures - FREE_FAILURES, 16)  # far past the longest wait already
    return min(FIRST_WAIT * (1 << doublings), LONGEST_WAIT)


def _centre(session: Session) -> str:
    centre_id = setup.setting(session, setup.CENTRE_ID)
    if not centre_id:
        raise NotAllowed("sign_in.not_set_up")
    return centre_id


def find_staff(store: Store, name: str) -> str | None:
    """The active staff member of this name (typed with or without accents), or None
    (also when two members share the name: the person must be told apart another way)."""
    key = search_key(name)
    with store.session(None, None) as s:
        found = [m.id for m in s.scalars(select(Staff).where(Staff.active))
                 if search_key(m.full_name) == key]
    return found[0] if len(found) == 1 else None


def sign_in(store: Store, staff_id: str | None, password: str, *,
            now: datetime | None = None) -> Desk:
    """The desk acting as this staff member once their password is right; NotAllowed
    (sign_in.failed, sign_in.wait, sign_in.no_password) otherwise."""
    moment = now or utcnow()
    refusal: NotAllowed | None = None
    with store.session(None, None) as s:
        centre_id = _centre(s)
        staff = s.get(Staff, staff_id) if staff_id else None
        cred = s.get(StaffCredential, staff_id) if staff_id else None
        if staff is None or not staff.active:
            refusal = NotAllowed("sign_in.failed")
        elif cred is None:
            refusal = NotAllowed("sign_in.no_password")
        elif cred.locked_until is not None and moment < cred.locked_until:
            seconds = math.ceil((cred.locked_until - moment).total_seconds())
            refusal = NotAllowed("sign_in.wait", seconds=seconds)
        elif not verify_password(cred.password_hash, normalise(password)):
            cred.failures += 1
            wait = wait_after(cred.failures)
            cred.locked_until = moment + wait if wait else None
            refusal = NotAllowed("sign_in.failed")
        else:
            cred.failures = 0
            cred.locked_until = None
            if needs_rehash(cred.password_hash):
                cred.password_hash = hash_password(normalise(password))
            setup.put_setting(s, setup.STAFF_ID, staff.id)  # offered first next time
    if refusal is not None:
        # Ids and codes only: never the name typed, never the password.
        log.warning("sign-in refused: %s (staff %s)", refusal.code, staff_id or "unknown")
        raise refusal
    log.info("signed in: staff %s", staff_id)
    assert staff_id is not None
    return Desk(store, Actor(centre_id, staff_id))


def must_change_password(desk: Desk) -> bool:
    """After a manager's reset the person chooses their own password before working."""
    with desk.tx() as s:
        cred = s.get(StaffCredential, desk.actor.staff_id)
        return cred is not None and cred.must_change


def managers_without_password(store: Store) -> list[setup.StaffView]:
    """On a store where no manager can sign in (upgraded from before passwords, or a desk
    that joined a centre), the managers who may choose one; empty otherwise."""
    with store.session(None, None) as s:
        if a_manager_can_sign_in(s):
            return []
        rows = s.scalars(select(Staff).where(Staff.active, Staff.role.in_(DECIDING_ROLES))
                         .order_by(Staff.full_name))
        return [setup.StaffView(r.id, r.full_name, r.role) for r in rows]


def choose_first_password(store: Store, staff_id: str, password: str,
                          repeated: str | None) -> Desk:
    """A manager chooses the desk's first manager password and is signed in.

    Refused once any manager can sign in: from then on only a manager resets passwords."""
    with store.session(None, None) as s:
        centre_id = _centre(s)
        staff = s.get(Staff, staff_id)
        if a_manager_can_sign_in(s) or staff is None or not staff.active \
                or staff.role not in DECIDING_ROLES:
            raise NotAllowed("sign_in.first_password_refused")
        set_credential(s, staff_id, password, repeated)
        setup.put_setting(s, setup.STAFF_ID, staff_id)
    return Desk(store, Actor(centre_id, staff_id))


register({
    "sign_in.failed": {
        "vi": "Tên nhân viên hoặc mật khẩu không đúng.",
        "fr": "Nom ou mot de passe incorrect.",
        "en": "Wrong staff name or password.",
    },
    "sign_in.wait": {
        "vi": "Nhập sai nhiều lần. Hãy đợi {seconds} giây rồi thử lại.",
        "fr": "Trop d'essais manqués. Attendez {seconds} secondes puis réessayez.",
        "en": "Too many failed tries. Wait {seconds} seconds, then try again.",
    },
    "sign_in.no_password": {
        "vi": "Nhân viên này chưa có mật khẩu trên máy này. Hãy nhờ quản lý đặt mật khẩu.",
        "fr": "Cet employé n'a pas encore de mot de passe sur ce poste. Demandez à un "
              "responsable d'en définir un.",
        "en": "This staff member has no password on this desk yet. Ask a manager to set one.",
    },
    "sign_in.not_set_up": {
        "vi": "Kho dữ liệu này chưa được thiết lập.",
        "fr": "Ce dépôt n'est pas encore configuré.",
        "en": "This store is not set up yet.",
    },
    "sign_in.first_password_refused": {
        "vi": "Chỉ quản lý được chọn mật khẩu đầu tiên, và chỉ khi chưa quản lý nào có mật khẩu.",
        "fr": "Seul un responsable choisit le premier mot de passe, et seulement si aucun "
              "responsable n'en a encore.",
        "en": "Only a manager chooses the first password, and only while no manager has one.",
    },
})


def staff_of_desk(store: Store) -> list[setup.StaffView]:
    """Who can be picked in the sign-in box (before anyone is signed in)."""
    with store.session(None, None) as s:
        rows = s.scalars(select(Staff).where(Staff.active).order_by(Staff.full_name))
        return [setup.StaffView(r.id, r.full_name, r.role) for r in rows]


def last_signed_in(store: Store) -> str | None:
    with store.session(None, None) as s:
        return setup.setting(s, setup.STAFF_ID)
